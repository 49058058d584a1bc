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

  it('leaves the original checks untouched', () => {
    withoutMatches([check]);
    expect(check.findings[0].match).toBe('555-201-3344');
  });
});
