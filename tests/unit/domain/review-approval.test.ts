import { approvalState, latestDecisionPerRole, otherRoleApprovedBy, type ReviewDecision } from '../../../server/src/domain/review-approval';

const HASH = 'hash-now';
const decision = (overrides: Partial<ReviewDecision>): ReviewDecision => ({
  role: 'medical',
  decision: 'approved',
  contentHash: HASH,
  createdAt: '2026-05-30T10:00:00.000Z',
  reviewer: { id: 7, name: 'Dr. Mora' },
  ...overrides,
});
const MEDICAL = decision({});
const PRIVACY = decision({ role: 'privacy', reviewer: { id: 8, email: 'privacy@clinic.example' } });

describe('latestDecisionPerRole', () => {
  it('keeps the newest decision per role on the given hash, whatever the input order', () => {
    const older = decision({ decision: 'changes-requested', createdAt: '2026-05-29T10:00:00.000Z' });
    const otherVersion = decision({ contentHash: 'hash-before', createdAt: '2026-06-02T10:00:00.000Z' });
    const latest = latestDecisionPerRole([older, otherVersion, MEDICAL], HASH);
    expect([...latest.entries()]).toEqual([['medical', MEDICAL]]);
  });
});

describe('approvalState', () => {
  it('counts an approval per required role and names the approvers', () => {
    expect(approvalState([PRIVACY, MEDICAL], HASH, ['privacy', 'medical'])).toEqual({
      missingRoles: [],
      approvedBy: { privacy: 'privacy@clinic.example', medical: 'Dr. Mora' },
      sameSigner: false,
      stale: false,
    });
  });

  it('lists a role whose newest decision asks for changes', () => {
    const requested = decision({ decision: 'changes-requested', createdAt: '2026-05-31T10:00:00.000Z' });
    expect(approvalState([MEDICAL, requested], HASH, ['medical']).missingRoles).toEqual(['medical']);
  });

  it('ignores approvals of another version and says they exist', () => {
    const state = approvalState([{ ...MEDICAL, contentHash: 'hash-before' }], HASH, ['medical']);
    expect(state).toMatchObject({ missingRoles: ['medical'], stale: true });
  });

  it('counts one person for the first of two required roles only', () => {
    const state = approvalState([MEDICAL, { ...PRIVACY, reviewer: MEDICAL.reviewer }], HASH, ['privacy', 'medical']);
    expect(state).toMatchObject({ missingRoles: ['medical'], sameSigner: true, approvedBy: { privacy: 'Dr. Mora' } });
  });
});

describe('otherRoleApprovedBy', () => {
  it('names the other role the user approved on this hash', () => {
    expect(otherRoleApprovedBy([MEDICAL, PRIVACY], HASH, 'privacy', '7')).toBe('medical');
  });

  it('is undefined for the same role, another person, another version, or an approval later withdrawn', () => {
    expect(otherRoleApprovedBy([MEDICAL], HASH, 'medical', 7)).toBeUndefined();
    expect(otherRoleApprovedBy([MEDICAL], HASH, 'privacy', 9)).toBeUndefined();
    expect(otherRoleApprovedBy([MEDICAL], 'hash-after', 'privacy', 7)).toBeUndefined();
    const withdrawn = decision({ decision: 'changes-requested', createdAt: '2026-05-31T10:00:00.000Z' });
    expect(otherRoleApprovedBy([MEDICAL, withdrawn], HASH, 'privacy', 7)).toBeUndefined();
  });
});
