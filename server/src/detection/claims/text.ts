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
 * días.* *Estas declaraciones…", "…for good.¹") before a space or the end, at a line break, or at
 * an emoji before a space and a capital. As the regex
 * `[.!?\u2026]+["'\u201d\u2019)\]*\u2020\u2021\u00b9\u00b2\u00b3]*(?=\s|$)|\n+|[\u{1F300}-\u{1FAFF}\u2600-\u27BF](?=\s+\p{Lu})`
 * (flags `gu`) would find them, read character by character without a regex (docs/architecture.md,
 * "Regexps and V8's code budget").
 */
const ENDER = new Set([0x2e, 0x21, 0x3f, 0x2026]);
/** Code units that can begin a sentence break (an ender, a line feed, an emoji or its first half): most characters are none. */
const BREAK_START = new Uint8Array(65536);
for (const code of [...ENDER, 10, 0xd83c, 0xd83d, 0xd83e]) BREAK_START[code] = 1;
BREAK_START.fill(1, 0x2600, 0x27c0);
const CLOSER = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d, 0x2a, 0x2020, 0x2021, 0xb9, 0xb2, 0xb3]);
const UPPER_RE = /^\p{Lu}$/u;

/** JavaScript's `\s`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The end of the sentence break starting at `i`, or -1 when none starts there. */
function breakAt(text: string, i: number): number {
  const n = text.length;
  const code = text.charCodeAt(i);
  if (ENDER.has(code)) {
    let j = i + 1;
    while (j < n && ENDER.has(text.charCodeAt(j))) j++;
    while (j < n && CLOSER.has(text.charCodeAt(j))) j++;
    return j === n || isSpace(text.charCodeAt(j)) ? j : -1;
  }
  if (code === 10) {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === 10) j++;
    return j;
  }
  let j = -1;
  if (code >= 0x2600 && code <= 0x27bf) j = i + 1;
  else if (code === 0xd83c || code === 0xd83d || code === 0xd83e) {
    // U+1F300–U+1FAFF: high surrogate D83C (low DF00 and up), D83D, or D83E (low up to DEFF).
    const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if ((code === 0xd83c && low >= 0xdf00 && low <= 0xdfff) || (code === 0xd83d && low >= 0xdc00 && low <= 0xdfff) || (code === 0xd83e && low >= 0xdc00 && low <= 0xdeff)) j = i + 2;
  }
  if (j === -1) return -1;
  let k = j;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  if (k === j || k === n) return -1;
  const next = text.codePointAt(k) as number;
  return UPPER_RE.test(String.fromCodePoint(next)) ? j : -1;
}

/** Does text[from, to) hold a letter or a digit? */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (letterOrDigitAt(text, i, to) > 0) return true;
  return false;
}

/**
 * The last text split, and its sentences: the grammar and the sentence reader split the same text
 * in turn, in one run of synchronous work; both are let go when that run ends (a page may be long).
 */
let lastText: string | null = null;
let lastAbbreviations: ReadonlySet<string> | undefined;
let lastSentences: readonly Span[] = [];
let releaseScheduled = false;

function releaseLast(): void {
  lastText = null;
  lastSentences = [];
  releaseScheduled = false;
}

/**
 * Sentences of `text` as offsets (the end includes the closing punctuation). `abbreviations` (the
 * pack's, lower case, without the dot: "dr", "mr") are words whose dot ends no sentence ("Dr. Patel").
 * The list returned is shared: callers read it and never change it.
 */
export function sentences(text: string, abbreviations?: ReadonlySet<string>): readonly Span[] {
  if (text === lastText && abbreviations === lastAbbreviations) return lastSentences;
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const end = BREAK_START[text.charCodeAt(i)] === 1 ? breakAt(text, i) : -1;
    if (end === -1) {
      // An astral character is stepped over whole, as the `u` flag reads it.
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    if (!(abbreviations !== undefined && abbreviations.size > 0 && end === i + 1 && text.charCodeAt(i) === 0x2e && abbreviations.has(wordBefore(text, i)))) {
      if (end > start && hasLetterOrDigit(text, start, end)) out.push({ start, end });
      start = end;
    }
    i = end;
  }
  if (start < n && hasLetterOrDigit(text, start, n)) out.push({ start, end: n });
  lastText = text;
  lastAbbreviations = abbreviations;
  lastSentences = out;
  if (!releaseScheduled) {
    releaseScheduled = true;
    queueMicrotask(releaseLast);
  }
  return out;
}

/** The letters right before `offset` (at most eight), lower-cased: "" when a non-letter precedes them or there are none. */
export function wordBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && offset - i < 8 && /\p{L}/u.test(text.charAt(i - 1))) i--;
  if (i === offset || (i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1)))) return '';
  return text.slice(i, offset).toLowerCase();
}

/**
 * Which characters are letters or digits (`\p{L}` or `\p{N}`), filled as they are met: 0 not yet
 * known, 1 yes, 2 no. The word scanner below reads each character once through it, without a regex.
 */
const LETTER_OR_DIGIT = new Uint8Array(65536);
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;

function isLetterOrDigitUnit(code: number): boolean {
  let known = LETTER_OR_DIGIT[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_OR_DIGIT[code] = known;
  }
  return known === 1;
}

/**
 * The length (1 or 2 code units) of the letter or digit starting at `i`, before `to`, or 0: a
 * surrogate pair is one code point (an astral letter), as the `u` flag reads it.
 */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT_RE.test(String.fromCharCode(code, low)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(code) ? 1 : 0;
}

/** Inside a word after its first letter or digit: ' ’ % + - as well. */
function wordInnerAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  return code === 39 || code === 0x2019 || code === 37 || code === 43 || code === 45 ? 1 : letterOrDigitAt(text, i, to);
}

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

/**
 * Words of text[from, to), as the regex `[\p{L}\p{N}][\p{L}\p{N}'\u2019%+-]*|#[\p{L}\p{N}_]+|%`
 * (flag `u`) would find them in that slice, read in one pass character by character: the cost is
 * bounded by the slice's length, and no regex compiled code is spent on it (docs/architecture.md,
 * "Regexps and V8's code budget").
 */
export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  forEachWord(text, from, to, (start, end) => out.push({ start, end, word: normaliseWord(text.slice(start, end)) }));
  return out;
}

/** The words `tokens` finds in text[from, to), as offsets only: `visit(start, end)` for each, in order. */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    const start = i;
    let n = letterOrDigitAt(text, i, to);
    if (n > 0) {
      i += n;
      while (i < to && (n = wordInnerAt(text, i, to)) > 0) i += n;
    } else {
      const code = text.charCodeAt(i);
      if (code === 35 /* # */ && i + 1 < to) {
        let j = i + 1;
        while (j < to && (n = text.charCodeAt(j) === 95 ? 1 : letterOrDigitAt(text, j, to)) > 0) j += n;
        if (j === i + 1) {
          i++;
          continue;
        }
        i = j;
      } else if (code === 37 /* % */) i++;
      else {
        i++;
        continue;
      }
    }
    visit(start, i);
  }
}

/**
 * The FNV-1a hash of the word text[start, end) as `tokens` gives it (normaliseWord: lower case,
 * curly apostrophes straight, trailing hyphens and apostrophes dropped), read from the text without
 * making the word, for a word of Latin-1 letters and curly apostrophes; any other word is made and
 * hashed. The sentence reader hashes every word of a page.
 */
export function wordHash(text: string, start: number, end: number): number {
  // Trailing hyphens and apostrophes, straight or curly, are not part of the word.
  let last = end;
  while (last > start + 1) {
    const code = text.charCodeAt(last - 1);
    if (code !== 45 && code !== 39 && code !== 0x2019) break;
    last--;
  }
  let h = 2166136261;
  for (let i = start; i < last; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x2019) code = 39;
    else if (code >= 256) return fnvOf(normaliseWord(text.slice(start, end)));
    else if ((code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215)) code += 32;
    h ^= code;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** FNV-1a over the code units of `s`. */
export function fnvOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The word text[start, end) as `tokens` gives it. */
export function wordAt(text: string, start: number, end: number): string {
  return normaliseWord(text.slice(start, end));
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
