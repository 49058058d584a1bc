/**
 * Small helpers shared by the scanners: word boundaries, phrase-to-pattern conversion, negation
 * detection and a bounded cache for option-dependent regexes. Everything here is linear-time.
 */
/**
 * Unicode-aware "not inside a word" guards (JS `\b` is ASCII-only). WB is for regexes run on
 * small windows; whole-text scans leave it out and use eachWordMatch (see there for why).
 */
export const WB = '(?<![\\p{L}\\p{N}_])';
export const WA = '(?![\\p{L}\\p{N}_])';

/** Whitespace between words of a phrase: bounded so it cannot feed backtracking. */
export const SP = '[\\s\\u00a0]{1,3}';
/** Optional whitespace ("100%", "100 %"). */
export const SP0 = '[\\s\\u00a0]{0,2}';
/** Space or hyphen between words ("risk-free" / "risk free"). */
export const SPH = '[\\s\\u00a0\\-\\u2010-\\u2014]{1,3}';
/** Optional space or hyphen ("riskfree", "risk-free", "risk free"). */
export const SPH0 = '[\\s\\u00a0\\-\\u2010-\\u2014]{0,3}';
/** Straight or curly apostrophe, optional ("dont", "don't", "don’t"). */
export const APOS = "['\\u2019]?";

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}

const PHRASE_SPLIT = /[\s\u00a0\-\u2010-\u2014]+/;
const APOS_CHARS = /['\u2019]/g;

/**
 * Turns a literal phrase from configuration into a pattern that tolerates spacing, hyphen and
 * apostrophe variants, without word boundaries (callers add WB/WA).
 */
export function phraseToPattern(phrase: string): string {
  return phrase
    .trim()
    .split(PHRASE_SPLIT)
    .filter((w) => w.length > 0)
    .map((w) => w.split(APOS_CHARS).map(escapeRegex).join(APOS))
    .join(SPH);
}

/**
 * Runs a global regex over `text`, calling `onMatch` for each match. Guards against zero-length
 * matches looping forever. The regex must have the `g` flag; its lastIndex is reset first.
 */
export function eachMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    onMatch(m);
  }
}

const WORD_CHAR_U = /[\p{L}\p{N}\p{M}_]/u;

/** Is the character just before index `i` a letter, digit or underscore (Unicode-aware)? */
export function isWordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  // A low surrogate ends an astral character: test the whole pair.
  const ch = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
  return WORD_CHAR_U.test(ch);
}

/**
 * Like eachMatch, for regexes built without a leading word-boundary lookbehind: the boundary is
 * checked here instead. A Unicode lookbehind at the start of a pattern stops V8 from skipping
 * ahead and made lexicon scans ~8x slower; checking the one preceding character in code keeps
 * the same semantics (a rejected match resumes one character later, so nothing is skipped).
 */
export function eachWordMatch(re: RegExp, text: string, onMatch: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0 || isWordCharBefore(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    onMatch(m);
  }
}

/**
 * Lexicon regexes run on a lower-cased copy of the text with a leading ASCII `\b` and no `i`
 * flag: in V8 that is ~3x faster than `/iu` (whose Unicode `\b` and case folding defeat the
 * quick first-character check). Offsets stay valid because the copy has the same length; the
 * one character whose lower case is longer (U+0130) is mapped to "I" first.
 */
export function lowerSameLength(text: string): string {
  if (text.length < LOWER_CACHE_MIN) return lowerOf(text);
  if (text.length > LOWER_CACHE_MAX_CHARS) return lowerOfLarge(text);
  const hit = lowerCache.get(text);
  if (hit !== undefined) return hit;
  const lower = lowerOf(text);
  while (lowerCache.size && (lowerCache.size >= LOWER_CACHE_SIZE || lowerCacheChars + text.length > LOWER_CACHE_MAX_CHARS)) {
    const oldest = lowerCache.keys().next().value as string;
    lowerCache.delete(oldest);
    lowerCacheChars -= oldest.length;
  }
  lowerCache.set(text, lower);
  lowerCacheChars += text.length;
  return lower;
}

// Several scanners read the same long segments in turn; caching their lower-cased copies avoids
// lower-casing each one once per scanner. Short strings are cheaper to redo than to look up.
const LOWER_CACHE_MIN = 2048;
const LOWER_CACHE_SIZE = 16;
/** A server keeps this cache for its lifetime: bound what it holds (text and copy), not just the count. */
const LOWER_CACHE_MAX_CHARS = 2_000_000;
const lowerCache = new Map<string, string>();
let lowerCacheChars = 0;

/**
 * A text too long for the cache is still read by every scanner of one evaluation in turn (the
 * rules run one after another on the same segments): without sharing, a 10 MB body was
 * lower-cased once per scanner, which made 10× the text cost more than 10× the time. The one
 * last such text and its copy are kept only until the current run of synchronous work ends.
 */
let largeText: string | null = null;
let largeLower: string | null = null;
let largeReleaseScheduled = false;

function releaseLarge(): void {
  largeText = null;
  largeLower = null;
  largeReleaseScheduled = false;
}

function lowerOfLarge(text: string): string {
  if (largeLower !== null && largeText === text) return largeLower;
  const lower = lowerOf(text);
  largeText = text;
  largeLower = lower;
  if (!largeReleaseScheduled) {
    largeReleaseScheduled = true;
    setImmediate(releaseLarge);
  }
  return lower;
}

/** What the lower-casing cache holds now (for tests and diagnostics). */
export const lowerCacheUsage = () => ({
  entries: lowerCache.size,
  chars: lowerCacheChars,
  maxChars: LOWER_CACHE_MAX_CHARS,
  largeChars: largeText === null ? 0 : largeText.length,
});

const DOTTED_I = '\u0130';

function lowerOf(text: string): string {
  // U+0130 is the one character whose lower case is two code units ("i" and a combining dot).
  // split/join is linear; a global replace of a million of them grew ×13 per ×10 text.
  const mapped = text.indexOf(DOTTED_I) === -1 ? text : text.split(DOTTED_I).join('I');
  const lower = mapped.toLowerCase();
  if (lower.length === text.length) return lower;
  // Any other length-changing mapping: lower-case code unit by code unit, keeping lengths.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** First match of `re` in `text` at a word start that `accept` agrees with, or null. */
export function firstWordMatch(
  re: RegExp,
  text: string,
  accept: (m: RegExpExecArray) => boolean = () => true
): RegExpExecArray | null {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0 || isWordCharBefore(text, m.index) || !accept(m)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    return m;
  }
  return null;
}

/** Index of the first participating capture group (1-based), or 0 when none matched. */
export function firstGroup(m: RegExpExecArray, from = 1, to = m.length - 1): number {
  for (let i = from; i <= to; i++) if (m[i] !== undefined) return i;
  return 0;
}

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'nor',
  'without',
  'cannot',
  "can't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "won't",
  "hasn't",
  "haven't",
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'wont',
  'hasnt',
  'havent',
  'neither',
]);

/** Sentence punctuation, commas and dashes end a clause; so does the word "but" (checked below). */
function isClauseBreak(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 10 || c === 0x2014 || c === 0x2013
  );
}

function isWordPart(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  return c === 0x2019 || /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/**
 * True when one of the (up to) four words just before `offset`, in the same clause, is a negator:
 * "there is no known cure", "results are not guaranteed", "do not stop taking your medication".
 * A clause ends at punctuation or "but" ("No more pain, I was cured" is not negated). Scans at
 * most 48 characters backwards by hand, so the cost per call is small and constant.
 */
export function isNegated(text: string, offset: number, maxWords = 4): boolean {
  const limit = Math.max(0, offset - 48);
  let i = offset;
  let words = 0;
  while (i > limit && words < maxWords) {
    const c = text.charCodeAt(i - 1);
    if (isClauseBreak(c)) return false;
    if (!isWordPart(c)) {
      i--;
      continue;
    }
    const end = i;
    while (i > limit && isWordPart(text.charCodeAt(i - 1))) i--;
    // A word cut by the window edge is not trusted.
    if (i === limit && limit > 0 && isWordPart(text.charCodeAt(i - 1))) return false;
    const word = text.slice(i, end).toLowerCase().replace(/\u2019/g, "'");
    if (word === 'but') return false;
    if (NEGATORS.has(word)) return true;
    words++;
  }
  return false;
}

const GAP_WORD = /[\p{L}\p{N}'\u2019-]+/gu;

/** Number of words (letters, digits, apostrophes, hyphens) in `s`. */
export function wordCount(s: string): number {
  let n = 0;
  GAP_WORD.lastIndex = 0;
  while (GAP_WORD.exec(s) !== null) n++;
  return n;
}

/** Compact quote of a match for messages; very long matches are shortened. */
export function quote(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ');
  return `"${oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine}"`;
}

/**
 * A tiny bounded cache for regexes built from options (lexicons, names). Options objects are
 * usually rebuilt per request, so the key is their content, not their identity.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max = 32) {}

  get(key: string, build: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    if (this.map.size >= this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
    return value;
  }
}
