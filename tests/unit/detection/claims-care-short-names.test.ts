/**
 * Care by its short names and the help of addiction and mental health are proven treatment (the
 * English pack's TREATMENTS): "the doc", "the op", a consult, AA and the twelve steps,
 * counselling, medical supervision, the pill, IVF meds, trazodone. Leaving them for a remedy is a
 * treatment replacement; going to them is not. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('care by its short names', () => {
  it.each([
    'Forget the twelve steps, our breathwork retreat ends cravings for good.',
    'No counselling needed: the frequency bracelet rewires your anxiety in days.',
    'Quit AA and try our plant protocol instead, it works for every drinker.',
    'Detox at home with our kit, no medical supervision needed.',
  ])('a replacement: %s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it.each([
    'Our counsellors run a family group every Thursday evening in the library.',
    'Bring your IVF meds to the consult so the nurse can check the doses.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
