/**
 * Scoring for the detection corpus (tests/corpus/README.md, section "Scoring"). Pure: no file
 * access, no detector imports; `run-eval.ts` feeds it the corpus and each detector's findings.
 *
 * - A span is found when a finding overlaps it (the span is its text's first occurrence).
 *   Recall = found spans / all spans, also per kind.
 * - A negative text (no span) is a false alarm when the detector reports anything in it.
 *   Specificity = negatives without a finding / all negatives.
 * - Precision = findings that overlap a span / all findings, over every text.
 */

export interface CorpusSpan {
  kind: string;
  text: string;
}

export interface CorpusContext {
  subjectName?: string;
  nameAllowed?: boolean;
  references?: string[];
}

export interface CorpusText {
  id: string;
  style?: string;
  text: string;
  spans: CorpusSpan[];
  lookalike?: string[];
  context?: CorpusContext;
}

export interface CorpusFile {
  language: string;
  family: string;
  author?: string;
  texts: CorpusText[];
}

/** What a detector reported, reduced to what scoring needs. */
export interface DetectedSpan {
  offset: number;
  match: string;
  kind: string;
}

export interface KindScore {
  spans: number;
  found: number;
  recall: number | null;
}

export interface Score {
  texts: number;
  positives: number;
  negatives: number;
  spans: number;
  found: number;
  findings: number;
  truePositiveFindings: number;
  falseAlarms: number;
  recall: number | null;
  precision: number | null;
  specificity: number | null;
  perKind: Record<string, KindScore>;
}

/** One text's outcome, kept so `--misses` can show what went wrong (dev split only). */
export interface TextOutcome {
  id: string;
  text: string;
  missed: CorpusSpan[];
  /** Findings that overlap no span. */
  unmatched: DetectedSpan[];
  negative: boolean;
}

export interface SpanRange {
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** Where each span sits: its text's first occurrence; a span not in the text is an error. */
export function locateSpans(entry: CorpusText): SpanRange[] {
  return entry.spans.map((span) => {
    const start = entry.text.indexOf(span.text);
    if (start === -1 || span.text.length === 0) {
      throw new Error(`${entry.id}: span ${JSON.stringify(span.text)} is not in the text`);
    }
    return { kind: span.kind, text: span.text, start, end: start + span.text.length };
  });
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scoreText(entry: CorpusText, detected: readonly DetectedSpan[]): TextOutcome & { found: SpanRange[]; tpFindings: number } {
  const ranges = locateSpans(entry);
  const findings = detected.map((d) => ({ ...d, start: d.offset, end: d.offset + d.match.length }));
  const found = ranges.filter((range) => findings.some((f) => overlaps(f, range)));
  const missed = ranges.filter((range) => !found.includes(range)).map(({ kind, text }) => ({ kind, text }));
  const unmatched = findings.filter((f) => !ranges.some((range) => overlaps(f, range)));
  return {
    id: entry.id,
    text: entry.text,
    missed,
    unmatched: unmatched.map(({ offset, match, kind }) => ({ offset, match, kind })),
    negative: ranges.length === 0,
    found,
    tpFindings: findings.length - unmatched.length,
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Scores a list of texts with the findings of each (same order). */
export function score(entries: readonly CorpusText[], detections: readonly (readonly DetectedSpan[])[]): { score: Score; outcomes: TextOutcome[] } {
  if (entries.length !== detections.length) throw new Error('one detection list per text');
  const perKindCounts: Record<string, { spans: number; found: number }> = {};
  let spans = 0;
  let found = 0;
  let findings = 0;
  let truePositiveFindings = 0;
  let negatives = 0;
  let falseAlarms = 0;
  const outcomes: TextOutcome[] = [];
  entries.forEach((entry, i) => {
    const detected = detections[i] as readonly DetectedSpan[];
    const outcome = scoreText(entry, detected);
    for (const span of entry.spans) {
      const counts = (perKindCounts[span.kind] ??= { spans: 0, found: 0 });
      counts.spans += 1;
    }
    for (const range of outcome.found) (perKindCounts[range.kind] as { found: number }).found += 1;
    spans += entry.spans.length;
    found += outcome.found.length;
    findings += detected.length;
    truePositiveFindings += outcome.tpFindings;
    if (outcome.negative) {
      negatives += 1;
      if (detected.length > 0) falseAlarms += 1;
    }
    const { found: _found, tpFindings: _tp, ...rest } = outcome;
    outcomes.push(rest);
  });
  const perKind: Record<string, KindScore> = {};
  for (const kind of Object.keys(perKindCounts).sort()) {
    const counts = perKindCounts[kind] as { spans: number; found: number };
    perKind[kind] = { ...counts, recall: ratio(counts.found, counts.spans) };
  }
  return {
    score: {
      texts: entries.length,
      positives: entries.length - negatives,
      negatives,
      spans,
      found,
      findings,
      truePositiveFindings,
      falseAlarms,
      recall: ratio(found, spans),
      precision: ratio(truePositiveFindings, findings),
      specificity: ratio(negatives - falseAlarms, negatives),
      perKind,
    },
    outcomes,
  };
}

/** A held-out corpus file, by the layout tests/corpus/README.md describes. */
export function isHeldOut(fileName: string): boolean {
  return /\.heldout\.json$/.test(fileName);
}

/** "<family>.<part>.json" or "<family>.<part>.heldout.json" -> family, or null. */
export function familyOf(fileName: string): string | null {
  const m = /^([a-z]+)\.[^/]+\.json$/.exec(fileName);
  return m ? (m[1] as string) : null;
}

export const fmtRatio = (value: number | null): string => (value === null ? '  -  ' : value.toFixed(3));

/** One summary line and the per-kind recall line for a score. */
export function formatScore(label: string, s: Score): string[] {
  const head =
    `${label.padEnd(22)} recall ${fmtRatio(s.recall)} (${s.found}/${s.spans})  precision ${fmtRatio(s.precision)} (${s.truePositiveFindings}/${s.findings})` +
    `  specificity ${fmtRatio(s.specificity)} (${s.negatives - s.falseAlarms}/${s.negatives})  texts ${s.texts}`;
  const kinds = Object.entries(s.perKind)
    .map(([kind, k]) => `${kind} ${fmtRatio(k.recall)} (${k.found}/${k.spans})`)
    .join(', ');
  return kinds ? [head, `${' '.repeat(24)}${kinds}`] : [head];
}
