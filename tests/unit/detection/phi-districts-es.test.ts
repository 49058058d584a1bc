/**
 * Spanish district words (server/src/detection/phi/packs/es.ts, `districtWords`): a sector, a
 * población or an asentamiento names a neighbourhood as a colonia does ("sector La Rambla",
 * "población La Legua"), and the name stops where a sentence ends ("…sector La Rambla. Tel."),
 * not at an abbreviation's period ("colonia Gral. Anaya"). Sentences are written for these tests,
 * not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('Spanish district words', () => {
  it.each([
    ['Mi abuela vive sola en el sector Los Mangos. Tel. de su hija 787-555-0190.', ['Los Mangos']],
    ['Llevamos la silla a la población La Legua, casa de la señora Inés.', ['La Legua']],
    ['Se mudaron al asentamiento Nueva Esperanza después del huracán.', ['Nueva Esperanza']],
    ['Mi tía vive en la colonia Gral. Anaya, cerca del mercado.', ['Gral. Anaya']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
