/**
 * The reader's `overrule` (sentence-model.ts; docs/architecture.md, "The sentence reader"): in a
 * text nothing else flags, a candidate its context vetoed flags the text when the reader scores its
 * sentence at `overrule` or above, unless the veto is a negation, the supplement disclaimer, a
 * question answered no, a correct FDA statement, a quotation held up to doubt or an outcome credited
 * to proven care. Every sentence here
 * is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims, packFor, readerFor, vetoed } from '../../../server/src/detection/claims';
import { loadSentenceModel } from '../../../server/src/detection/claims/sentence-model';
import type { SentenceModelFile } from '../../../server/src/detection/claims/sentence-model';
import { constantReader } from './helpers/constant-reader';

/** A reader whose every sentence scores `claim` (a probability), adding no sentence of its own. */
const reader = (claim: number, overrule?: number) =>
  constantReader(Math.log(claim / (1 - claim)), { cure: 2 }, { add: 1.01, veto: 0, ...(overrule === undefined ? {} : { overrule }) });

const kinds = (text: string, r: ReturnType<typeof reader> | null): string[] => detectClaims(text, { reader: r }, 'en').map((h) => h.kind);
const features = (text: string): string[] => analyseClaims(text, 'en').flatMap((c) => c.features);

/** A warning named and waved away: the context reads a report of a warning, the sentence makes the claims anyway. */
const WARNED = "The health authority warn already but never mind, this herbal tonic cured my mother's diabetes, now she no need insulin.";

const LOOK_ALIKES: Array<[string, string]> = [
  ['neg', 'No supplement reverses arthritis, whatever the ads say.'],
  ['disc', 'This product is not intended to diagnose, treat, cure or prevent any disease.'],
  ['qno', 'A miracle cure for arthritis? No.'],
  ['scare', "The ad promised 'instant relief from arthritis'? Nonsense."],
  ['careCredited', 'Since my knee replacement, the pain is completely gone.'],
];

describe('the reader overrules a veto in a text nothing else flags', () => {
  it('the grammar alone vetoes every candidate of the text', () => {
    const cands = analyseClaims(WARNED, 'en');
    expect(cands.length).toBeGreaterThan(0);
    expect(cands.every((c) => vetoed(c.features))).toBe(true);
    expect(features(WARNED)).toContain('refutes');
    expect(kinds(WARNED, null)).toEqual([]);
  });

  it('with overrule, a sentence the reader scores at it or above flags the text; under it, or without it, nothing', () => {
    expect(kinds(WARNED, reader(0.995, 0.99))).toContain('cure');
    expect(kinds(WARNED, reader(0.98, 0.99))).toEqual([]);
    expect(kinds(WARNED, reader(0.995))).toEqual([]);
  });

  it.each(LOOK_ALIKES)('a veto of the words themselves (%s) is never outvoted: %s', (feature, text) => {
    expect(features(text)).toContain(feature);
    expect(kinds(text, reader(0.999, 0.99))).toEqual([]);
  });

  it('the shipped English reader overrules the waved-away warning and leaves the look-alikes alone', () => {
    const shipped = readerFor('en') as NonNullable<ReturnType<typeof readerFor>>;
    expect(shipped.file.overrule).toBeDefined();
    expect(detectClaims(WARNED, {}, 'en').map((h) => h.kind)).toEqual(expect.arrayContaining(['cure', 'treatment-replacement']));
    const without = loadSentenceModel({ ...shipped.file, overrule: undefined } as SentenceModelFile, packFor('en').negators);
    expect(detectClaims(WARNED, { reader: without }, 'en')).toEqual([]);
    for (const [, text] of LOOK_ALIKES) expect([text, detectClaims(text, {}, 'en')]).toEqual([text, []]);
    expect(detectClaims('The court fined the seller for claiming the tea reverses arthritis.', {}, 'en')).toEqual([]);
  });

  it('the Spanish reader has no overrule', () => {
    expect(readerFor('es')?.file.overrule).toBeUndefined();
  });
});
