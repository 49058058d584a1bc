/**
 * Medigap's "guaranteed issue" is an insurer's duty to sell a policy, not a promise of health
 * (server/src/detection/claims/packs/en.ts, namedPhrases). A guarantee of results stays a claim.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe("Medigap's guaranteed issue", () => {
  it('is no promise', () => {
    expect(kinds('You have guaranteed issue rights for 63 days after your employer plan ends, so a Medigap insurer must sell you a policy.')).toEqual([]);
  });

  it('keeps a guarantee of results', () => {
    expect(kinds('Guaranteed results: our knee gel ends arthritis pain in a week.')).toContain('guarantee');
  });
});
