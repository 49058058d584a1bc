import type { ContentTypeSettings, UpdateSettings } from '../../../shared/contracts/checks';
import { CORE_RULE_IDS, SEVERITY_OVERRIDES, type SeverityOverride } from '../../../shared/rule-ids';

/** The severities a rule can be set to, in the order the select offers them (shared/rule-ids.ts). */
export const SEVERITY_OPTIONS = SEVERITY_OVERRIDES;

/** Edited severities: uid → rule id → severity. */
export type SeverityDraft = Record<string, Record<string, SeverityOverride>>;

export const severitiesOf = (contentTypes: readonly ContentTypeSettings[]): SeverityDraft =>
  Object.fromEntries(contentTypes.map((type) => [type.uid, Object.fromEntries(type.rules.map((rule) => [rule.id, rule.severity]))]));

/**
 * The PUT /settings body: only the rules whose severity changed. The server merges overrides,
 * so unchanged rules keep following the config (and the audit event shows just the change).
 */
export const buildSettingsUpdate = (original: SeverityDraft, edited: SeverityDraft): UpdateSettings.Request => {
  const contentTypes: UpdateSettings.Request['contentTypes'] = {};
  for (const [uid, rules] of Object.entries(edited)) {
    const changed = Object.entries(rules).filter(([id, severity]) => original[uid]?.[id] !== severity);
    if (changed.length) contentTypes[uid] = { rules: Object.fromEntries(changed) };
  }
  return { contentTypes };
};

export const hasChanges = (update: UpdateSettings.Request) => Object.keys(update.contentTypes).length > 0;

const CORE: ReadonlySet<string> = new Set(CORE_RULE_IDS);

export const isCoreProtection = (ruleId: string) => CORE.has(ruleId);

/** The server refuses to set a core protection below blocker at runtime, so the page does not offer it. */
export const canChooseSeverity = (ruleId: string, severity: SeverityOverride) => !isCoreProtection(ruleId) || severity === 'blocker';
