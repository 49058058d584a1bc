import type { Check } from '../../../shared/contracts/checks';
import type { MessageValues } from '../../../shared/messages';

export const HIDDEN = '[hidden]';

/**
 * The checks without the text they matched, for a caller who may not read the entry: findings
 * keep their field path, kind and offset (what to fix and where), never the identifier itself.
 */
export const withoutMatches = (checks: Check[]): Check[] =>
  checks.map((check) => {
    // Longest first, so a match inside a longer one cannot leave part of the longer one behind.
    const matches = [...new Set(check.findings.map((finding) => finding.match).filter((match) => match.length > 0))].sort((a, b) => b.length - a.length);
    const hide = (text: string) => matches.reduce((out, match) => out.split(match).join(HIDDEN), text);
    // The translation values carry the same text as the English message (README "Checklist languages").
    const hideValues = <T extends { values?: MessageValues }>(item: T): Pick<T, 'values'> | Record<string, never> =>
      item.values ? { values: Object.fromEntries(Object.entries(item.values).map(([key, value]) => [key, typeof value === 'string' ? hide(value) : value])) } : {};
    return {
      ...check,
      message: hide(check.message),
      ...hideValues(check),
      // A waiver's reason may quote the match too.
      findings: check.findings.map(({ waived, staleWaiver, ...finding }) => ({
        ...finding,
        match: finding.match ? HIDDEN : '',
        message: hide(finding.message),
        ...hideValues(finding),
        ...(waived ? { waived: { ...waived, reason: HIDDEN } } : {}),
        ...(staleWaiver ? { staleWaiver: { ...staleWaiver, reason: HIDDEN } } : {}),
      })),
    };
  });
