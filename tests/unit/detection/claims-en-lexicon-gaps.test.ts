/**
 * Diagnoses by their abbreviations and medical names, organs in failure, drug classes by their
 * prefix or initials and more generic-name stems are health objects and treatments of the English
 * claims grammar (server/src/detection/claims/packs/en.ts): a reversal of them, or an instruction to
 * drop them, is a claim. The same words in a plain report stay none. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('English lexicon gaps', () => {
  it.each([
    ['Our fasting retreat reversed his CKD in eight weeks.', 'disease-reversal'],
    ['Ditch the ACE inhibitor, garlic keeps your pressure down better.', 'treatment-replacement'],
    ['Stop your antiarrhythmics: our magnesium protocol reverses AFib.', 'disease-reversal'],
    ['My cousin ditched her sirolimus after a month of the mushroom blend.', 'treatment-replacement'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('keeps a plain report', () => {
    expect(kinds('CKD affects about one in seven US adults, and most do not know they have it.')).toEqual([]);
  });
});
