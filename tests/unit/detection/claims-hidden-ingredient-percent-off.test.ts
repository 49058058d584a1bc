/**
 * Two look-alikes of the English claims grammar (server/src/detection/claims/packs/en.ts): a
 * regulator's "hidden ingredient" names an adulterant, not knowledge suppressed, and "15% off
 * Zyrtec" is a discount, not stopping a drug. "Big Pharma hid this" and "got off Zyrtec" stay
 * claims. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('hidden ingredients and discounts', () => {
  it.each([
    'Product: Titan Gold Max capsules. Hidden drug ingredient: tadalafil. Source: FDA laboratory analysis.',
    'Spring sale: 15% off Zyrtec, Allegra and store-brand cetirizine through Sunday.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('keeps suppression and stopping', () => {
    expect(kinds('The drug companies hid this remedy for decades.')).toContain('suppressed-knowledge');
  });
});
