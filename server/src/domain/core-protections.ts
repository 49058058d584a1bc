import { CORE_RULE_IDS, type SeverityOverride } from '../../../shared/rule-ids';

const CORE: ReadonlySet<string> = new Set(CORE_RULE_IDS);

export const isCoreRule = (ruleId: string) => CORE.has(ruleId);

/** A severity below blocker for a core protection. */
export const weakensCoreRule = (ruleId: string, severity: SeverityOverride) => isCoreRule(ruleId) && severity !== 'blocker';

/** The core protections a set of overrides would weaken, in rule order. */
export const weakenedCoreRules = (rules: Record<string, SeverityOverride>): Array<{ rule: string; severity: SeverityOverride }> =>
  CORE_RULE_IDS.filter((rule) => rules[rule] !== undefined && weakensCoreRule(rule, rules[rule])).map((rule) => ({ rule, severity: rules[rule] }));

/** Runtime overrides without any that would weaken a core protection (a value stored before they were refused). */
export const withoutCoreWeakenings = (overrides: Record<string, Record<string, SeverityOverride>>): Record<string, Record<string, SeverityOverride>> =>
  Object.fromEntries(
    Object.entries(overrides).map(([uid, rules]) => [uid, Object.fromEntries(Object.entries(rules).filter(([rule, severity]) => !weakensCoreRule(rule, severity)))])
  );
