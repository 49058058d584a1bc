/**
 * A name after an honorific near a school, program or clinic role is staff (the English pack's
 * professions gain para, supervisor, leader, accompanist, CDCES, professor, principal,
 * librarian, interpreter, translator, lifeguard, caseworker, administrator, clerk, secretary); a
 * relative named with a relation stays. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('staff named with an honorific', () => {
  it.each([
    'Bus 4 is late today; our para, Ms. Whitcombe, will meet the kids at the curb.',
    'Night shift supervisor: Mr. Abernathy. Call ext. 40 for coverage.',
    'The Spanish interpreter, Mrs. Quintero, joins the visit by video.',
    'Ask the camp lifeguard, Mr. Faleolo, about the swim test.',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('a relative stays', () => {
    expect(found('My brother Curtis, a high school teacher, drives me to dialysis.')).toEqual(['relative-name: Curtis']);
  });
});
