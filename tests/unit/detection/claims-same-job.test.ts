/**
 * A remedy said to do what a proven treatment does ("ashwagandha does what my Zoloft did", "our
 * tincture does what $15k of IVF couldn't"), or the same job as a treatment named before it on the
 * line ("Used to take Adderall…, now these gummies do the same job"), replaces it (en.ts,
 * repl.doesWhat and repl.sameJob); an instruction ("Do what your doctor says"), a comparison of the
 * treatment with another ("the generic does the same thing as Lipitor") and a treatment doing the
 * same thing again ("it did the same thing … as last time") do not.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const replaced = (text: string): boolean => detectClaims(text, {}, 'en').some((h) => h.kind === 'treatment-replacement');

describe('a remedy doing the job of a proven treatment', () => {
  it.each([
    'Honestly ashwagandha does what my Zoloft did, minus the fog.',
    "Our mushroom tincture does what $15k of IVF couldn't.",
    'Used to take Adderall for focus, now these gummies do the same job.',
  ])('%s', (text) => {
    expect(replaced(text)).toBe(true);
  });

  it.each([
    'Do what your doctor says and take the antibiotics until they are gone.',
    'The generic does the same thing as Lipitor and costs a lot less.',
    'I took the ibuprofen my doctor suggested and it did the same thing for my back pain as last time.',
  ])('not a replacement: %s', (text) => {
    expect(replaced(text)).toBe(false);
  });
});
