import { withoutMatches } from '../../../server/src/domain/redact-findings';
import type { Check } from '../../../shared/contracts/checks';

const check: Check = {
  rule: 'phi.scan',
  title: 'No patient identifiers in the text',
  severity: 'blocker',
  status: 'fail',
  message: '2 identifiers found: "555-201-3344", "dana@mail.example". Remove them',
  findings: [
    { path: ['quote'], match: '555-201-3344', kind: 'phone', message: 'Phone number "555-201-3344" is a HIPAA identifier', offset: 12 },
    { path: ['body'], match: 'dana@mail.example', kind: 'email', message: 'Email address "dana@mail.example" is a HIPAA identifier', offset: 3 },
    { path: ['channel'], match: '', kind: 'channel', message: 'Choose the channel', offset: 0 },
  ],
};

describe('findings without their matches', () => {
  it('hides every matched text in matches and messages, keeping where and what kind', () => {
    const [hidden] = withoutMatches([check]);
    expect(JSON.stringify(hidden)).not.toMatch(/555-201-3344|dana@mail\.example/);
    expect(hidden.message).toBe('2 identifiers found: "[hidden]", "[hidden]". Remove them');
    expect(hidden.findings.map(({ path, kind, offset, match }) => ({ path, kind, offset, match }))).toEqual([
      { path: ['quote'], kind: 'phone', offset: 12, match: '[hidden]' },
      { path: ['body'], kind: 'email', offset: 3, match: '[hidden]' },
      { path: ['channel'], kind: 'channel', offset: 0, match: '' },
    ]);
    expect(hidden.findings[0].message).toBe('Phone number "[hidden]" is a HIPAA identifier');
  });

  it('hides a longer match whole when a shorter one is inside it', () => {
    const nested: Check = { ...check, message: 'Dana Whitfield and Dana', findings: [
      { path: ['quote'], match: 'Dana', kind: 'name', message: 'Dana', offset: 0 },
      { path: ['quote'], match: 'Dana Whitfield', kind: 'name', message: 'Dana Whitfield', offset: 0 },
    ] };
    expect(withoutMatches([nested])[0].message).toBe('[hidden] and [hidden]');
  });

  it('hides the reason of a waiver, which may quote the match', () => {
    const by = { id: 7, name: 'Maya Medic' };
    const waived: Check = { ...check, findings: [
      { ...check.findings[0], waived: { by, reason: 'Our office line 555-201-3344', at: '2026-03-01T10:00:00.000Z' } },
      { ...check.findings[1], staleWaiver: { by, reason: 'dana@mail.example is the clinic’s', at: '2026-03-01T10:00:00.000Z' } },
    ] };
    const [hidden] = withoutMatches([waived]);
    expect(JSON.stringify(hidden)).not.toMatch(/555-201-3344|dana@mail\.example/);
    expect(hidden.findings[0].waived).toEqual({ by, reason: '[hidden]', at: '2026-03-01T10:00:00.000Z' });
    expect(hidden.findings[1].staleWaiver?.reason).toBe('[hidden]');
  });

  it('leaves the original checks untouched', () => {
    withoutMatches([check]);
    expect(check.findings[0].match).toBe('555-201-3344');
  });
});
