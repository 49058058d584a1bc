/**
 * The lexicon scanners' patterns (establishment and health claims, disclosures, outcome and
 * typical-results statements, tone) found together: one pass of the claim grammar's trigger
 * prefilter (server/src/detection/claims/prefilter.ts) over the lower-cased text lists every word
 * start where each pattern could begin a match, and each pattern's regex then runs, sticky, only
 * there. The lists are cached with the text, so the scanners of one evaluation share one pass
 * instead of each running its regex over the whole text (README.md, "The checklist": scanners are
 * linear, and a regex is not run once per word of the text when it can be avoided).
 *
 * The matches are exactly those of `eachWordMatch` / `firstWordMatch` with the global regex: the
 * prefixes may over-approximate where a match can begin, never miss one, and a pattern whose
 * beginnings are unknown falls back to the whole-text scan.
 */
import { NO_POSITIONS, buildPrefilter, collectAt } from '../detection/claims/prefilter';
import type { Prefilter } from '../detection/claims/prefilter';
import { eachWordMatch, firstWordMatch, isNegated, isWordCharBefore, lowerSameLength, quote } from './match-utils';
import type { Finding, TextSegment } from './types';
import { nativeRegExp } from './native-regexp';

/** A pattern scanned with the others (see `wordPattern`). */
export interface WordPattern {
  readonly index: number;
  /** The global regex: what the pattern matches, and the whole-text scan when its beginnings are unknown. */
  readonly global: RegExp;
  /** The same pattern with the sticky flag instead of the global one: tried at candidate positions. */
  readonly sticky: RegExp;
}

const patterns: WordPattern[] = [];
let prefilter: Prefilter | null = null;

/**
 * Adds a global regex (run on lower-cased text, so without the `i` flag) to the patterns found by
 * the shared pass. Scanners call this once per regex when their module loads.
 */
export function wordPattern(global: RegExp): WordPattern {
  if (!global.global || global.sticky) throw new Error(`word pattern needs the g flag and not y: /${global.source}/${global.flags}`);
  // The prefilter compares code units as they are: a case-insensitive pattern would be missed.
  if (global.ignoreCase) throw new Error(`word pattern must not have the i flag (it runs on lower-cased text): /${global.source}/`);
  const pattern: WordPattern = { index: patterns.length, global, sticky: nativeRegExp(global.source, global.flags.replace('g', 'y')) };
  patterns.push(pattern);
  // Positions computed so far lack the new pattern.
  prefilter = null;
  clearPositions();
  return pattern;
}

function compiled(): Prefilter {
  return (prefilter ??= buildPrefilter(patterns.map((pattern) => pattern.global.source)));
}

// ---------------------------------------------------------------------------------------------
// The pass

/** What one pass over a lower-cased text found. */
interface Scan {
  /** Where each pattern could begin a match, by pattern index, in increasing order. */
  positions: readonly (readonly number[])[];
  /** Whitespace-separated words (measureTone's count; lower-casing changes no whitespace). */
  words: number;
}

/** Per code unit: 1 an ASCII letter, digit or "_"; 2 beyond ASCII (looked at with isWordCharBefore); 8 whitespace. */
const WORD = 1;
const NON_ASCII = 2;
const SPACE = 8;
const FLAGS = new Uint8Array(0x10000);
FLAGS.fill(NON_ASCII, 128);
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c))) FLAGS[c] = WORD;
// Tab to carriage return, space, no-break space, line and paragraph separators, ideographic space.
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x2028, 0x2029, 0x3000]) FLAGS[c] = (FLAGS[c] as number) | SPACE;

/**
 * One left-to-right pass: at each position where no letter, digit or underscore precedes (the
 * matches eachWordMatch accepts), the prefilter's table is walked along the following characters
 * and every pattern whose prefixes it reaches gets the position. The same positions as the claim
 * grammar's `triggerPositions`, with the word count measureTone needs read in the same pass.
 */
function scanText(pf: Prefilter, lower: string): Scan {
  const positions: number[][] = new Array<number[]>(pf.count).fill(NO_POSITIONS);
  const { classOf, next } = pf;
  const n = lower.length;
  let words = 0;
  let prevSpace = SPACE;
  let prevFlags = 0;
  for (let p = 0; p < n; p++) {
    const c = lower.charCodeAt(p);
    const flags = FLAGS[c] as number;
    // A word begins where a non-space follows a space (or the start).
    words += (prevSpace & ~flags) >> 3;
    prevSpace = flags & SPACE;
    const before = prevFlags;
    prevFlags = flags;
    if ((before & WORD) !== 0) continue;
    const k0 = classOf[c] as number;
    if (k0 === 0) continue;
    const node = next[k0] as number; // the root's row is row 0
    if (node === 0) continue;
    if ((before & NON_ASCII) !== 0) {
      if (isWordCharBefore(lower, p)) continue;
      // The second half of a surrogate pair never starts a match of a unicode regex.
      if ((c & 0xfc00) === 0xdc00 && (lower.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue;
    }
    collectAt(pf, lower, p, node, positions);
  }
  return { positions, words };
}

// ---------------------------------------------------------------------------------------------
// Scans per lower-cased text, bounded like lowerSameLength's cache (match-utils.ts).

const CACHE_SIZE = 64;
/** A server keeps this cache for its lifetime: bound the text it holds, not just the count. */
const CACHE_MAX_CHARS = 2_000_000;
const cache = new Map<string, Scan>();
let cacheChars = 0;
/** A text too long for the cache is kept, with its scan, only until the current synchronous work ends. */
let large: { lower: string; scan: Scan } | null = null;
let largeReleaseScheduled = false;

function clearPositions(): void {
  cache.clear();
  cacheChars = 0;
  large = null;
}

function releaseLarge(): void {
  large = null;
  largeReleaseScheduled = false;
}

/** The pass over `lower`, computed once while the text stays in the cache. */
function scanOf(lower: string): Scan {
  if (lower.length > CACHE_MAX_CHARS) {
    if (large !== null && large.lower === lower) return large.scan;
    large = { lower, scan: scanText(compiled(), lower) };
    if (!largeReleaseScheduled) {
      largeReleaseScheduled = true;
      setImmediate(releaseLarge);
    }
    return large.scan;
  }
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const scan = scanText(compiled(), lower);
  while (cache.size && (cache.size >= CACHE_SIZE || cacheChars + lower.length > CACHE_MAX_CHARS)) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
    cacheChars -= oldest.length;
  }
  cache.set(lower, scan);
  cacheChars += lower.length;
  return scan;
}

/**
 * Whitespace-separated words of the text whose lower-cased copy is `lower` (tab to carriage
 * return, space, no-break space, line and paragraph separators, ideographic space), read in the
 * shared pass.
 */
export function wordCountOf(lower: string): number {
  return scanOf(lower).words;
}

/** The patterns registered so far, and those whose beginnings the prefilter cannot tell (scanned whole). */
export const wordPatterns = (): { all: readonly WordPattern[]; unfiltered: readonly WordPattern[] } => ({
  all: patterns,
  unfiltered: patterns.filter((pattern) => compiled().unfiltered[pattern.index]),
});

/** What the positions cache holds now (for tests and diagnostics). */
export const wordScanCacheUsage = () => ({ entries: cache.size, chars: cacheChars, largeChars: large === null ? 0 : large.lower.length });

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * Where `pattern` could begin a match in `lower` (increasing; a superset of its matches' starts at
 * word starts), or null when its beginnings are unknown and any position may hold one.
 */
export function candidateStarts(pattern: WordPattern, lower: string): readonly number[] | null {
  const positions = scanOf(lower).positions;
  return compiled().unfiltered[pattern.index] ? null : (positions[pattern.index] as readonly number[]);
}

/** Same matches, in the same order, as `eachWordMatch(pattern.global, lower, onMatch)`. */
export function eachWordMatchAt(pattern: WordPattern, lower: string, onMatch: (m: RegExpExecArray) => void): void {
  const positions = scanOf(lower).positions;
  if (compiled().unfiltered[pattern.index]) {
    eachWordMatch(pattern.global, lower, onMatch);
    return;
  }
  const re = pattern.sticky;
  // A global scan resumes after each match: a position inside the previous match is not tried.
  let end = 0;
  for (const p of positions[pattern.index] as readonly number[]) {
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(lower);
    if (m === null || m[0].length === 0) continue;
    end = p + m[0].length;
    onMatch(m);
  }
}

/** Same as `firstWordMatch(pattern.global, lower, accept)`: a rejected match resumes one character on. */
export function firstWordMatchAt(
  pattern: WordPattern,
  lower: string,
  accept: (m: RegExpExecArray) => boolean = () => true
): RegExpExecArray | null {
  const positions = scanOf(lower).positions;
  if (compiled().unfiltered[pattern.index]) return firstWordMatch(pattern.global, lower, accept);
  const re = pattern.sticky;
  for (const p of positions[pattern.index] as readonly number[]) {
    re.lastIndex = p;
    const m = re.exec(lower);
    if (m !== null && m[0].length > 0 && accept(m)) return m;
  }
  return null;
}

/**
 * eachWordMatchAt over several patterns as if they were one alternation, in text order: a match
 * that starts inside an earlier reported match is dropped, as the single scan would have resumed
 * after it. This equals the single scan as long as no match of one pattern starts inside a match
 * of another and ends after it (true for the callers, whose "#" patterns and word patterns end on
 * the same word). A "#" branch is kept out of the word patterns' alternation because it cost every
 * word position dearly in a whole-text scan (V8 then ran the whole pattern at each position).
 */
export function eachWordMatchOfAllAt(list: readonly WordPattern[], lower: string, onMatch: (m: RegExpExecArray) => void): void {
  const found: RegExpExecArray[] = [];
  for (const pattern of list) eachWordMatchAt(pattern, lower, (m) => found.push(m));
  if (list.length > 1) found.sort((a, b) => a.index - b.index);
  let end = 0;
  for (const m of found) {
    if (m.index < end) continue;
    end = m.index + m[0].length;
    onMatch(m);
  }
}

/**
 * Every match of `list` in each segment that is not negated in the words before it, as a finding
 * of `kind` whose message `describe` words from the quoted match.
 */
export function findUnnegated(segments: TextSegment[], list: readonly WordPattern[], kind: string, describe: (quoted: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segments) {
    const text = segment.text;
    eachWordMatchOfAllAt(list, lowerSameLength(text), (m) => {
      if (isNegated(text, m.index)) return;
      const match = text.slice(m.index, m.index + m[0].length);
      findings.push({ path: segment.path, match, kind, message: describe(quote(match)), offset: m.index });
    });
  }
  return findings;
}
