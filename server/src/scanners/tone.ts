/**
 * Over-marketing tone: how dense superlatives and pressure phrases are, per 100 words. One
 * superlative is normal copy; a page full of "amazing", "act now" and "only 3 left" is not.
 */
import type { Finding, TextSegment } from './types';
import { APOS, SP, SPH0, WA, lowerSameLength, quote } from './match-utils';
import { eachWordMatchAt, eachWordMatchOfAllAt, wordCountOf, wordPattern } from './word-scan';
import { nativeRegExp } from './native-regexp';

export interface ToneOptions {
  /** Weighted hits per 100 words above which the tone is flagged. Default 3. */
  threshold?: number;
}

export interface ToneReport {
  words: number;
  superlatives: Finding[];
  pressure: Finding[];
  /** (superlatives + 2 × pressure) per 100 words. */
  density: number;
  threshold: number;
  /** density > threshold and at least two hits: a single word in a short text is not a pattern. */
  exceeded: boolean;
}

export const DEFAULT_TONE_THRESHOLD = 3;

const SUPERLATIVE_WORD_RE = nativeRegExp(
  `\\b(?:best|amazing|incredible|revolutionary|breakthrough|ultimate|unbelievable|life${SPH0}changing|world${SPH0}class|greatest|perfect|unbeatable|extraordinary|number${SP}one)${WA}`,
  'gu'
);
/** "#1" has its own regex (see eachWordMatchOfAllAt). */
const SUPERLATIVE_HASH_RE = /#1(?!\p{N})/gu;
const SUPERLATIVES = [wordPattern(SUPERLATIVE_WORD_RE), wordPattern(SUPERLATIVE_HASH_RE)];

const PRESSURE_RE = nativeRegExp(
  `\\b(?:` +
    [
      `limited[\\s\\u00a0\\-]{1,3}time`,
      `act${SP}(?:now|fast|today|quickly)`,
      `don${APOS}t${SP}(?:wait|delay|miss${SP}out)`,
      `do${SP}not${SP}(?:wait|delay|miss${SP}out)`,
      `hurry`,
      `only${SP}\\d{1,4}${SP}(?:(?:spots?|slots?|places?|seats?|appointments?|openings?|units?|kits?|packages?|days?|hours?)${SP})?(?:left|remaining)`,
      `call${SP}(?:us${SP})?(?:today|now)`,
      `book${SP}(?:now|today)`,
      `order${SP}(?:now|today)`,
      `buy${SP}(?:now|today)`,
      `last${SP}chance`,
      `before${SP}it${APOS}s${SP}too${SP}late`,
      `offer${SP}(?:ends|expires)`,
      `(?:ends|expires)${SP}(?:soon|tonight|today|at${SP}midnight)`,
      `while${SP}(?:supplies|stocks?)${SP}last`,
      `today${SP}only`,
      `selling${SP}(?:out${SP})?fast`,
      `(?:spots|slots|places|appointments)${SP}(?:are${SP})?filling${SP}(?:up${SP})?fast`,
      `now${SP}or${SP}never`,
    ].join('|') +
    `)${WA}`,
  'gu'
);
const PRESSURE = wordPattern(PRESSURE_RE);

export function measureTone(segments: TextSegment[], options: ToneOptions = {}): ToneReport {
  const threshold = options.threshold ?? DEFAULT_TONE_THRESHOLD;
  const superlatives: Finding[] = [];
  const pressure: Finding[] = [];
  let words = 0;
  for (const segment of segments) {
    const text = segment.text;
    const lower = lowerSameLength(text);
    words += wordCountOf(lower);
    eachWordMatchOfAllAt(SUPERLATIVES, lower, (m) => {
      const match = text.slice(m.index, m.index + m[0].length);
      superlatives.push({
        path: segment.path,
        match,
        kind: 'superlative',
        message: `${quote(match)} is a superlative; several of them read as hype: tone it down or say what is specifically true.`,
        offset: m.index,
      });
    });
    eachWordMatchAt(PRESSURE, lower, (m) => {
      const match = text.slice(m.index, m.index + m[0].length);
      pressure.push({
        path: segment.path,
        match,
        kind: 'pressure',
        message: `${quote(match)} pressures the reader to decide quickly, which is inappropriate for health decisions: remove it.`,
        offset: m.index,
      });
    });
  }
  const hits = superlatives.length + pressure.length;
  const density = words === 0 ? 0 : ((superlatives.length + 2 * pressure.length) * 100) / words;
  return { words, superlatives, pressure, density, threshold, exceeded: hits >= 2 && density > threshold };
}
