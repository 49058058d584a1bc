/**
 * An organ said to work as a new one again ("her kidneys are working like new", "makes your
 * pancreas work like a 20-year-old's again") is disease reversal (en.ts, reversal.likenew); not
 * after proven care credited for it, and not negated. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const reversal = (text: string): boolean => detectClaims(text, {}, 'en').some((h) => h.kind === 'disease-reversal');

describe('an organ working like new', () => {
  it.each(['Her kidneys are working like new after the juice cleanse.', "This tea makes your pancreas work like a 20-year-old's again."])('%s', (text) => {
    expect(reversal(text)).toBe(true);
  });

  it.each([
    'After her knee replacement and six weeks of physical therapy, her knee works like new.',
    'Thanks to dialysis his kidneys are not working like new, but he feels better.',
  ])('no claim: %s', (text) => {
    expect(reversal(text)).toBe(false);
  });
});
