import { isCoreRule, weakenedCoreRules, weakensCoreRule, withoutCoreWeakenings } from '../../../server/src/domain/core-protections';
import { CORE_RULE_IDS, RULE_IDS } from '../../../shared/rule-ids';

describe('core protections', () => {
  it('are consent.present, consent.valid, phi.scan and review.approval, all built-in rules', () => {
    expect([...CORE_RULE_IDS]).toEqual(['consent.present', 'consent.valid', 'phi.scan', 'review.approval']);
    for (const id of CORE_RULE_IDS) expect(RULE_IDS).toContain(id);
    expect(isCoreRule('marketing.tone')).toBe(false);
  });

  it.each([
    ['phi.scan', 'warning', true],
    ['phi.scan', 'off', true],
    ['phi.scan', 'blocker', false],
    ['marketing.tone', 'off', false],
    ['claims.prohibited', 'warning', false],
  ] as const)('%s at %s weakens a core protection: %s', (rule, severity, expected) => {
    expect(weakensCoreRule(rule, severity)).toBe(expected);
  });

  it('lists the weakened ones in rule order', () => {
    expect(weakenedCoreRules({ 'review.approval': 'off', 'marketing.tone': 'off', 'phi.scan': 'warning', 'consent.valid': 'blocker' })).toEqual([
      { rule: 'phi.scan', severity: 'warning' },
      { rule: 'review.approval', severity: 'off' },
    ]);
  });

  it('drops stored weakenings and keeps everything else', () => {
    expect(
      withoutCoreWeakenings({
        'api::a.a': { 'phi.scan': 'off', 'marketing.tone': 'off', 'consent.present': 'blocker' },
        'api::b.b': { 'review.approval': 'warning' },
      })
    ).toEqual({ 'api::a.a': { 'marketing.tone': 'off', 'consent.present': 'blocker' }, 'api::b.b': {} });
  });
});
