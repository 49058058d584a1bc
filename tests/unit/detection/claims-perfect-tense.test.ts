/**
 * Two grammatical forms the claim packs missed (server/src/detection/claims/packs): the Spanish
 * present perfect of an illness gone ("su asma ha desaparecido", beside "desapareció"), a Spanish
 * "ni" continuing the denial of side effects ("no engorda, ni tienen efectos secundarios"), and the
 * English contracted denial "doesn't have any side effects". A denial of side effects in a typical
 * result ("Most patients don't have side effects") stays hedged. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('claims in the perfect tense and in contracted denials', () => {
  it.each([
    ['es', 'Desde que tomo las cápsulas de moringa mi gastritis ha desaparecido.', 'cure'],
    ['es', 'A mi suegra la psoriasis le había desaparecido con la pomada de caléndula.', 'cure'],
    ['es', 'Las gomitas no dan sueño al día siguiente, ni tienen efectos secundarios.', 'zero-risk'],
    ['en', 'Our sleep gummies are plant-based and don’t have any side effects.', 'zero-risk'],
    ['en', 'This patch does not cause side effects like pills do.', 'zero-risk'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['en', 'Most patients don’t have side effects, but some feel tired for a day.'],
    ['es', '¿Ha desaparecido el dolor? Si no, llame a la consulta.'],
  ])('%s: no claim in %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
