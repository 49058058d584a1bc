/**
 * The treatments of rare and blood diseases, by their INN stems and their brands, are treatments a
 * post may tell readers to drop (server/src/detection/claims/packs/en.ts and es.ts, TREATMENTS):
 * "quit the tofersen", "dejé el ivacaftor". Taking them as prescribed stays none. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: 'en' | 'es'): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('rare-disease treatments', () => {
  it.each([
    ['Our families quit the tofersen injections once they start the ozone protocol.', 'en'],
    ['Ditch the Hemlibra, the bone-broth fast rebuilds clotting naturally.', 'en'],
    ['Con el suero de cartílago de tiburón mi hija dejó el ivacaftor y respira mejor que nunca.', 'es'],
    ['Suspendan el deflazacort: el aceite de CBD hace lo mismo sin efectos.', 'es'],
  ] as const)('%s', (text, language) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });

  it('keeps taking a treatment as prescribed', () => {
    expect(kinds('He keeps taking his ivacaftor twice a day with fatty food, as the CF team advised.', 'en')).toEqual([]);
  });
});
