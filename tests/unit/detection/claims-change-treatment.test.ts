/**
 * "Don't change" said of a treatment, a dose or the body is an instruction or a fact, not weight
 * lost without changing one's diet (the English pack's ewl.without: change not followed by a
 * treatment, dose or bone structure). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('"don\'t change" a treatment', () => {
  it.each([
    'Our dietitians help clients lose about a pound a week; don\u2019t change your metformin without asking your doctor.',
    'Most patients on weight-loss shots lose 10 pounds in a few months. Please don\u2019t change or skip your dose on your own.',
    'Insoles don\u2019t change bone structure, and most people who lose weight still need them.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it('weight lost without changing the diet stays a claim', () => {
    expect(kinds('I dropped 18 pounds and didn\u2019t change my diet at all!')).toContain('effortless-weight-loss');
  });
});
