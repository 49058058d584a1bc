/**
 * Staff sign and introduce themselves with their role (server/src/detection/phi/names.ts):
 * a signature whose job title is followed by the workplace ("— Siobhan, pharmacist, Kinsale
 * Pharmacy"), a department that signs ("— Patient Accounts, Harbor Dental"), and a speaker who is
 * "one of the pharmacists" here. A relative signing with a relation keeps her name. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind.endsWith('-name')).map((f) => f.match);

describe('staff signatures and introductions', () => {
  it.each([
    'Your repeat for Ventolin is ready to collect. — Siobhan, pharmacist, Kinsale Pharmacy',
    'Your balance of $40 is due by the 30th. - Patient Accounts, Harbor Dental',
    "Hi, I'm Dev, one of the nurses on the night team. Call the ward if anything changes.",
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a relative who signs', () => {
    expect(names('Thank you all for the flowers — Siobhan, his daughter')).toContain('Siobhan');
  });
});

describe('the office line of staff who introduced themselves', () => {
  const phones = (text: string, language: 'en' | 'es'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'phone').map((f) => f.match);

  it.each([
    ["Hello, it's Marisa, pharmacist at Elm Street Chemists. Can you ring me back on 0161 555 0142 about the Sertraline order?", 'en'],
    ['Hola, soy Begoña, la enfermera de pediatría. Si tiene dudas, el teléfono de la consulta es el 945 22 33 44.', 'es'],
  ] as const)('%s', (text, language) => {
    expect(phones(text, language)).toEqual([]);
  });

  it("keeps a relative's number", () => {
    expect(phones("Hi, I'm Marisa, his daughter. Please ring me back on 07700 900 142.", 'en')).toEqual(['07700 900 142']);
  });
});
