/**
 * Mobile numbers in the national format of the UK, Australia, New Zealand, Ireland, South Africa,
 * the Philippines and India (server/src/detection/phi/shapes.ts, NATIONAL_MOBILE_RE), checked with
 * libphonenumber-js for their country, and landlines of the UK and Ireland; written without spaces, only after a word that introduces a
 * contact (NATIONAL_CONTACT_BEFORE). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('national mobile numbers', () => {
  it.each([
    ['Text my son Callum on 07700 900418 if she gets confused again.', '07700 900418'],
    ['Nan is home from the hospital, ring Aunty Bev on 0412 345 678 for visits.', '0412 345 678'],
    ['My brother Tane is on 021 555 0187 for rides to dialysis.', '021 555 0187'],
    ['Contact her daughter Siobhán on 087 555 0142 after six.', '087 555 0142'],
    ['WhatsApp Gogo\u2019s neighbour Thandi on 082 555 1234.', '082 555 1234'],
    ['Pa-text po si Kuya sa 0917 555 0142, salamat.', '0917 555 0142'],
    ['For the alliance, contact uncle Suresh: 98450 55512.', '98450 55512'],
  ])('a phone: %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });
  it.each([
    ['Gogo had a fall at home, ring her grandson on 0837720146 before noon.', '0837720146'],
    ['Mum is out of hospital, her number is 0412555783 if you want to visit.', '0412555783'],
  ])('a phone written without spaces after a contact word: %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });
  it.each([
    ['Nan is back home, her landline is 0161 555 0923 if the ward needs her.', '0161 555 0923'],
    ['Son Gareth in Cardiff, home phone 029 2018 3344, please ring after six.', '029 2018 3344'],
  ])('a landline of the UK: %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });
  it.each([
    'Invoice 0837720146 was paid in full on the day of the visit.',
    'The 2024 cohort had 0412 participants in total.',
    'Dose 07 mg at 0900 and 1700.',
    'Ref 12345 67890 is not a valid Indian mobile number.',
  ])('no phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
