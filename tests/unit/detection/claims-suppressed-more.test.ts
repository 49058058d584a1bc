/**
 * More ways an authority of medicine is said to hide a remedy (en.ts, supp.authority, supp.know,
 * supp.censored): it "never mentions" it, "won't let the truth out", "is protecting the drug
 * companies", "covers up", "forgot on purpose"; "they don't want vapers to know"; censorship as a
 * sales pitch ("Watch before YouTube deletes it"). Not mistakes covered up, nor people other than
 * readers of health advice kept uninformed. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const suppressed = (text: string): boolean => detectClaims(text, {}, 'en').some((h) => h.kind === 'suppressed-knowledge');

describe('suppressed knowledge, more voices (en)', () => {
  it.each([
    "There's a reason your rheumatologist never mentions turmeric. Our capsules fix joint pain for good.",
    'Our drops reverse thyroid disease and the TGA won\'t let the truth out.',
    'Colloidal silver kills every infection and the regulators are just protecting the drug companies.',
    'Autism is a gut infection the drug companies cover up. Fix it with our probiotic.',
    'Black seed oil, the cancer remedy doctors forgot on purpose.',
    'Nicotine pouches heal the lungs, the stuff they don\'t want smokers to know about.',
    'This tea melts tumors. Watch before YouTube deletes it!!',
  ])('%s', (text) => {
    expect(suppressed(text)).toBe(true);
  });

  it.each([
    "Hospitals sometimes cover up their mistakes, which is why we report every incident.",
    "They don't want employees to know the budget before the board meeting.",
    'Please download the slides before the webinar ends.',
  ])('no claim: %s', (text) => {
    expect(suppressed(text)).toBe(false);
  });
});
