/**
 * Pure text utilities shared by the detectors (server/src/detection): a word tokenizer, clause
 * and sentence bounds, a bounded LRU cache keyed by a text hash. Nothing here knows a language's
 * words; language packs (e.g. server/src/detection/phi/packs/en.ts) supply those. Linear time.
 */

/** A word: a run of letters, digits, apostrophes and inner hyphens or dots ("mother-in-law", "St."). */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** `norm(text)`, computed once. */
  lower: string;
}

const LETTER = /[\p{L}\p{M}]/u;

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCharCode(c));
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x202f;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Splits a text into words (letters, with inner apostrophes and hyphens). Digits end a word and
 * are not words themselves. One pass, no regex backtracking.
 */
export function tokenize(text: string): Word[] {
  return tokenizeRange(text, 0, text.length);
}

function isLowerAsciiLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * `tokenize(text.slice(from, to))` with offsets into `text`, without the slice. A word of ASCII
 * lower-case letters, straight apostrophes and hyphens is its own `norm`, so it is not lower-cased
 * again.
 */
function tokenizeRange(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const first = text.charCodeAt(i);
    if (!isLetterCode(first)) {
      i++;
      continue;
    }
    const start = i;
    let plainLower = isLowerAsciiLetter(first);
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isLetterCode(c)) {
        plainLower &&= isLowerAsciiLetter(c);
        i++;
      } else if ((isApostrophe(c) || c === 45) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1))) {
        plainLower &&= c !== 0x2019 && isLowerAsciiLetter(text.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    const w = text.slice(start, i);
    words.push({ start, end: i, text: w, lower: plainLower ? w : norm(w) });
  }
  return words;
}

/** Lower case with the curly apostrophe made straight, for lexicon look-ups. */
export function norm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** First letter upper case and not the whole word in upper case ("Luca", not "MRN"); or a single letter. */
export function isCapitalized(word: string): boolean {
  // Most words start with a lower-case ASCII letter: no case mapping needed to say no.
  if (isLowerAsciiLetter(word.charCodeAt(0))) return false;
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return false;
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase() || word.length <= 2;
}

export function isUpperWord(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Characters that end a sentence or a line. */
function isSentenceBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Line ends, "!", "?", and an opening quotation mark (quoted speech is its own sentence).
  if (c === 10 || c === 33 || c === 63 || c === 0x201c) return true;
  // A full stop ends a sentence when whitespace follows, unless it ends an abbreviation
  // ("Dr.", "St.", "ext.", "Aug.") or an initial ("R."); or when a digit follows the space ("ext. 214").
  if (c === 46) {
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next)) return true;
    // "dejé de fumar.» Llame ya…": a closing quotation mark, then whitespace.
    if ((next === 0xbb || next === 0x201d || next === 34) && isSpaceCode(text.charCodeAt(i + 2))) return true;
    if (!isSpaceCode(next)) return false;
    if (isDigitCode(text.charCodeAt(i + 2))) return false;
    let j = i;
    while (j > 0 && i - j < 5 && isLetterCode(text.charCodeAt(j - 1))) j--;
    const word = text.slice(j, i).toLowerCase();
    return !(word.length === 1 || ABBREVIATIONS.has(word));
  }
  return false;
}

/** Short words ending in "." that do not end a sentence (language-independent enough for Latin-script text). */
const ABBREVIATIONS = new Set(
  (
    'dr mr mrs ms mx st ave rd blvd ln mt ft co no vs etc jr sr ext apt jan feb mar apr jun jul aug sep sept oct nov dec fr rev sgt lt col gen prof dept hwy' +
    // Spanish titles and address words ("la Dra. Ruiz", "Av. Juárez", "Fracc. Las Flores")
    ' dra sra srta lic ing av avda num fracc urb depto dpto tel cel calz prol priv carr'
  ).split(' ')
);

/**
 * Bounds of the sentence around `at`, looking about `limit` characters each way. The search
 * limits are aligned to blocks, so offsets in one long unbroken stretch share the same bounds
 * (callers cache by them).
 */
export function sentenceAround(text: string, at: number, limit = 240): { start: number; end: number } {
  const block = Math.max(16, limit >> 1);
  const base = at - (at % block);
  let start = at;
  const minStart = Math.max(0, base - limit);
  while (start > minStart && !isSentenceBreak(text, start - 1)) start--;
  let end = at;
  const maxEnd = Math.min(text.length, base + block + limit);
  while (end < maxEnd && !isSentenceBreak(text, end)) end++;
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// Hashing and a bounded cache

/** 53-bit string hash (cyrb53); used only as a map key, hits are confirmed by comparing the text. */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

interface CacheEntry<V> {
  text: string;
  value: V;
}

/**
 * Results by (text, options key), least recently used first out. Bounded by entries and by the
 * total length of the cached texts, so a few huge texts cannot hold much memory. Texts longer
 * than `maxTextChars` are not cached at all.
 */
export class TextLruCache<V> {
  private readonly map = new Map<string, CacheEntry<V>>();
  private chars = 0;

  constructor(
    private readonly maxEntries = 512,
    private readonly maxChars = 4_000_000,
    private readonly maxTextChars = 200_000
  ) {}

  get(text: string, optionsKey: string, compute: () => V): V {
    if (text.length > this.maxTextChars) return compute();
    const key = `${optionsKey}\u0000${hashText(text)}\u0000${text.length}`;
    const hit = this.map.get(key);
    if (hit && hit.text === text) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value;
    }
    const value = compute();
    if (hit) {
      this.map.delete(key);
      this.chars -= hit.text.length;
    }
    this.map.set(key, { text, value });
    this.chars += text.length;
    while (this.map.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      const entry = this.map.get(oldest.value) as CacheEntry<V>;
      this.chars -= entry.text.length;
      this.map.delete(oldest.value);
    }
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/** A Set from a newline-separated list (the reference data files). */
export function lineSet(lines: string): Set<string> {
  return new Set(lines.split('\n'));
}

/** Index of the last word that ends at or before `at`, or -1 (binary search; words are in order). */
export function wordEndingBy(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first word that starts at or after `at`, or -1. */
export function wordStartingFrom(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start >= at) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/**
 * The words of text[from, to), widened to whole words, with offsets into the whole text. Context
 * detectors look at small windows around a trigger instead of tokenizing the whole text.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  let a = Math.max(0, from);
  while (a > 0 && from - a < 32 && isLetterCode(text.charCodeAt(a - 1))) a--;
  let b = Math.min(text.length, to);
  while (b < text.length && b - to < 32 && isLetterCode(text.charCodeAt(b))) b++;
  return tokenizeRange(text, a, b);
}

const LETTER_ONLY = /\p{L}/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Is the code point that ends just before `at` a letter? What `(?<![\p{L}])` at `at` rejects in a
 * `u` regex (a surrogate pair is one code point; a lone surrogate is no letter).
 */
export function isLetterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (isLowSurrogate(code) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2))) return LETTER_ONLY.test(text.slice(at - 2, at));
  return LETTER_ONLY.test(text.charAt(at - 1));
}

/**
 * A trigger whose match must not follow a letter: the regex leaves out the leading `(?<![\p{L}])`
 * and the match position is checked in code (see `execNotAfterLetter`). No match of `regex` may
 * start with a character outside the Basic Multilingual Plane (a surrogate pair), so the next
 * position to try is one code unit on.
 */
export interface NotAfterLetter {
  regex: RegExp;
  notAfterLetter: true;
}

/** `regex` as a trigger that must not follow a letter (see `NotAfterLetter`). */
export function notAfterLetter(regex: RegExp): NotAfterLetter {
  return { regex, notAfterLetter: true };
}

/** A trigger regex (with the `g` flag) for `forEachTriggerWindow`. */
export type Trigger = RegExp | NotAfterLetter;

/**
 * The next match of `regex` (with the `g` flag, from its lastIndex) that does not start right after
 * a letter: the matches `(?<![\p{L}])` + `regex` would give, in the same order. A leading Unicode
 * lookbehind keeps V8 from skipping ahead to the pattern's first characters and made trigger
 * scans several times slower; a rejected match resumes one character later, so nothing is skipped.
 */
export function execNotAfterLetter(regex: RegExp, text: string): RegExpExecArray | null {
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (!isLetterBefore(text, match.index)) return match;
    regex.lastIndex = match.index + 1;
  }
  return null;
}

/** `eachMatch` (scanners/match-utils.ts) for a regex written without its leading `(?<![\p{L}])` (see `NotAfterLetter`). */
export function eachMatchNotAfterLetter(regex: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = execNotAfterLetter(regex, text)) !== null) {
    if (match[0].length === 0) regex.lastIndex++;
    onMatch(match);
  }
}

/**
 * Runs `fn` over the words of merged windows around every match of the trigger regexes (each
 * needs the `g` flag): [match - before, match end + after]. Overlapping windows are merged, so
 * each character is tokenized at most once per call. Linear in the text and the matches.
 */
export function forEachTriggerWindow(text: string, triggers: readonly Trigger[], before: number, after: number, fn: (words: Word[]) => void): void {
  const matches: Span[] = [];
  for (const trigger of triggers) {
    const re = trigger instanceof RegExp ? trigger : trigger.regex;
    const notAfterLetter = !(trigger instanceof RegExp);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = notAfterLetter ? execNotAfterLetter(re, text) : re.exec(text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      matches.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const w of mergedWindows(matches, before, after, text.length)) fn(wordsIn(text, w.start, w.end));
}

/**
 * The windows [start - before, end + after] around `spans`, clipped to [0, length], sorted and
 * with overlapping ones merged, so a caller reads each character once. O(n log n) in the spans.
 */
export function mergedWindows(spans: readonly Span[], before: number, after: number, length: number): Span[] {
  const windows = spans.map((s) => ({ start: Math.max(0, s.start - before), end: Math.min(length, s.end + after) })).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else out.push(w);
  }
  return out;
}

/** Builds a case-sensitive alternation that also matches each word capitalised: "in" -> "[Ii]n". */
export function wordAlternation(list: readonly string[], capitalised = true): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const first = w.charAt(0);
      return capitalised && first.toUpperCase() !== first ? `[${first.toUpperCase()}${first}]${escaped.slice(1)}` : escaped;
    })
    .join('|');
}

/** A stretch of text: a finding, a candidate. */
export interface Span {
  start: number;
  end: number;
}

/**
 * `(s, e) => found.some((f) => f.start < e && s < f.end)`, for many look-ups: the findings sorted
 * by start once, with the furthest end among each prefix, so a look-up is a binary search. A long
 * text has thousands of findings, and the PHI detector's `findNamesAgain` asks about each
 * occurrence of a name and each name of a list. Built at the ninth look-up: a text with few occurrences scans.
 */
export function overlapIndex(found: readonly Span[]): (s: number, e: number) => boolean {
  const scan = (s: number, e: number): boolean => found.some((f) => f.start < e && s < f.end);
  if (found.length <= 32) return scan;
  let asked = 0;
  let sorted: ((s: number, e: number) => boolean) | null = null;
  return (s, e) => {
    if (sorted) return sorted(s, e);
    if (++asked <= 8) return scan(s, e);
    sorted = sortedOverlaps(found);
    return sorted(s, e);
  };
}

/** `overlapIndex`'s binary search. */
function sortedOverlaps(found: readonly Span[]): (s: number, e: number) => boolean {
  const n = found.length;
  // start × n + index: one number per finding, sorted by start (exact below 2^53).
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (found[k] as Span).start * n + k;
  keys.sort();
  const starts = new Float64Array(n);
  const furthest = new Float64Array(n);
  let end = -Infinity;
  for (let r = 0; r < n; r++) {
    const f = found[(keys[r] as number) % n] as Span;
    starts[r] = f.start;
    end = Math.max(end, f.end);
    furthest[r] = end;
  }
  return (s, e) => {
    // The findings that start before e are the first `lo`; one of them overlaps when the furthest end passes s.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthest[lo - 1] as number) > s;
  };
}
