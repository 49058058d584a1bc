/**
 * A specialist and a drug are proven care however they are named (server/src/detection/claims/packs/en.ts,
 * TREATMENTS): any "-ologist" or "-iatrist", the dementia drugs' stems (donepezil, memantine) and
 * the smoking-cessation drugs, physiotherapy, and "no X visits needed", so replacing them is a
 * claim, while a specialist in a plain story
 * is not. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('English: replacing a specialist or a drug named by its stem', () => {
  it.each([
    'Skip the nephrologist, these kidney drops do the work for you.',
    'Cancel the podiatrist: our magnetic insoles fix heel spurs.',
    'Stop the memantine, our brain tea is all Grandpa takes now.',
    'No Chantix needed, our acupuncture handles the cravings.',
    'Quitting? Ditch the varenicline, our acupuncture handles the cravings.',
    'Straighten your teeth at home with our trays. No dentist visits needed!',
    'Our posture app walks you through every stretch, no physio needed.',
  ])('a claim: %s', (text) => {
    expect(kinds(text).length).toBeGreaterThan(0);
  });
  it.each([
    'Our urologist explained why the stones came back and what diet helps.',
    'My gastroenterologist changed my dose after the scope.',
    'No referral needed to see our physio team on Saturdays.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('English: a new subject after "and" ends a negation', () => {
  it('the speed claim after "never failed and patients…" is a claim of its own', () => {
    const text = 'Our laser has never failed and clients feel instant relief from the first pulse.';
    expect(detectClaims(text, {}, 'en').map((h) => text.slice(h.start, h.end))).toContain('instant relief');
  });
  it('a negated speed claim stays negated', () => {
    expect(kinds('This is not instant relief, it takes about six weeks.')).toEqual([]);
  });
});

describe('English: hormone therapy is proven care', () => {
  it.each(['Ladies, throw out your estrogen patch and try our yam cream!', 'Women everywhere are ditching their hormones for this tea.'])('a claim: %s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it('balancing hormones is no replacement', () => {
    expect(kinds('Our dietitian can help you understand your hormones and your sleep.')).toEqual([]);
  });
});
