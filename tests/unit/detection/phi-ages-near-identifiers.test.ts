/**
 * Ages near identifiers (server/src/detection/phi/ages.ts `findAgesNearIdentifiers`; README.md,
 * "What the detectors catch"): in a text that already gives an identifier, a bare number of 90 to
 * 110 near it is an age after one of the pack's `ageCuesNearIdentifiers`, in apposition after a
 * comma, or with the sex ("97F"); a unit, a sign or a decimal keeps a measurement out, and a text
 * with no identifier gains nothing. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026, textGate: false };
const ES: PhiOptions = { language: 'es', currentYear: 2026, textGate: false };
const ages = (text: string, options: PhiOptions = EN): string[] => scanPhiText(text, options).filter((f) => f.kind === 'age-over-89').map((f) => f.match);

/** [a text with an identifier, the age, the same words without the identifier] */
const FOUND: Array<[string, string, string]> = [
  ['Maternal grandmother living, 93, in a home near Tupelo; MRN 4471-206.', '93', 'Maternal grandmother living, 93, in a home near the river.'],
  ['Bed 7: 98F, hip fx, son Arlo wants a call at 515-555-0133.', '98F', 'Bed 7: 98F, hip fx, waiting for the surgeon.'],
  ['Her aunt passed at 101 last spring. MRN 4471-206.', '101', 'Her aunt passed at 101 last spring, surrounded by friends.'],
];

/** Numbers near an identifier that are measurements or codes, not ages. */
const MEASUREMENTS: string[] = [
  'Pt Lorna Dee, 515-555-0133: SpO2 94% on room air, HR 96 bpm.',
  'Call 515-555-0133 about the BP of 142/90 from Monday.',
  'Daughter Arlo, 515-555-0133, says the glucose was 98.6 this morning.',
  'Son Arlo at 515-555-0133 paid $100 for the walker.',
];

describe('ages near identifiers', () => {
  it.each(FOUND)('%s → %s', (text, age) => {
    expect(ages(text)).toContain(age);
  });
  it.each(FOUND.map(([, age, bare]) => [bare, age] as const))('no identifier, no age: %s', (text, age) => {
    expect(ages(text)).not.toContain(age);
  });
  it.each(MEASUREMENTS)('a measurement is no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
  it('a pack without ageCuesNearIdentifiers gets nothing from here (the PHI reader reads 98 as an age)', () => {
    expect(ages('Cama 7: 98F, fractura de cadera; su hijo Arlo al 515-555-0133.', { ...ES, reader: false })).toEqual([]);
    expect(ages('Cama 7: 98F, fractura de cadera; su hijo Arlo al 515-555-0133.', ES)).toEqual(['98']);
    expect(ages('Bed 7: 98F, hip fracture; her son Arlo at 515-555-0133.', EN)).toEqual(['98F']);
  });
});
