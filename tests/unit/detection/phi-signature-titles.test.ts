/**
 * A dash signature with a job title after the name, or a staff title as its first word, signs a
 * staff member (server/src/detection/phi/names.ts, jobTitleAfter; the pack's jobTitleWords and
 * staffTitles); a signature with a place or a relation stays somebody's. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('signatures of staff', () => {
  it.each([
    'Lockers are emptied every Friday at 6. \u2014 Renata Olsen, volunteer coordinator',
    'Firmware updated, battery tested at 98%. \u2014 Omar K., field tech',
    'We will review your concern within five business days. \u2014 Priya Natarajan, Patient Representative',
    'Ten laps today, nice work everyone! \u2014 Coach Darnell',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('a signature with a town stays', () => {
    expect(found('Thank you for getting Mom home safe. \u2014 Renata Olsen, Duluth')).toEqual(
      expect.arrayContaining(['person-name: Renata Olsen', 'place: Duluth'])
    );
  });
});
