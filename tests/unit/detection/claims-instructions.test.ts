/**
 * An instruction not to make a claim (server/src/detection/claims: the English pack's
 * `clauseNegation`, and the imperative check of features.ts `notNegation`): "Never tell customers
 * a product treats or cures a disease", "Don't say the tea cures anything" negate what follows;
 * with a subject the same words are the suppression frame ("Doctors will never tell you this tea
 * cures diabetes"), and an imperative closed before the claim negates nothing ("Never tell anyone:
 * this tea cures diabetes!"). Every sentence here is written for these tests, not taken from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('an instruction not to make a claim', () => {
  it.each([
    'Never tell customers that a supplement treats or cures a disease.',
    "Please don't say our balm cures eczema in your reviews.",
    'Do not promise patients their migraines will be gone for good.',
  ])('negates what follows: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it.each([
    ['Doctors will never tell you this tea cures diabetes.', 'cure'],
    ['Never tell anyone: this tea cures diabetes!', 'cure'],
    ["Don't tell your doctor, but this tea cures diabetes.", 'cure'],
  ])('a subject or a closed imperative leaves the claim: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});
