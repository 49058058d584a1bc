/**
 * A remedy named after the drug it would replace is a treatment-replacement claim
 * (server/src/detection/claims/packs/en.ts, repl.namedAfter): "the herbal Xanax", "a natural
 * Ozempic alternative", "nature's morphine". A hyphenated "doctor-recommended" is marketing, not a
 * doctor's credited care. Hormone replacement therapy, a therapy's own name, stays none.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('a remedy named after a drug', () => {
  it.each([
    'Kava calm drops: the herbal Xanax your nervous system has been waiting for.',
    'SlimBerry is the natural Ozempic alternative everyone is talking about.',
    'FlexiRelief, the doctor-recommended alternative to painkillers, ships free today.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it('keeps a therapy named by what it replaces', () => {
    expect(kinds('Ask your gynecologist whether hormone replacement therapy suits your symptoms.')).toEqual([]);
  });
});
