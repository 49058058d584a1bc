/**
 * The reader's second key (sentence-model.ts, `confirm`; docs/architecture.md, "The sentence
 * reader"): a candidate its context allows that the gate model scores below its threshold, but at
 * `confirm.model` or above, flags the text when the reader scores its sentence at `confirm.reader`
 * or above, unless the candidate's context hedges it or reads as clinic logistics. Every sentence
 * here is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims, readerFor } from '../../../server/src/detection/claims';
import { score } from '../../../server/src/detection/claims/model';
import type { ClaimModel } from '../../../server/src/detection/claims';
import modelEn from '../../../server/src/detection/claims/model.en.json';
import type { SentenceModelFile } from '../../../server/src/detection/claims/sentence-model';
import { constantReader } from './helpers/constant-reader';

const model = modelEn as ClaimModel;

/** A reader whose every sentence scores `claim` (a probability), with `confirm` as given. */
const reader = (claim: number, confirm?: SentenceModelFile['confirm']) =>
  constantReader(Math.log(claim / (1 - claim)), { guarantee: 2 }, { add: 0.99, ...(confirm ? { confirm } : {}) });

const found = (text: string, r: ReturnType<typeof reader>): string[] =>
  detectClaims(text, { reader: r }, 'en').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

/** The gate model's score of the first candidate of `rule` in `text`. */
const modelScore = (text: string, rule: string): number => {
  const cand = analyseClaims(text, 'en').find((c) => c.rule.id === rule);
  if (!cand) throw new Error(`no ${rule} candidate in ${text}`);
  return score(model, cand.features);
};

const MONEY_BACK = 'Results or your money back with the gut reset plan.';

describe('the reader confirms a candidate the gate model held back', () => {
  it('the model alone holds the candidate back: its score is under the threshold, above the second key', () => {
    const s = modelScore(MONEY_BACK, 'guarantee.promise');
    expect(s).toBeLessThan(model.threshold);
    expect(s).toBeGreaterThanOrEqual(0.2);
  });

  it('with confirm, a sentence the reader scores high flags the text; without it, nothing is found', () => {
    expect(found(MONEY_BACK, reader(0.9, { model: 0.2, reader: 0.85 }))).toEqual(['guarantee: or your money back']);
    expect(found(MONEY_BACK, reader(0.9))).toEqual([]);
  });

  it('a reading under confirm.reader, or a model score under confirm.model, confirms nothing', () => {
    expect(found(MONEY_BACK, reader(0.8, { model: 0.2, reader: 0.85 }))).toEqual([]);
    expect(found(MONEY_BACK, reader(0.9, { model: 0.5, reader: 0.85 }))).toEqual([]);
  });

  it('a hedge or clinic logistics in the candidate\u2019s context is not outvoted', () => {
    const hedged = 'Most clients get results, or your money back with the gut reset plan.';
    const logistics = 'Call the front desk to reschedule, so it works every time you book online.';
    for (const text of [hedged, logistics]) {
      const cands = analyseClaims(text, 'en');
      expect(cands.some((c) => c.features.includes('hedge') || c.features.includes('logistics'))).toBe(true);
      expect(cands.every((c) => modelScore(text, c.rule.id) < model.threshold)).toBe(true);
      expect([text, found(text, reader(0.98, { model: 0, reader: 0.5 }))]).toEqual([text, []]);
    }
  });

  it('the shipped English reader confirms the money-back promise and leaves a look-alike alone', () => {
    expect(readerFor('en')?.file.confirm).toBeDefined();
    // The grammar's own hit: without the second key the text is not flagged, and only the reader's whole sentence is.
    expect(detectClaims(MONEY_BACK, {}, 'en').map((h) => `${h.kind}: ${h.rule}`)).toContain('guarantee: guarantee.promise');
    expect(detectClaims('The front desk staff are wonderful and it works every time I call.', {}, 'en')).toEqual([]);
  });
});
