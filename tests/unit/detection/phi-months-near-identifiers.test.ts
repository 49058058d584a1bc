/**
 * A month named alone after a cue is a date in a text that already gives an identifier, near it
 * (server/src/detection/phi/dates.ts, findMonthsNearIdentifiers; 45 CFR 164.514(b)(2)(i)(C): every
 * element of a date but the year): "bypass in March", "nacerá en agosto". A text with no other
 * identifier gains nothing, "may" the verb is no month, and a month with its day is the other
 * detectors'. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: string): string[] => scanPhiText(text, { language }).map((f) => `${f.kind}: ${f.match}`);

describe('months near identifiers', () => {
  it.each([
    ['en', 'Grandpa Walt had his bypass in March, call my cell 517-555-0182 if you want to visit.', 'date: March'],
    ['es', 'Mi hija Ximena nacerá en agosto, la cesárea ya está programada en el Hospital Ángeles.', 'date: agosto'],
  ])('%s: %s', (language, text, expected) => {
    expect(found(text, language)).toContain(expected);
  });
  it.each([
    ['en', 'Flu shots start in October at all of our locations.'],
    ['en', 'You may feel tired in the first weeks after the surgery.'],
  ])('%s: nothing: %s', (language, text) => {
    expect(found(text, language)).toEqual([]);
  });
  it('"may" the verb stays a verb next to an identifier', () => {
    expect(found('My son Eli may need the inhaler in gym, call 517-555-0182.', 'en')).not.toContain('date: may');
  });
});
