/**
 * The English claim model gates texts, not single candidates (server/src/detection/claims/index.ts
 * `detectClaims`; README.md, "What the detectors catch"): once one candidate of a text passes the
 * threshold, every candidate its context allows is reported, so a hedge or a booking line no longer
 * hides a second claim next to a first. A text the model clears gets nothing, and a negated or
 * refuted candidate stays out either way. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const found = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

/** [a claim the model passes, a second sentence whose candidate it holds back alone, the second claim] */
const SECOND_CLAIMS: Array<[string, string, string]> = [
  ['Our breathing course has worked for every single student,', 'and most ditch their inhaler within weeks.', 'treatment-replacement: ditch their inhaler'],
  ['This tea cures arthritis.', 'Stop your steroids and book a call.', 'treatment-replacement: Stop your steroids'],
  ['Our tea cures arthritis, and', 'most clients see results within 90 days.', 'instant-results: within 90 days'],
];

describe('the claim model gates a text', () => {
  it.each(SECOND_CLAIMS)('%s %s → %s', (first, second, claim) => {
    expect(found(`${first} ${second}`)).toContain(claim);
  });
  it.each(SECOND_CLAIMS.map(([, second, claim]) => [second.replace(/^and /, ''), claim] as const))('alone, the model clears it: %s', (text, claim) => {
    expect(found(text.charAt(0).toUpperCase() + text.slice(1))).not.toContain(claim);
  });
  it('a negated candidate stays out of a text that makes a claim', () => {
    expect(found('This tea cures arthritis. It is not a miracle, just a habit.')).toEqual(['cure: cures']);
  });
  it("a phrase the lexicon removes does not open the gate for the others", () => {
    const text = 'Our tea cures arthritis, and most clients see results within 90 days.';
    // The gate alone: the sentence reader's own catch is tested in claims-reader.
    expect(detectClaims(text, { remove: ['cures'], reader: null }, 'en')).toEqual([]);
  });
});
