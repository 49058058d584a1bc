import type { Finding } from '../scanners/types';
import type { CheckFinding } from '../../../shared/contracts/checks';

export const toCheckFindings = (findings: Finding[]): CheckFinding[] =>
  findings.map(({ path, match, kind, message, offset, family, why, reference, suggestion }) => ({
    path,
    match,
    kind,
    message,
    offset,
    ...(family ? { family } : {}),
    ...(why ? { why } : {}),
    ...(reference ? { reference } : {}),
    ...(suggestion ? { suggestion } : {}),
  }));

export const summarize = (findings: Finding[], noun: string) => {
  const shown = findings.slice(0, 3).map((finding) => `"${finding.match}"`).join(', ');
  return `${findings.length} ${noun}${findings.length > 1 ? 's' : ''} found: ${shown}${findings.length > 3 ? ', …' : ''}`;
};

export const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};
