/**
 * Towns near a text's identifiers (server/src/detection/phi/places.ts `findPlacesNearIdentifiers`;
 * README.md, "People in a story"): once a text gives a phone, a date, an address or a record
 * number, a town of the gazetteer near it is reported with no place cue. Without such an identifier
 * the same sentence reports no town; a town whose name is an ordinary word, a word inside a longer
 * capitalised name and a consent that covers `location` keep it out. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const places = (text: string, options: PhiOptions): string[] => scanPhiText(text, options).filter((f) => f.kind === 'place').map((f) => f.match);

/** [options, text with an identifier, the town expected, the same text without the identifier] */
const FOUND: Array<[PhiOptions, string, string, string]> = [
  [EN, 'Callback requested at 608-555-0174, Kenosha. Caller is the patient himself.', 'Kenosha', 'Callback requested, Kenosha. Caller is the patient himself.'],
  [EN, 'Refill sent 8/14 — Muskogee pharmacy has it ready after noon.', 'Muskogee', 'Refill sent — Muskogee pharmacy has it ready after noon.'],
  [EN, 'Her Medicaid ID is 7700418265; Pocatello office says the card is fine.', 'Pocatello', 'Her Medicaid card is current; Pocatello office says the card is fine.'],
  [ES, 'Mi tía sigue en diálisis desde el 3/05. Brownsville le queda lejos y no maneja.', 'Brownsville', 'Mi tía sigue en diálisis. Brownsville le queda lejos y no maneja.'],
];

/** A text with an identifier whose capitalised word is no town of the patient. */
const NOT_A_TOWN: Array<[PhiOptions, string, string]> = [
  // towns named with an English word
  [EN, 'Welcome back! Your refill is ready 8/14; Driver pickup at the side door.', 'Welcome'],
  [EN, 'Portal messages answered by 5 pm; urgent? call 608-555-0174.', 'Portal'],
  // a town inside a longer name
  [EN, 'Your card ends 4471; Kenosha Valley Health will bill the rest.', 'Kenosha'],
];

describe('towns near identifiers', () => {
  it.each(FOUND.map(([o, t, p]) => [t, p, o] as const))('%s → %s', (text, town, options) => {
    expect(places(text, options)).toContain(town);
  });
  it.each(FOUND.map(([o, , p, bare]) => [bare, p, o] as const))('no identifier, no town without a cue: %s', (text, town, options) => {
    expect(places(text, options)).not.toContain(town);
  });
  it.each(NOT_A_TOWN.map(([o, t, w]) => [t, w, o] as const))('%s: %s is no town', (text, word, options) => {
    expect(places(text, options).some((p) => p.includes(word))).toBe(false);
  });
  it('a consent that covers location keeps the town', () => {
    const text = 'Callback requested at 608-555-0174, Kenosha. Caller is the patient himself.';
    expect(places(text, EN)).toContain('Kenosha');
    expect(places(text, { ...EN, allowedKinds: ['place'] })).toEqual([]);
  });
});
