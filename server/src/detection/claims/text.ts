/**
 * Sentence, clause and word boundaries for the claim detector. One left-to-right pass each; no
 * regex backtracking over the whole text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Lower-cased word, curly apostrophes made straight. */
  word: string;
}

/**
 * A sentence ends at . ! ? or … (with closing quotes, brackets or a footnote mark after it: "…en 3
 * días.* *Estas declaraciones…", "…for good.¹"), at a line break, or at an emoji before a capital.
 */
const SENTENCE_END = /[.!?\u2026]+["'\u201d\u2019)\]*\u2020\u2021\u00b9\u00b2\u00b3]*(?=[\s\u00a0]|$)|\n+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF](?=[\s\u00a0]+[\p{Lu}])/gu;

/**
 * Sentences of `text` as offsets (the end includes the closing punctuation). `abbreviations` (the
 * pack's, lower case, without the dot: "dr", "mr") are words whose dot ends no sentence ("Dr. Patel").
 */
export function sentences(text: string, abbreviations?: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    if (abbreviations !== undefined && abbreviations.size > 0 && m[0] === '.' && abbreviations.has(wordBefore(text, m.index))) continue;
    const end = m.index + m[0].length;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
    start = end;
  }
  if (start < text.length && /[\p{L}\p{N}]/u.test(text.slice(start))) out.push({ start, end: text.length });
  return out;
}

/** The letters right before `offset` (at most eight), lower-cased: "" when a non-letter precedes them or there are none. */
function wordBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && offset - i < 8 && /\p{L}/u.test(text.charAt(i - 1))) i--;
  if (i === offset || (i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1)))) return '';
  return text.slice(i, offset).toLowerCase();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019%+-]*|#[\p{L}\p{N}_]+|%/gu;

/** No ASCII capital and nothing beyond ASCII: toLowerCase would return the same text. */
function isLowerAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code > 127 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

/** Lower case, straight apostrophes, no trailing hyphens or apostrophes; the regexes only when needed. */
function normaliseWord(w: string): string {
  // Words are mostly read from the lower-cased text already: lower-casing them again is skipped.
  let word = isLowerAscii(w) ? w : w.toLowerCase();
  if (word.includes('\u2019')) word = word.replace(/\u2019/g, "'");
  const last = word.charCodeAt(word.length - 1);
  return last === 45 || last === 39 ? word.replace(/[-']+$/, '') : word;
}

/** Words of text[from, to): the regex runs on that slice only, so the cost is bounded by its length. */
export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, word: normaliseWord(m[0]) });
  }
  return out;
}

/** The punctuation that ends a clause (regex source, flags `u`): the sentence reader splits clauses at it too. */
export const CLAUSE_PUNCTUATION = '[,;:()|\\u2014\\u2013\\u2022\\u00b7\\u25aa\\u25cf\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]|\\s-\\s';
/** Clause breaks: punctuation inside a sentence (emojis and list bullets included, as social posts and ads use them), and "but". */
const CLAUSE_BREAK = new RegExp(`${CLAUSE_PUNCTUATION}|\\bbut\\b|\\bhowever\\b|\\bthough\\b|\\bwhile\\b|\\bbecause\\b|\\bso\\b`, 'giu');

const CLAUSE_LOOKBACK = 160;

/** Offset where the clause holding `offset` starts, at or after `sentenceStart`. */
export function clauseStart(text: string, sentenceStart: number, offset: number): number {
  // Looks back at most CLAUSE_LOOKBACK characters, on that slice only, so a call costs a bounded time.
  const from = Math.max(sentenceStart, offset - CLAUSE_LOOKBACK);
  const window = text.slice(from, offset);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(window)) !== null) start = m.index + m[0].length;
  return from + start;
}
