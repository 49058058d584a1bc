/**
 * Care put away rather than stopped in words: "the knife" as surgery ("Why go under the knife?",
 * "avoid the knife"), a treatment gathering dust or put in the closet. Not a walking aid put away
 * after the surgery that made it unneeded. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('care put away', () => {
  it.each([
    'Why go under the knife? Our cold laser rebuilds the joint.',
    'Avoid the knife with our stem cell shots.',
    'Three weeks of these drops and my sleep meds are gathering dust.',
    'Put my CPAP in the closet after one month of mouth exercises.',
  ])('a claim: %s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it.each([
    'The old crutches are gathering dust in the garage since my hip surgery.',
    'Why go to the ER for a sprain? Our urgent care is open till 9.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
