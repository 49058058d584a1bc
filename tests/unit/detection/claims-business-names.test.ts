/**
 * A claim word that names a business (server/src/detection/claims/features.ts, the `org` veto; the
 * packs' `orgWords`): a capitalised trigger with an organisation or business word of the pack
 * among the capitalised words right after it or right before it ("Cure Coffee Co.", "Hierbas y
 * Especias La Milagrosa", "Farmacia El Milagro"). The same word promising something stays a claim
 * ("¡La Crema Milagrosa que quita las arrugas!"). Every sentence here is written for these tests,
 * not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

const NAMES: Array<[string, string]> = [
  ['en', 'Cure Coffee Co. is now open on Main Street — oat milk lattes 2 for $6.'],
  ['en', 'Grab a cinnamon roll at Miracle Mile Bakery before the 5K.'],
  ['es', 'Hierbas y Especias La Milagrosa 🌿 abierto de lunes a sábado.'],
  ['es', 'Farmacia El Milagro, abierto 24 horas, a una cuadra de la clínica.'],
];

const CLAIMS: Array<[string, string, string]> = [
  ['es', '¡La Crema Milagrosa que quita las arrugas en una noche!', 'miracle'],
  ['en', 'This tea will Cure Your Arthritis in a week!', 'cure'],
];

describe('a claim word that names a business', () => {
  it.each(NAMES)('(%s) a name: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
  it.each(CLAIMS)('(%s) a promise stays a claim: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });
});
