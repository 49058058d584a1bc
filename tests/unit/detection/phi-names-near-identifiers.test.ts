/**
 * Names near a text's identifiers (server/src/detection/phi/people.ts `findNamesNearIdentifiers`;
 * README.md, "People in a story"): once a text gives a phone, a date, an address or a record
 * number, a common given name near it is a person's name with no other cue. Without such an
 * identifier the same sentence reports no name, staff and places keep their exclusions, and rare
 * given names that are also words stay out. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };
const NAMES = new Set(['person-name', 'relative-name', 'subject-name']);

const names = (text: string, options: PhiOptions): string[] => scanPhiText(text, options).filter((f) => NAMES.has(f.kind)).map((f) => f.match);

/** [options, text with an identifier, the name expected, the same text without the identifier] */
const FOUND: Array<[PhiOptions, string, string, string]> = [
  [EN, 'Carpool sheet | Who: Tamara | Task: groceries | Next refill 8/14', 'Tamara', 'Carpool sheet | Who: Tamara | Task: groceries | Next refill soon'],
  [EN, 'Grandma needs her Medicare card copied (1EG4-TE5-MK73), Gregory can you scan it tonight?', 'Gregory', 'Grandma needs her card copied, Gregory can you scan it tonight?'],
  [EN, 'Ride sheet updated: pickup 2210 Fenwick Rd at 9. Driver this week is Wendy.', 'Wendy', 'Ride sheet updated: pickup at the house at 9. Driver this week is Wendy.'],
  [EN, 'Claim resubmitted with policy number HX-440218-07 — note added by Trevor', 'Trevor', 'Claim resubmitted with the right policy — note added by Trevor'],
  [ES, 'Turnos para cuidar a la abuela: martes y jueves Yolanda, su cel 956 555 0144', 'Yolanda', 'Turnos para cuidar a la abuela: martes y jueves Yolanda, cuando pueda'],
  [ES, 'Lista de la despensa para el abuelo, dirección 4410 Calle Olmo. La lleva Graciela.', 'Graciela', 'Lista de la despensa para el abuelo, la de siempre. La lleva Graciela.'],
];

/** A text with an identifier in which the capitalised word near it is no private person's name. */
const NOT_A_NAME: Array<[PhiOptions, string, string]> = [
  // a title or a profession makes staff
  [EN, 'Pickup 2210 Fenwick Rd at 9; Nurse Wendy will meet you at the door.', 'Wendy'],
  [EN, 'Claim resubmitted with policy number HX-440218-07 by Trevor from billing.', 'Trevor'],
  // a place: after a place cue, after "St." or "San", or qualifying a noun after a possessive
  [EN, 'My Austin number is 512-555-0148, text anytime.', 'Austin'],
  [EN, 'Transferred on 3/9 from Madison to the rehab unit.', 'Madison'],
  [EN, 'Admitted 3/9 to St. Joseph for the night.', 'Joseph'],
  [ES, 'La cita es el 14/05 en San Martín, en la clínica.', 'Martín'],
  // a business's mailbox is its employee's
  [EN, 'Questions? Dana Cole, dana.cole@brightpathclinic.com', 'Dana'],
  // a given name that is also a common word, with too few births to stand alone
  [EN, 'Refill due 8/14. Free delivery with the app.', 'Free'],
];

describe('names near identifiers', () => {
  it.each(FOUND.map(([o, t, n]) => [t, n, o] as const))('%s → %s', (text, name, options) => {
    expect(names(text, options)).toContain(name);
  });
  it.each(FOUND.map(([o, , n, bare]) => [bare, n, o] as const))('no identifier, no name: %s', (text, name, options) => {
    // The rules alone: the PHI reader refitted in session 29 reads one of these names without the identifier
    // ("…martes y jueves Yolanda"; README, known false alarms).
    expect(names(text, { ...options, reader: false })).not.toContain(name);
  });
  it.each(NOT_A_NAME.map(([o, t, w]) => [t, w, o] as const))('%s: %s is no one', (text, word, options) => {
    expect(names(text, options).some((n) => n.includes(word))).toBe(false);
  });
  it('finds a name found near an identifier again where it stands far from it', () => {
    const story = 'Tamara loved the garden party at the community center this spring, and everybody who came brought a dish to share, from cornbread to three kinds of salsa and a lemon cake that nobody will forget for a while.';
    const text = `${story} Who: Tamara | Next refill 8/14`;
    expect(story.length).toBeGreaterThan(160);
    expect(names(text, EN)).toEqual(['Tamara', 'Tamara']);
  });
  it('reads around the first 64 identifiers of a long text only', () => {
    const line = (i: number): string => `Refill ${(i % 12) + 1}/${(i % 27) + 1}. Ask Wendy.`;
    const text = Array.from({ length: 200 }, (_, i) => line(i)).join('\n');
    const found = names(text, EN).filter((n) => n === 'Wendy').length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThanOrEqual(64);
  });
});
