/**
 * The shared word-start pass of the lexicon scanners (server/src/scanners/word-scan.ts) must find
 * exactly what a whole-text scan of each global regex finds (eachWordMatch / firstWordMatch in
 * match-utils.ts): same starts, same spans, same order, on prose, hostile runs and text whose
 * separators and neighbours of words are mutated.
 */
import '../../../server/src/scanners';
import { eachWordMatch, firstWordMatch, lowerSameLength } from '../../../server/src/scanners/match-utils';
import {
  eachWordMatchAt,
  eachWordMatchOfAllAt,
  firstWordMatchAt,
  wordPattern,
  wordPatterns,
  candidateStarts,
  wordCountOf,
  wordScanCacheUsage,
} from '../../../server/src/scanners/word-scan';
import { adversarialInputs, prng, realisticProse } from '../../../bench/lib/corpus';

const spans = (collect: (push: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  collect((m) => out.push(`${m.index}:${m[0]}`));
  return out;
};

/** Text with the characters the prefilter folds or skips next to words: other spaces, digits, "#", accents, emoji, "_". */
function mutated(text: string, seed: number): string {
  const random = prng(seed);
  const seps = [' ', '  ', '\u00a0', '\t', '\n', '\u2028', '-', '_', '', "'", '\u2019', '#', '#1 ', '\u{1F600}', '1', '\u0663', '\u00e9', '\u0301', '\u0130'];
  return text.replace(/ /g, () => (random() < 0.2 ? (seps[Math.floor(random() * seps.length)] as string) : ' '));
}

const SAMPLES = [
  realisticProse(60_000, 11),
  mutated(realisticProse(60_000, 12), 3),
  mutated(realisticProse(20_000, 13).toUpperCase(), 4),
  ...adversarialInputs(4_000).map((input) => input.text),
  'The #1 doctor recommended cream, #1! Clinically-proven; a#1 x_best _#ad #ad. I lost 40 pounds; my back pain is gone.',
];

describe('wordPattern', () => {
  it('refuses a regex without the g flag, with the y flag, or with the i flag', () => {
    expect(() => wordPattern(/best/u)).toThrow(/g flag/);
    expect(() => wordPattern(/best/guy)).toThrow(/g flag/);
    expect(() => wordPattern(/best/giu)).toThrow(/i flag/);
  });

  it('knows where every scanner pattern can begin (none is left to a whole-text scan)', () => {
    const { all, unfiltered } = wordPatterns();
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(unfiltered.map((pattern) => pattern.global.source)).toEqual([]);
  });
});

describe('every scanner pattern at its candidate positions', () => {
  it.each(SAMPLES.map((text, index) => [index, text] as const))('finds what the whole-text scan finds (sample %i)', (_, text) => {
    const lower = lowerSameLength(text);
    for (const pattern of wordPatterns().all) {
      const expected = spans((push) => eachWordMatch(pattern.global, lower, push));
      expect(spans((push) => eachWordMatchAt(pattern, lower, push))).toEqual(expected);
      // The first match that a caller accepts: every other one is refused, as a negation would.
      let seen = 0;
      const accept = () => ++seen % 2 === 0;
      const first = firstWordMatch(pattern.global, lower, accept);
      seen = 0;
      const firstAt = firstWordMatchAt(pattern, lower, accept);
      expect(firstAt && `${firstAt.index}:${firstAt[0]}`).toEqual(first && `${first.index}:${first[0]}`);
    }
  });
});

describe('eachWordMatchAt and firstWordMatchAt', () => {
  const cure = wordPattern(/\b(?:cures?|cured)(?![\p{L}\p{N}_])/gu);
  const hash = wordPattern(/#1(?!\p{N})/gu);

  it('finds a word at word starts only (a look-alike inside a word is not a match)', () => {
    const lower = lowerSameLength('It cures. Secured, procures, cured_x, écure, cure!');
    expect(spans((push) => eachWordMatchAt(cure, lower, push))).toEqual(['3:cures', '45:cure']);
    expect(firstWordMatchAt(cure, lower)?.index).toBe(3);
    expect(firstWordMatchAt(cure, lower, (m) => m.index > 3)?.index).toBe(45);
    expect(firstWordMatchAt(cure, lowerSameLength('secure, insecure'))).toBeNull();
  });

  it('merges several patterns in text order and drops a match inside an earlier one', () => {
    const lower = lowerSameLength('#1 cure, then cured #1 and x#1');
    expect(spans((push) => eachWordMatchOfAllAt([cure, hash], lower, push))).toEqual(['0:#1', '3:cure', '14:cured', '20:#1']);
  });

  it('falls back to a whole-text scan for a pattern whose beginnings are unknown', () => {
    const anyLetters = wordPattern(/\p{L}{2}z(?![\p{L}\p{N}_])/gu);
    expect(wordPatterns().unfiltered).toContain(anyLetters);
    const lower = lowerSameLength('ahz quiz, xyz');
    expect(spans((push) => eachWordMatchAt(anyLetters, lower, push))).toEqual(spans((push) => eachWordMatch(anyLetters.global, lower, push)));
    expect(firstWordMatchAt(anyLetters, lower)?.[0]).toBe('ahz');
  });

  it('lists where a pattern could begin (every match start among them, none inside a word), or null when it cannot tell', () => {
    const lower = lowerSameLength('Cures secure cured; cure_x cur');
    const starts = candidateStarts(cure, lower);
    expect(starts).toEqual(expect.arrayContaining([0, 13, 20]));
    expect(starts).not.toContain(8);
    expect(spans((push) => eachWordMatch(cure.global, lower, push)).every((span) => starts?.includes(Number(span.split(':')[0])))).toBe(true);
    expect(candidateStarts(wordPattern(/[\p{L}]{2}q/gu), lower)).toBeNull();
  });

  it('a pattern added after a text was scanned is found in that text too', () => {
    const lower = lowerSameLength('a late word: zebra');
    expect(spans((push) => eachWordMatchAt(cure, lower, push))).toEqual([]);
    const zebra = wordPattern(/\bzebra(?![\p{L}\p{N}_])/gu);
    expect(spans((push) => eachWordMatchAt(zebra, lower, push))).toEqual(['13:zebra']);
  });
});

describe('the positions cache', () => {
  it('keeps a bounded number of texts, and a text over its limit only until the current work ends', async () => {
    for (let i = 0; i < 100; i++) firstWordMatchAt(wordPatterns().all[0]!, lowerSameLength(`text ${i} is cured`));
    const usage = wordScanCacheUsage();
    expect(usage.entries).toBeLessThanOrEqual(64);
    const long = lowerSameLength(`${'cured. '.repeat(300_000)}`);
    const pattern = wordPatterns().all[0]!;
    firstWordMatchAt(pattern, long);
    expect(wordScanCacheUsage().largeChars).toBe(long.length);
    expect(wordScanCacheUsage().chars).toBeLessThanOrEqual(2_000_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(wordScanCacheUsage().largeChars).toBe(0);
  });
});

describe('wordCountOf', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    [' two  words ', 2],
    ['tab\tline\nfeed\u00a0nbsp\u2028sep\u3000ideo', 6],
    ['hyphen-ated, punctuated! still two', 4],
    ['\u{1F600} \u00e9t\u00e9 \u0130stanbul', 3],
    ['no\u2009thin-space split', 2],
  ])('counts the whitespace-separated words of %j', (text, words) => {
    expect(wordCountOf(lowerSameLength(text))).toBe(words);
  });
});
