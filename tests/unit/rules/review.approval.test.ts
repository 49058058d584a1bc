import { reviewApproval } from '../../../server/src/rules/review-approval';
import { context, evaluate, markedType, review } from './fixtures';

const MEDICAL = review({ role: 'medical', reviewer: { id: 7, name: 'Dr. Mora' } });
const PRIVACY = review({ role: 'privacy', reviewer: { id: 8, email: 'privacy@clinic.example' } });

describe('review.approval', () => {
  it('passes a type that requires no review', async () => {
    const result = await evaluate(reviewApproval, {}, context({ contentType: markedType({ reviewRoles: [] }) }));
    expect(result).toMatchObject({ status: 'pass', details: { requiredRoles: [], missingRoles: [] } });
  });

  it('passes with an approval per required role on the current content hash, naming the signers', async () => {
    const result = await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL, PRIVACY] }));
    expect(result).toMatchObject({
      status: 'pass',
      details: { missingRoles: [], approvedBy: { medical: 'Dr. Mora', privacy: 'privacy@clinic.example' } },
    });
  });

  it('fails and lists the roles still missing', async () => {
    const result = await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL] }));
    expect(result).toMatchObject({ status: 'fail', details: { requiredRoles: ['privacy', 'medical'], missingRoles: ['privacy'] } });
  });

  it('does not count approvals of another version, and says they are stale', async () => {
    const result = await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL, { ...PRIVACY, contentHash: 'hash-before-the-edit' }] }));
    expect(result).toMatchObject({ status: 'fail', details: { missingRoles: ['privacy'] } });
    expect(result.message).toMatch(/previous version/);
  });

  it('takes the newest decision per role: changes requested after an approval undoes it, and the reverse', async () => {
    const requested = { ...PRIVACY, decision: 'changes-requested' as const, createdAt: '2026-05-31T10:00:00.000Z' };
    expect((await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL, PRIVACY, requested] }))).details).toMatchObject({ missingRoles: ['privacy'] });
    const approvedAgain = { ...PRIVACY, createdAt: '2026-06-01T09:00:00.000Z' };
    expect((await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL, requested, approvedAgain] }))).status).toBe('pass');
  });

  it('counts one person for one role only', async () => {
    const sameSigner = { ...PRIVACY, reviewer: MEDICAL.reviewer };
    const result = await evaluate(reviewApproval, {}, context({ reviews: [MEDICAL, sameSigner] }));
    expect(result.status).toBe('fail');
    expect(result.details?.missingRoles).toHaveLength(1);
    expect(result.message).toMatch(/different reviewer/);
  });

  it('reads the required roles from the content type', async () => {
    const contentType = markedType({ profile: 'endorsement', reviewRoles: ['legal'] });
    expect(await evaluate(reviewApproval, {}, context({ contentType, reviews: [MEDICAL] }))).toMatchObject({ status: 'fail', details: { missingRoles: ['legal'] } });
    expect((await evaluate(reviewApproval, {}, context({ contentType, reviews: [review({ role: 'legal' })] }))).status).toBe('pass');
  });
});
