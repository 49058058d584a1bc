/**
 * "Claim your free bottle" takes up an offer; it does not report somebody's claim
 * (server/src/detection/claims/features.ts, CLAIM_OFFER and REFUTES), so the promise around it is
 * read as a promise. A claim that is reported ("they claim the tea…") still distances it.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('an offer to claim', () => {
  it.each([
    ['Claim your free trial pack today: GlucoRight reverses type 2 diabetes in weeks.', 'disease-reversal'],
    ['Only 40 left! Claim yours now and finally throw away your blood pressure pills.', 'treatment-replacement'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('keeps a reported claim distanced', () => {
    expect(kinds('The seller claims the drops reverse cataracts, and there is no evidence that they do.')).toEqual([]);
  });
});
