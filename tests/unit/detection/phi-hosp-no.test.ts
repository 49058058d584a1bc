/**
 * "Hosp No." (a British and Irish hospital number, written short without its dot): a record
 * number's label, as "Hospital No." is (server/src/detection/phi/packs/en.ts, `idLabels`). A
 * clinic's number is its phone, not a label. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const records = (text: string): string[] =>
  scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'medical-record-number').map((f) => f.match);

describe('a hospital number written short', () => {
  it.each([
    ['Booked for the scope on the 9th, Hosp No M330418, fasting from midnight.', 'M330418'],
    ['Bloods back for Mrs Keane (hosp no 6620195) — all within range.', '6620195'],
  ])('%s', (text, id) => {
    expect(records(text)).toEqual([id]);
  });

  it('reads no record in a clinic number', () => {
    expect(records('Lost your appointment card? Ring the clinic number, 028 9063 3000, between 9 and 4.')).toEqual([]);
  });
});
