import { englishMessage, prefixed, ruleTitleKey, type MessageValues, type RuleMessageKey } from '../../../shared/messages';
import type { CheckFinding } from '../../../shared/contracts/checks';
import type { Rule, RuleContext, RuleResult } from './types';

/** A translatable message: its id, values and English text (README "Checklist languages"). */
export interface Said {
  messageId: string;
  values: MessageValues;
  message: string;
}

/** A rule result's message from the shared catalog: the id and values travel, the English is rendered. */
export const say = (key: RuleMessageKey, values: MessageValues = {}): Said => ({
  messageId: prefixed(key),
  values,
  message: englishMessage(key, values) as string,
});

/** `"a", "b", "c", …`: the first three matches, as the rule messages quote them. */
export const quotedMatches = (findings: Array<{ match: string }>) =>
  `${findings
    .slice(0, 3)
    .map((finding) => `"${finding.match}"`)
    .join(', ')}${findings.length > 3 ? ', …' : ''}`;

const foundValues = (findings: CheckFinding[]): MessageValues => ({ count: findings.length, matches: quotedMatches(findings) });

/**
 * Ids for rules whose results carry English only (phi.scan, claims.prohibited, claims.evidence):
 * the candidate id and values for a result, from its status and findings. A candidate is used only
 * when its English is exactly the rule's message, so a reworded rule falls back to `check.message`
 * instead of showing a wrong translation.
 */
type Candidate = (result: RuleResult, context: RuleContext) => [RuleMessageKey, MessageValues] | null;

const CANDIDATES: Record<string, Candidate> = {
  'phi.scan': (result) => {
    if (result.status === 'pass') return ['rule.phi.scan.pass', {}];
    return result.status === 'fail' && result.findings?.length ? ['rule.phi.scan.fail', foundValues(result.findings)] : null;
  },
  'claims.prohibited': (result) => {
    if (result.status === 'pass') return ['rule.claims.prohibited.pass', {}];
    return result.status === 'fail' && result.findings?.length ? ['rule.claims.prohibited.fail', foundValues(result.findings)] : null;
  },
  'claims.evidence': (result, context) => {
    if (result.status === 'fail' && result.findings?.length) {
      const field = context.contentType.fields.references;
      return ['rule.claims.evidence.fail', { ...foundValues(result.findings), hasField: field ? 'yes' : 'no', field: field ?? '' }];
    }
    if (result.status !== 'pass') return null;
    const supported = /^(\d+) claim\(s\) supported by (\d+) reference\(s\)$/.exec(result.message);
    if (supported) return ['rule.claims.evidence.pass', { claims: Number(supported[1]), references: Number(supported[2]) }];
    return ['rule.claims.evidence.pass.none', {}];
  },
};

/** The message id and values of a rule result: the rule's own, a derived one, or `check.message`. */
export const describeResult = (rule: Rule, result: RuleResult, context: RuleContext): { messageId: string; values: MessageValues } => {
  if (typeof result.messageId === 'string' && result.messageId) return { messageId: result.messageId, values: result.values ?? {} };
  const candidate = CANDIDATES[rule.id]?.(result, context);
  if (candidate && englishMessage(candidate[0], candidate[1]) === result.message) return { messageId: prefixed(candidate[0]), values: candidate[1] };
  return { messageId: prefixed('check.message'), values: { message: result.message } };
};

/** `titleIdOf` by rule, once per rule object and title: every evaluation asks for every rule's. */
const titleIds = new WeakMap<Rule, { title: string; id: string | undefined }>();

/** A rule's title id: its own, or the catalog's for a built-in rule (custom rules without one get none). */
export const titleIdOf = (rule: Rule): string | undefined => {
  if (rule.titleId) return rule.titleId;
  const known = titleIds.get(rule);
  if (known && known.title === rule.title) return known.id;
  const key = ruleTitleKey(rule.id);
  const id = englishMessage(key) === rule.title ? prefixed(key) : undefined;
  titleIds.set(rule, { title: rule.title, id });
  return id;
};
