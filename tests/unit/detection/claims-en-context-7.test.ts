/**
 * English claims, context and lexicon: "no questions asked" negates nothing; proven care credited
 * after "after …" stops at "and" or "but" ("after a month of these and his doctor was amazed" does
 * not credit the doctor); the sulfonylureas and the -glitazone and -clotide stems are treatments.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('English claims: context and lexicon', () => {
  it.each([
    ['The shop on Elm ships ivermectin no questions asked and swears it is 100% effective against every parasite.', 'universal-efficacy'],
    ['My uncle stopped his blood pressure pills after a month of these and his doctor was amazed!', 'treatment-replacement'],
    ['Tossed out my glimepiride after ten days on this cinnamon blend 🙌', 'treatment-replacement'],
    ['She threw away her pioglitazone once she found these drops.', 'treatment-replacement'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    'She stopped the steroid cream after her doctor said the rash had cleared.',
    'No questions asked: bring back any unused glipizide to the pharmacy for safe disposal.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
