import type { Check, CheckFinding } from '../../../shared/contracts/checks';
import { applyWaivers, type WaiverRecord } from '../../../server/src/domain/waivers';

const HASH = 'a'.repeat(64);
const OLD = 'b'.repeat(64);
const finding = (match: string, path = ['quote']): CheckFinding => ({ path, match, kind: 'phone', message: `Phone number "${match}"`, offset: 0 });
const check = (findings: CheckFinding[], rule = 'phi.scan'): Check => ({ rule, title: 'No patient identifiers', severity: 'blocker', status: 'fail', message: 'identifiers found', findings });
const waiver = (match: string, overrides: Partial<WaiverRecord> = {}): WaiverRecord => ({
  rule: 'phi.scan',
  path: ['quote'],
  match,
  contentHash: HASH,
  reason: 'The clinic’s second line',
  by: { id: '7', name: 'Maya Medic' },
  at: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

describe('applyWaivers', () => {
  it('passes a rule whose findings are all waived on the current hash, and says how many', () => {
    const result = applyWaivers(check([finding('555-201-3344'), finding('555-201-4455')]), [waiver('555-201-3344'), waiver('555-201-4455')], HASH);
    expect(result.status).toBe('pass');
    expect(result.message).toBe('2 findings waived by a reviewer');
    expect(result.findings.map((item) => item.waived?.by.name)).toEqual(['Maya Medic', 'Maya Medic']);
  });

  it('keeps failing while one finding is not waived, and counts the waived ones', () => {
    const result = applyWaivers(check([finding('555-201-3344'), finding('555-201-4455')]), [waiver('555-201-3344')], HASH);
    expect(result.status).toBe('fail');
    expect(result.message).toBe('identifiers found (1 of 2 findings waived)');
    expect(result.findings[1].waived).toBeUndefined();
  });

  it('ignores a waiver signed on another content hash, and shows it as stale', () => {
    const result = applyWaivers(check([finding('555-201-3344')]), [waiver('555-201-3344', { contentHash: OLD })], HASH);
    expect(result.status).toBe('fail');
    expect(result.findings[0].waived).toBeUndefined();
    expect(result.findings[0].staleWaiver).toMatchObject({ reason: 'The clinic’s second line' });
  });

  it('needs the same rule, field path and matched text', () => {
    for (const other of [waiver('555-201-3344', { rule: 'claims.prohibited' }), waiver('555-201-3344', { path: ['title'] }), waiver('555-201-3345'), waiver('555-201-3344', { path: ['quote', 'x'] })]) {
      expect(applyWaivers(check([finding('555-201-3344')]), [other], HASH).status).toBe('fail');
    }
  });

  it('never touches a rule whose findings cannot be waived', () => {
    const scope = check([finding('photo', [])], 'consent.scope');
    expect(applyWaivers(scope, [waiver('photo', { rule: 'consent.scope', path: [] })], HASH)).toBe(scope);
  });
});
