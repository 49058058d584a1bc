/**
 * Mobile numbers of Latin America without the country code (server/src/detection/phi/shapes.ts,
 * LATIN_MOBILE_RE): Chile's and Cuba's by their grouping, Central America's four-and-four only
 * after a contact word, never a span of years. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('Latin American mobile numbers', () => {
  it.each([
    ['Si mi papá se pierde, llamen a mi hermano Cristián al 9 7312 5580, por favor.', '9 7312 5580'],
    ['Mi tía Odalys necesita insulina; pueden llamarla al 5 281 4409 en Holguín.', '5 281 4409'],
    ['Buscamos a don Efraín, salió del hospital desorientado. Comunicarse al 4471-2093 con su hija.', '4471-2093'],
  ])('a phone: %s', (text, match) => {
    expect(phones(text)).toEqual([match]);
  });
  it.each([
    'Entre 2019-2023 atendimos a 4500 pacientes con diabetes.',
    'El lote 3345-8890 del jarabe fue retirado por la farmacia.',
  ])('no phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
