/**
 * English places: where one "stays" (South African and Indian English for where one lives: "we stay
 * in Mamelodi") and a form's place field before a colon ("City: Boise", "Suburb: Rosebud"; "the
 * city, Boise Family Medicine…" names no one's town). Sentences are written for these tests, not
 * copied from tests/corpus; the text gate is off, as these lines are short.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] =>
  scanPhiText(text, { language: 'en', textGate: false })
    .filter((f) => f.kind === 'place')
    .map((f) => f.match);

describe('English places: stay in, and a form field', () => {
  it.each([
    ['My son and I stay in Mamelodi now, the clinic is far.', 'Mamelodi'],
    ['Patient address - Suburb: Rosebud, postcode on file.', 'Rosebud'],
    ['Claimant details. City: Pocatello. Employer: Snake River Foods.', 'Pocatello'],
    // Session 28: the fields of registers and forms outside the US
    ['Referral slip. Village: Nyakabanda, near the market. Danger sign: fever.', 'Nyakabanda'],
    ['Case form | Residence: Bukomansimbi | Onset: 3 days', 'Bukomansimbi'],
    ['Beneficiary card. Tehsil: Kharian. District: Gujrat.', 'Kharian'],
    // a place label keeps its other marks besides the colon
    ['Hometown (Kanab), and I still miss the red rock every day.', 'Kanab'],
  ])('%s', (text, place) => {
    expect(places(text)).toContain(place);
  });
  it.each(['Our clinic is in the city, Greenbriar Family Medicine is on Main St.', 'Town hall meeting tonight: parking in the rear lot.', 'Village life suits her: no traffic, fresh eggs, quiet nights.'])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
