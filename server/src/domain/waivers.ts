import type { Check, CheckFinding, FindingWaiver } from '../../../shared/contracts/checks';
import { isWaivableRule } from '../../../shared/rule-ids';
import { englishMessage, prefixed } from '../../../shared/messages';

/** A stored waiver as the rule engine reads it. */
export interface WaiverRecord extends FindingWaiver {
  rule: string;
  path: string[];
  match: string;
  contentHash: string;
}

const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((part, index) => part === b[index]);

/** A waiver names one finding by its rule, field path and matched text (README, "Waivers"). */
export const coversFinding = (waiver: Pick<WaiverRecord, 'rule' | 'path' | 'match'>, rule: string, finding: Pick<CheckFinding, 'path' | 'match'>) =>
  waiver.rule === rule && waiver.match === finding.match && samePath(waiver.path, finding.path);

const mark = ({ by, reason, at }: WaiverRecord): FindingWaiver => ({ by, reason, at });

const plural = (count: number) => `${count} finding${count === 1 ? '' : 's'}`;

/**
 * Marks the findings of one check that a waiver covers. A waiver counts only on the content hash
 * it was signed on; one from an earlier version is shown as stale and changes nothing. A failing
 * check whose findings are all waived passes. `waivers` come newest first.
 */
export const applyWaivers = (check: Check, waivers: readonly WaiverRecord[], contentHash: string): Check => {
  if (!isWaivableRule(check.rule) || !check.findings.length) return check;
  const forRule = waivers.filter((waiver) => waiver.rule === check.rule);
  if (!forRule.length) return check;
  const findings = check.findings.map((finding): CheckFinding => {
    const covering = forRule.filter((waiver) => coversFinding(waiver, check.rule, finding));
    if (!covering.length) return finding;
    const live = covering.find((waiver) => waiver.contentHash === contentHash);
    return live ? { ...finding, waived: mark(live) } : { ...finding, staleWaiver: mark(covering[0]) };
  });
  const waived = findings.filter((finding) => finding.waived).length;
  if (!waived) return { ...check, findings };
  if (waived === findings.length) {
    return {
      ...check,
      status: check.status === 'fail' ? 'pass' : check.status,
      message: englishMessage('check.waived', { count: waived }) as string,
      messageId: prefixed('check.waived'),
      values: { count: waived },
      findings,
    };
  }
  return { ...check, findings, message: `${check.message} (${waived} of ${plural(findings.length)} waived)` };
};
