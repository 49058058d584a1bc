/**
 * Diagnoses named by their head word and the conditions of neurology, fertility and rare disease
 * are health objects of the Spanish claims grammar (server/src/detection/claims/packs/es.ts,
 * HEALTH_OBJECTS): a cure or a reversal of them is a claim. The same words in a plain report stay
 * none. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish diagnoses as health objects', () => {
  it.each([
    ['Nuestro implante de células madre revierte la distrofia muscular en niños.', 'disease-reversal'],
    ['Con mis gotas de cúrcuma me curé la fibrilación auricular.', 'cure'],
    ['El aceite de ozono regenera la médula espinal lesionada.', 'disease-reversal'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('keeps a plain report', () => {
    expect(kinds('La distrofia muscular de Duchenne afecta sobre todo a varones y se diagnostica en la infancia.')).toEqual([]);
  });
});
