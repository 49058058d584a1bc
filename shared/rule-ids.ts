/** Built-in rule ids. They are part of the public API (README.md#the-checklist); keep them stable. */
export const RULE_IDS = [
  'consent.present',
  'consent.valid',
  'consent.scope',
  'phi.scan',
  'claims.prohibited',
  'claims.evidence',
  'disclosure.material-connection',
  'disclosure.typical-results',
  'marketing.tone',
  'review.approval',
] as const;

export type BuiltInRuleId = (typeof RULE_IDS)[number];

/**
 * Core protections: PUT /settings cannot set them below blocker; only the plugin config file (code
 * review) can, and boot then logs a warning.
 */
export const CORE_RULE_IDS = ['consent.present', 'consent.valid', 'phi.scan', 'review.approval'] as const satisfies readonly BuiltInRuleId[];

/**
 * Rules whose findings quote the entry's text, so a reviewer may waive a false positive. Consent
 * rules are never waivable: consent scope decides (README, "Waivers").
 */
export const WAIVABLE_RULE_IDS = [
  'phi.scan',
  'claims.prohibited',
  'claims.evidence',
  'disclosure.typical-results',
  'marketing.tone',
] as const satisfies readonly BuiltInRuleId[];
export type WaivableRuleId = (typeof WAIVABLE_RULE_IDS)[number];
export const isWaivableRule = (rule: string): rule is WaivableRuleId => (WAIVABLE_RULE_IDS as readonly string[]).includes(rule);

export const PROFILES = ['testimonial', 'endorsement', 'health-content'] as const;
export type Profile = (typeof PROFILES)[number];

export const SEVERITIES = ['blocker', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity set in config or at runtime: `off` drops the rule. */
export const SEVERITY_OVERRIDES = [...SEVERITIES, 'off'] as const;
export type SeverityOverride = (typeof SEVERITY_OVERRIDES)[number];
