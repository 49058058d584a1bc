/**
 * An efficacy verb over a universal quantifier is a universal-efficacy claim whatever its object
 * (server/src/detection/claims/packs/en.ts, universal.any): "erases any scar", "neutralizes every
 * toxin", "kills 100% of mold spores". A service's reach ("fixes any issue with your booking") stays
 * none. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('an efficacy verb over any or every', () => {
  it.each([
    'Our silicone gel erases any scar, old or new, in eight weeks.',
    'Activated charcoal neutralizes every toxin you swallow.',
    'The ionizer kills 100% of mold spores in your bedroom.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });

  it('keeps a service reach', () => {
    expect(kinds('Our front desk fixes any issue with your booking within a day.')).toEqual([]);
  });
});
