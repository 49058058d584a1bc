import { loadSentenceModel } from '../../../../server/src/detection/claims/sentence-model';
import type { SentenceModelFile } from '../../../../server/src/detection/claims/sentence-model';

/**
 * A sentence reader of constant scores: the claim and each kind are a bias alone (no weights), so a
 * test checks the reader's conditions, whatever trained weights say of a sentence
 * (docs/architecture.md, "The sentence reader").
 */
export const constantReader = (claimBias: number, kindBiases: Record<string, number>, file: Partial<SentenceModelFile> = {}) =>
  loadSentenceModel(
    {
      language: 'en',
      trainedOn: 'test',
      buckets: 1 << 20,
      context: 0,
      veto: 0.01,
      add: 0.95,
      ...file,
      claim: { bias: claimBias, idx: [], w: [] },
      kinds: Object.fromEntries(Object.entries(kindBiases).map(([kind, bias]) => [kind, { bias, idx: [], w: [] }])) as SentenceModelFile['kinds'],
    },
    []
  );
