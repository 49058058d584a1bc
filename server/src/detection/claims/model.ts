/**
 * The claim classifier: logistic regression over the features of ./features.ts. It only gates
 * grammar candidates (each finding still names a kind and a matched span); the weights come
 * from scripts/train-claims.ts, trained on training/en/claims.t1.json only.
 */
import type { ClaimModel } from './types';

export function score(model: ClaimModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
