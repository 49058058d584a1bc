/**
 * Growths named by their -plasia (the packs' health objects, server/src/detection/claims/packs):
 * "reverses benign prostatic hyperplasia", "revertí mi hiperplasia", "cura la displasia"; the same
 * words in an informational sentence make no claim. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('growths named by their -plasia', () => {
  it.each([
    ['en', 'This saw palmetto blend reverses benign prostatic hyperplasia in weeks.', 'disease-reversal'],
    ['es', 'Con tres plantas del monte revertí mi hiperplasia y ya orino como a los 20.', 'disease-reversal'],
    ['es', 'Nuestro óvulo de hierbas cura la displasia cervical sin conización.', 'cure'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });
  it.each([
    ['en', 'Benign prostatic hyperplasia is common after 50 and is not cancer; ask your doctor about treatment options.'],
    ['es', 'La hiperplasia benigna de próstata es frecuente después de los 50 y no es cáncer.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
