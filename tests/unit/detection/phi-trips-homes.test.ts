/**
 * English PHI families of places, homes, phones and people carried somewhere
 * (server/src/detection/phi/README.md): places after "through" and "outside of", a town before a
 * weekday; a house number with a suffix-less street in words about the writer or a relative; a
 * phone after a contact verb and a given name in an organisation's text; a bare link at the very
 * start of a text; a name carried somewhere ("drive Jayden to practice") or owning an injury
 * within four words; and the organisation's look-alikes (an event's place, a staff biography, a
 * weekday after "moved to"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const found = (text: string, span: string, options: PhiOptions = EN): boolean => phiFindsSpan(text, span, options);

const POSITIVES: Array<[string, string]> = [
  // places
  ['Hauled a load through Amarillo with my chest tight the whole way.', 'Amarillo'],
  ['Our place outside of Grand Island floods every spring, and my knees know it.', 'Grand Island'],
  ["I will be in Lafayette Sunday for my grandmother's birthday.", 'Lafayette'],
  // homes without a street suffix
  ["Mom's at 418 Briarwood now, the ground-floor unit.", '418 Briarwood'],
  ['Soup night is at my place this week, 27 Larkspur, bring bowls.', '27 Larkspur'],
  // a named person's phone in an organisation's text
  ['Book fair sign-ups: call Trina at 402-555-0163 by Friday.', '402-555-0163'],
  ['For a ride to the blood drive, text Rhonda 515-555-0121.', '515-555-0121'],
  // a bare profile link at the start of the text
  ['linktr.ee/wes.after.stroke has every update and the meal calendar', 'linktr.ee/wes.after.stroke'],
  // people carried somewhere, or owning an injury
  ['Can anyone drive Kiana to practice Thursday? Her mom is in the hospital.', 'Kiana'],
  ['we picked Tessa up after her MRI and got milkshakes', 'Tessa'],
  ["Brody's out with a concussion, so he sits this Saturday", 'Brody'],
  ['my little man Ezra turned 4 and rang the bell today', 'Ezra'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [EN, "Join us for a free dinner seminar on knee pain at Giordano's in Schaumburg."],
  [EN, 'Meet our new PA, Renata Flores, who joins us from Ann Arbor.'],
  [EN, 'Chair yoga moved to Thursdays in the activity room.'],
  [EN, 'Order forms are due through Palm Sunday.'],
  [EN, 'At 94 Harold still mows his own lawn, and I love that for him.'],
  [EN, 'My room is 402 Orchid on the fourth floor, next to the nurses.'],
  [EN, 'Call our scheduler Jenny at 402-555-0100 to book your screening.'],
  [EN, 'We drove Tylenol to the shelter along with blankets.'],
  [EN, "My aunt has Addison's disease and manages it with pills."],
  [ES, 'Mi tía vive en la casa de al lado y los sábados vamos al mercado.'],
];

/**
 * The contact verbs and number nouns come from the language pack (`contactVerbs`, `numberNouns`):
 * Spanish gets its own, so a named person's number in an organisation's Spanish text is theirs.
 */
const SPANISH_POSITIVES: Array<[string, string]> = [
  ['Rifa a beneficio de la parroquia: para boletos llame a Marta al 915-555-0132.', '915-555-0132'],
  ['Colecta de la clínica para la familia: el cel de Rosario: 915-555-0140.', '915-555-0140'],
];

describe('a named person\'s number in an organisation\'s Spanish text', () => {
  it.each(SPANISH_POSITIVES)('%s → %s', (text, span) => {
    expect(found(text, span, ES)).toBe(true);
  });
  it('a staff member named after a profession keeps the number the organisation\'s', () => {
    expect(scanPhiText('Rifa a beneficio de la parroquia: para boletos llame a nuestra coordinadora Marta al 915-555-0132.', ES)).toEqual([]);
  });
});

describe('places, homes, phones and carried people (English)', () => {
  it.each(POSITIVES)('%s → %s', (text, span) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(found(text, span, { ...EN, textGate: false })).toBe(true);
  });
  it.each(NEGATIVES)('stays negative: %#', (options, text) => {
    expect(scanPhiText(text, options)).toEqual([]);
  });
});

/**
 * The titles before a name apposed to a relation come from the language pack (`staffTitles`):
 * the Spanish pack holds the English titles the shared code used to hold, so Spanish text keeps
 * its findings.
 */
describe('a title before a name apposed to a relation (staffTitles)', () => {
  it.each([
    ['Thanks to Coach Dale, my uncle, for the ride.', EN],
    ['Gracias a Coach Dale, mi tío, por llevarme.', ES],
    ['Gracias al Senator Dale, mi tío, por llevarme.', ES],
  ] as Array<[string, PhiOptions]>)('%s → staff, no relative', (text, options) => {
    expect(scanPhiText(text, options)).toEqual([]);
  });
  it.each([
    ['Thanks to Dale, my uncle, for the ride.', EN],
    ['Gracias a Dale, mi tío, por llevarme.', ES],
  ] as Array<[string, PhiOptions]>)('%s → Dale', (text, options) => {
    expect(found(text, 'Dale', options)).toBe(true);
  });
});
