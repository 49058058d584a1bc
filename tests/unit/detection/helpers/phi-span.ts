import { scanPhiText } from '../../../../server/src/detection/phi';
import type { PhiOptions } from '../../../../server/src/detection/phi';

/**
 * Does `phi.scan` report a finding that overlaps `span` in `text`? The corpus's scoring rule
 * (tests/corpus/README.md, "Scoring"): a span is found when a finding overlaps it.
 */
export function phiFindsSpan(text: string, span: string, options: PhiOptions): boolean {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" is not in "${text}"`);
  return scanPhiText(text, options).some((f) => f.offset < start + span.length && start < f.offset + f.match.length);
}
