import { listKey, listKeyPattern, localeOfStored, statusFields, storedLocale } from '../../../server/src/domain/entry-status';
import type { Check } from '../../../shared/contracts/checks';

const check = (rule: string, severity: 'blocker' | 'warning', status: 'pass' | 'fail', details?: Record<string, unknown>): Check => ({
  rule,
  title: rule,
  severity,
  status,
  message: `${rule} ${status}`,
  findings: [],
  ...(details ? { details } : {}),
});

describe('statusFields', () => {
  it('keeps failing blockers, failing warnings, missing roles and the failing messages', () => {
    const fields = statusFields({
      passed: false,
      contentHash: 'h',
      checks: [
        check('phi.scan', 'blocker', 'fail'),
        check('marketing.tone', 'warning', 'fail'),
        check('consent.present', 'blocker', 'pass'),
        check('review.approval', 'blocker', 'fail', { missingRoles: ['medical', 7, 'privacy'] }),
      ],
    });
    expect(fields).toEqual({
      contentHash: 'h',
      passed: false,
      failing: ['phi.scan', 'review.approval'],
      warnings: ['marketing.tone'],
      missingRoles: ['medical', 'privacy'],
      messages: { 'phi.scan': { message: 'phi.scan fail' }, 'marketing.tone': { message: 'marketing.tone fail' }, 'review.approval': { message: 'review.approval fail' } },
    });
  });

  it('keeps the translation id and values of a failing message', () => {
    const translated: Check = { ...check('phi.scan', 'blocker', 'fail'), messageId: 'compliance.rule.phi.scan.fail', values: { count: 1 } };
    expect(statusFields({ passed: false, contentHash: 'h', checks: [translated] }).messages).toEqual({
      'phi.scan': { message: 'phi.scan fail', messageId: 'compliance.rule.phi.scan.fail', values: { count: 1 } },
    });
  });

  it('has no missing roles without a review check', () => {
    expect(statusFields({ passed: true, contentHash: 'h', checks: [] }).missingRoles).toEqual([]);
  });
});

describe('list keys', () => {
  it('wraps items in commas so one item matches only itself', () => {
    expect(listKey([])).toBe('');
    expect(listKey(['a', 'b.c'])).toBe(',a,b.c,');
    expect(listKeyPattern('b.c')).toBe('%,b.c,%');
  });

  it('escapes LIKE wildcards in an item', () => {
    expect(listKeyPattern('50%_off')).toBe('%,50\\%\\_off,%');
  });

  it('stores no locale as the empty one, so the unique key holds', () => {
    expect(storedLocale(null)).toBe('');
    expect(storedLocale(undefined)).toBe('');
    expect(storedLocale('fr')).toBe('fr');
    expect(localeOfStored('')).toBeNull();
    expect(localeOfStored('fr')).toBe('fr');
  });
});
