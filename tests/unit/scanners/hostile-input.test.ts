/**
 * Each scanner must finish on ~1 MB of adversarial text (no catastrophic backtracking, no
 * quadratic loops). Timing is measured by the benchmark, not here: these tests only prove the
 * scanners complete and return well-formed results on input designed to hurt regexes.
 */
import * as matchUtils from '../../../server/src/scanners/match-utils';
import {
  extractReferences,
  findEstablishmentClaims,
  findHealthClaims,
  findMaterialConnectionDisclosure,
  findOutcomeStatements,
  findTypicalResultsStatement,
  hasReferenceText,
  measureTone,
  scanPhi,
  scanProhibitedClaims,
} from '../../../server/src/scanners';
import type { Finding, TextSegment } from '../../../server/src/scanners';

// Generous: a slow CI machine must not turn this into a timing test.
jest.setTimeout(120_000);

const SIZE = 1 << 20;

function repeat(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const UNITS: Array<[string, string]> = [
  ['digits', '1234567890'],
  ['one digit', '1'],
  ['dashes', '-'],
  ['dots', '.'],
  ['at signs', '@'],
  ['spaces', ' '],
  ['newlines', '\n'],
  ['letters', 'a'],
  ['digit-dash chain', '1-'],
  ['digit-dot chain', '1.'],
  ['digit-colon chain', '1:'],
  ['digit-slash chain', '1/'],
  ['plus and digits', '+1111111111111111111111 '],
  ['email-ish', 'a@b.'],
  ['schemes', 'http://'],
  ['scheme and ports', 'http://:1'],
  ['www', 'www.'],
  ['social', 'x.com/'],
  ['hashtags', '#'],
  ['hash one', '#1'],
  ['near-miss cure', 'cur'],
  ['negated cure', 'not cure '],
  ['near-miss guarantee', 'guarante'],
  ['no no no', 'no '],
  ['outcome prefix', 'my pain '],
  ['went from', 'went from 1 '],
  ['only N', 'only 1 '],
  ['ages', "I'm 95 "],
  ['state and zip', 'CA 12345 '],
  ['street-ish', '123 Main '],
  ['months', 'March 3 '],
  ['labels', 'account # '],
  ['serials', 'SN-1-'],
  ['doi prefix', '10.1000/'],
  ['pmid', 'PMID '],
  ['parentheses', ')('],
  ['hex and colons', 'fe80::'],
  ['clinically', 'clinically '],
  ['results may', 'results may '],
  ['phone shapes', '555-201-3344 '],
  ['dotted ips', '192.168.1.1.'],
  ['dotless I', '\u0130'],
  ['accented', '\u00e9'],
  ['emoji', '\u{1F600}'],
  ['mixed', 'Call 555-201-3344, MRN: 4481-22, March 3, 2021, our tea cures arthritis, guaranteed, #ad, best, act now! '],
];

const PHI_OPTIONS = {
  subjectNames: ['Jane Doe', 'a'],
  allowedPhones: ['555-201-0000'],
  allowedDomains: ['sunriseclinic.com'],
};

function expectFindings(result: Finding[]): void {
  expect(Array.isArray(result)).toBe(true);
  for (const f of result.slice(0, 50)) {
    expect(typeof f.kind).toBe('string');
    expect(typeof f.offset).toBe('number');
  }
}

function runAll(segments: TextSegment[]): void {
  expectFindings(scanPhi(segments, PHI_OPTIONS));
  expectFindings(scanProhibitedClaims(segments, { add: ['detox', '#1 secret'], remove: ['cure'] }));
  expectFindings(findEstablishmentClaims(segments));
  expectFindings(findHealthClaims(segments));
  expectFindings(findOutcomeStatements(segments));
  const disclosure = findMaterialConnectionDisclosure(segments);
  expect(disclosure === null || typeof disclosure.match === 'string').toBe(true);
  const typical = findTypicalResultsStatement(segments);
  expect(typical === null || typeof typical.match === 'string').toBe(true);
  const tone = measureTone(segments);
  expectFindings(tone.superlatives);
  expectFindings(tone.pressure);
  expect(Number.isFinite(tone.density)).toBe(true);
  expect(Array.isArray(extractReferences(segments.map((s) => s.text)))).toBe(true);
  expect(typeof hasReferenceText(segments[0]?.text ?? '')).toBe('boolean');
}

describe('scanners on 1 MB of hostile text', () => {
  it.each(UNITS)('%s', (_name, unit) => {
    const text = repeat(unit);
    expect(text.length).toBe(SIZE);
    runAll([{ path: ['body'], text }]);
  });

  it('many small segments', () => {
    const segments: TextSegment[] = [];
    for (let i = 0; i < 10_000; i++) segments.push({ path: ['items', String(i), 'text'], text: repeat(UNITS[i % UNITS.length]![1], 100) });
    runAll(segments);
  });

  it('finds what it should in the mixed text', () => {
    const text = repeat('Call 555-201-3344, MRN: 4481-22, March 3, 2021, our tea cures arthritis, guaranteed, #ad, best, act now! ');
    const kinds = new Set(scanPhi([{ path: ['body'], text }]).map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['date', 'medical-record-number', 'phone']);
    expect(scanProhibitedClaims([{ path: ['body'], text }]).length).toBeGreaterThan(10_000);
  });
});

describe('memory held between scans', () => {
  it('bounds the lower-casing cache by size, not only by count', () => {
    const { lowerSameLength, lowerCacheUsage } = matchUtils;
    for (let i = 0; i < 16; i += 1) lowerSameLength(`${i} ${'Clinic Text '.repeat(50_000)}`);
    const usage = lowerCacheUsage();
    expect(usage.chars).toBeLessThanOrEqual(usage.maxChars);
    expect(usage.entries).toBeLessThan(16);
    lowerSameLength(`huge ${'x'.repeat(usage.maxChars + 1)}`);
    expect(lowerCacheUsage().chars).toBeLessThanOrEqual(usage.maxChars);
  });
});

describe('lower-casing long texts', () => {
  it('shares the copy of a text too long for the cache between scanners, then lets it go', async () => {
    const { lowerSameLength, lowerCacheUsage } = matchUtils;
    const text = `Huge ${'Clinic TEXT '.repeat(Math.ceil(lowerCacheUsage().maxChars / 12) + 1)}`;
    const first = lowerSameLength(text);
    expect(first).toBe(text.toLowerCase());
    expect(lowerCacheUsage().largeChars).toBe(text.length);
    expect(lowerSameLength(text)).toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lowerCacheUsage().largeChars).toBe(0);
    expect(lowerCacheUsage().chars).toBeLessThanOrEqual(lowerCacheUsage().maxChars);
  });

  it('keeps offsets for the dotted capital I, which lower-cases to two code units', () => {
    const text = `\u0130stanbul ${'\u0130'.repeat(5000)} CLINICALLY proven`;
    const lower = matchUtils.lowerSameLength(text);
    expect(lower.length).toBe(text.length);
    expect(lower.startsWith('istanbul iiii')).toBe(true);
    expect(lower.endsWith('clinically proven')).toBe(true);
    expect(findEstablishmentClaims([{ path: ['body'], text }]).map((f) => f.match)).toEqual(['CLINICALLY proven']);
  });
});
