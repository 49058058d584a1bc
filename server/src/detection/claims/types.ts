/**
 * Types of the claim detector (README, "Checklist": claims.prohibited). A pack holds one
 * language's lexicons and grammar rules; the engine compiles a pack once and reuses it.
 */

/** The claim kinds of the red-flag families (tests/corpus/README.md, "Kinds"). */
export type ClaimKind =
  | 'cure'
  | 'miracle'
  | 'guarantee'
  | 'universal-efficacy'
  | 'zero-risk'
  | 'permanence'
  | 'treatment-replacement'
  | 'instant-results'
  | 'effortless-weight-loss'
  | 'cure-all'
  | 'disease-reversal'
  | 'vaccine-alternative'
  | 'suppressed-knowledge'
  | 'fda-approval'
  | 'custom';

/**
 * What a rule needs near its trigger to be a candidate: a health object after it (`health`),
 * before it (`health-before`) or either side (`health-around`), a proven treatment after it
 * (`treatment`) or before it (`treatment-before`), a vaccine word near it (`vaccine`), or a list of several health objects (`list`).
 */
export type ClaimNeed = 'health' | 'health-before' | 'health-around' | 'treatment' | 'treatment-before' | 'vaccine' | 'list';

export interface ClaimRule {
  /** Stable id ("cure.word"); a feature of the classifier and a name for `lexicon.remove`. */
  id: string;
  kind: ClaimKind;
  /** Regex source, matched on the lower-cased text at a word start. */
  pattern: string;
  needs?: ClaimNeed;
}

export interface KindMeta {
  why: string;
  reference: string;
  suggestion?: string;
}

export interface ClaimPack {
  language: string;
  /** Regex alternations of the lexicons. */
  healthObject: string;
  treatment: string;
  vaccine: string;
  negators: readonly string[];
  hedges: readonly string[];
  /** The supplement disclaimer ("not intended to diagnose, treat, cure or prevent any disease"). */
  disclaimer: string;
  /** The start of a sentence that answers the previous question with "no". */
  answeredNo: string;
  rules: ClaimRule[];
  meta: Record<ClaimKind, KindMeta>;
}

/** A grammar match before the context and the classifier have judged it. */
export interface Candidate {
  rule: ClaimRule;
  /** Offsets in the segment text of the claim span (trigger plus the object it needed). */
  start: number;
  end: number;
  /** Offsets of the trigger alone. */
  triggerStart: number;
  triggerEnd: number;
}

/** Logistic-regression weights (scripts/train-claims.ts writes them to model.en.json). */
export interface ClaimModel {
  language: string;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  trainedOn: string;
}
