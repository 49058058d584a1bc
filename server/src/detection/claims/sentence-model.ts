/**
 * The sentence reader of the claim detector (README.md, "What the detectors catch"; docs/architecture.md,
 * "The sentence reader"): a logistic regression over the word n-grams of one sentence and the words
 * of its neighbours, trained on the development texts of the corpus (scripts/train-claim-sentences.ts).
 *
 * The grammar names what a claim looks like; the reader has seen how thousands of marketing
 * sentences and their look-alikes are written. It is used two ways:
 * - **check**: a grammar hit in a sentence the reader scores below `veto` is dropped (a text that
 *   quotes, refutes or discusses a claim reads unlike one);
 * - **catch**: a sentence the reader scores at `add` or above, with no hit of the kind the reader
 *   names, is reported whole, with that kind (the phrasings no rule was written for).
 *
 * Features are hashed into `buckets` slots (FNV-1a over the words, combined per n-gram), so scoring
 * a sentence allocates no string per n-gram; the weights are sparse (an L1 term leaves most at zero),
 * kept in one table for the claim model and the kind models.
 */
import type { ClaimKind } from './types';
import { fnvOf, forEachWord, wordAt, wordHash } from './text';
import type { Span } from './text';

/** Sparse weights: `idx` delta-encoded slot numbers, `w` their weights. */
export interface SparseWeights {
  bias: number;
  idx: number[];
  w: number[];
}

export interface SentenceModelFile {
  language: string;
  /** How it was trained (script, corpus parts, epochs), for the reader of the file. */
  trainedOn: string;
  buckets: number;
  /** Neighbouring sentences each side whose words are features (DOC slots), bounded so a page costs linear time. */
  context: number;
  /** A grammar hit in a sentence scored below this is dropped. */
  veto: number;
  /**
   * In a text its other hits flag, a grammar hit the veto dropped is kept when its sentence is scored
   * at this or above: the veto clears look-alike texts, and a flagged text is none (docs/architecture.md,
   * "The sentence reader"). Absent: `veto` everywhere.
   */
  flaggedVeto?: number;
  /** A sentence scored at this or above, with no hit of its kind, is reported. */
  add: number;
  /**
   * In a text the grammar already flags, every sentence is read (not only those with a candidate)
   * and one scored at this or above is reported: the text is blocked anyway, so the reader adds
   * findings there without costing a look-alike text (docs/architecture.md, "The sentence reader").
   * Absent: `add`, and only the sentences with a candidate are read.
   */
  flaggedAdd?: number;
  /**
   * A sentence the reader reports is reported with every other kind whose own model scores it at
   * this or above, each where no hit of that kind is in the sentence: a sentence that stops a
   * drug and promises a cure makes two claims, and the grammar may have found only one
   * (docs/architecture.md, "The sentence reader"). Absent: only the kind it names.
   */
  kindAdd?: number;
  /**
   * In a flagged text, a sentence the reader does not report whole is read clause by clause, and a
   * clause that no hit or judged candidate touches, scored at this or above, is reported with the
   * kind it names (docs/architecture.md, "The sentence reader"). Absent: sentences only.
   */
  clauseAdd?: number;
  /**
   * In a text the grammar does not flag, the sentences where it found no candidate are read too,
   * and one scored at this or above that names a health object or a proven treatment, in no
   * context that speaks against a claim, is reported (docs/architecture.md, "The sentence reader").
   * Absent: only sentences with a candidate are read there.
   */
  bareAdd?: number;
  /**
   * Kinds the reader never reports in such a sentence (with `bareAdd`): a kind whose context only
   * the grammar reads, such as who stops a treatment and on whose advice, or what a guarantee
   * covers (docs/architecture.md, "The sentence reader"). Absent: none.
   */
  bareExceptKinds?: ClaimKind[];
  /**
   * In a text the grammar flags, a candidate its context vetoed is reported when the reader scores
   * its sentence at this or above (docs/architecture.md, "The sentence reader"). Absent: a vetoed
   * candidate is never reported.
   */
  flaggedOverrule?: number;
  /**
   * In a text nothing else flags, a candidate its context vetoed flags the text when the reader
   * scores its sentence at this or above, unless the veto reads the claim's own words (index.ts,
   * OVERRULE_NEVER: a negation, the supplement disclaimer, a question answered no, a correct FDA
   * statement, a quotation held up to doubt, an outcome credited to proven care; docs/architecture.md,
   * "The sentence reader"). Absent: a vetoed candidate never flags a text.
   */
  overrule?: number;
  /**
   * A second key to flag a text, for a language with a gate model: a candidate its context allows
   * that the model scores at `confirm.model` or above (below the model's threshold) flags the text
   * when the reader scores its sentence at `confirm.reader` or above. Two weak readings that agree
   * make a claim ("no side effects at all", "it works every time"); docs/architecture.md, "The
   * sentence reader". Absent: only the model's threshold flags a text.
   */
  confirm?: { model: number; reader: number };
  claim: SparseWeights;
  /** One-vs-rest weights per kind, trained on the sentences that hold a claim. */
  kinds: Partial<Record<ClaimKind, SparseWeights>>;
}

export interface SentenceModel {
  file: SentenceModelFile;
  kinds: ClaimKind[];
  /**
   * Row of each slot that any model weighs, plus one (0: no model weighs the slot); a row holds the
   * claim weight, then one per kind. Reading a sentence looks up a hundred slots or more, and a
   * typed array answers faster than a Map (2 MB for 2^20 slots).
   */
  slotRows: Uint16Array | Uint32Array;
  weights: Float32Array;
  biases: Float32Array;
  negators: ReadonlySet<string>;
}

/** The models of `file` in one table: a sentence's features are looked up once for all of them. */
export function loadSentenceModel(file: SentenceModelFile, negators: readonly string[]): SentenceModel {
  const kinds = Object.keys(file.kinds).sort() as ClaimKind[];
  const models = [file.claim, ...kinds.map((k) => file.kinds[k] as SparseWeights)];
  const stride = models.length;
  const rows = new Map<number, number>();
  models.forEach((m) => {
    let slot = 0;
    for (const delta of m.idx) {
      slot += delta;
      if (!rows.has(slot)) rows.set(slot, rows.size);
    }
  });
  const weights = new Float32Array(rows.size * stride);
  models.forEach((m, k) => {
    let slot = 0;
    m.idx.forEach((delta, i) => {
      slot += delta;
      weights[(rows.get(slot) as number) * stride + k] = m.w[i] as number;
    });
  });
  const slotRows = rows.size < 0xffff ? new Uint16Array(file.buckets) : new Uint32Array(file.buckets);
  for (const [slot, row] of rows) slotRows[slot] = row + 1;
  return { file, kinds, slotRows, weights, biases: Float32Array.from(models, (m) => m.bias), negators: new Set(negators) };
}

/** The hashes of a pack's negators (fnvOf), per set: a word whose hash is none of them is no negator. */
const NEGATOR_HASHES = new WeakMap<ReadonlySet<string>, Set<number>>();

function negatorHashesOf(negators: ReadonlySet<string>): Set<number> {
  let hashes = NEGATOR_HASHES.get(negators);
  if (hashes === undefined) NEGATOR_HASHES.set(negators, (hashes = new Set([...negators].map(fnvOf))));
  return hashes;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

/** Feature families, each a seed of the hash: one word, two, three, a neighbour's word. */
const UNI = 0x1b873593;
const BI = 0x2c1b3c6d;
const TRI = 0x297a2d39;
const DOC = 0x5bd1e995;
/** A word read within three words after a negator of the pack carries the mark. */
const NEGATED = 0x68e31da4;
const NEGATION_REACH = 3;

/** The words of one sentence: their hashes, and whether each is a negator of the pack. */
interface SentenceWords {
  hashes: Uint32Array;
  negator: Uint8Array;
  /** The sentence's words as context features of its neighbours (DOC slots, before the mask). */
  doc: Uint32Array;
  /** Where each word starts in the text: a clause's words are a run of its sentence's. */
  starts: Uint32Array;
}

/** Per text: each sentence's words, tokenized once however many neighbours read them. */
export type WordCache = Map<number, SentenceWords>;

/** Scratch for the word offsets of the sentence being read (start, end pairs), grown as needed. */
let bounds = new Int32Array(512);

function wordsOf(text: string, sents: readonly Span[], j: number, negators: ReadonlySet<string>, cache?: WordCache, span?: Span): SentenceWords {
  if (span) {
    // A part of sentence j: the run of its words that start inside the part, as views (no copy).
    const all = wordsOf(text, sents, j, negators, cache);
    let from = 0;
    while (from < all.starts.length && (all.starts[from] as number) < span.start) from++;
    let to = from;
    while (to < all.starts.length && (all.starts[to] as number) < span.end) to++;
    return { hashes: all.hashes.subarray(from, to), negator: all.negator.subarray(from, to), doc: all.doc.subarray(from, to), starts: all.starts.subarray(from, to) };
  }
  const hit = cache?.get(j);
  if (hit) return hit;
  const s = sents[j] as Span;
  // Words as offsets, hashed from the text (wordHash): a word is made only to ask whether it is a negator.
  let count = 0;
  forEachWord(text, s.start, s.end, (start, end) => {
    if (2 * count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  });
  const hashes = new Uint32Array(count);
  const negator = new Uint8Array(count);
  const doc = new Uint32Array(count);
  const starts = new Uint32Array(count);
  const negatorHashes = negatorHashesOf(negators);
  for (let k = 0; k < count; k++) {
    const start = bounds[2 * k] as number;
    const end = bounds[2 * k + 1] as number;
    const h = wordHash(text, start, end);
    hashes[k] = h;
    negator[k] = negatorHashes.has(h) && negators.has(wordAt(text, start, end)) ? 1 : 0;
    doc[k] = mix(DOC, h);
    starts[k] = start;
  }
  const out = { hashes, negator, doc, starts };
  cache?.set(j, out);
  return out;
}

/**
 * The feature slots of sentence `i` of `sents` (each slot once): its words, pairs and triples (a
 * word within three words after a negator marked as negated), and the words of `context`
 * sentences each side. `cache` keeps each sentence's words for the next sentence read. `own`, a
 * part of sentence `i` (a clause), is read in its place, with the same neighbours: its words are
 * those of the sentence that start inside it.
 */
export function sentenceFeatures(text: string, sents: readonly Span[], i: number, buckets: number, context: number, negators: ReadonlySet<string>, cache?: WordCache, own?: Span): number[] {
  const count = collectSlots(text, sents, i, buckets, context, negators, cache, own);
  return Array.from(slots.subarray(0, count));
}

/**
 * The slots of sentence `i` (as sentenceFeatures, in the same order) into the shared `slots`
 * scratch; returns how many. A stamp per slot instead of a Set, and one buffer for every sentence,
 * so reading a sentence allocates nothing here (a page of prose reads thousands of sentences and
 * clauses).
 */
function collectSlots(text: string, sents: readonly Span[], i: number, buckets: number, context: number, negators: ReadonlySet<string>, cache?: WordCache, own?: Span): number {
  const mask = buckets - 1;
  if (stamps.length !== buckets) {
    stamps = new Uint32Array(buckets);
    stamp = 0;
  }
  stamp += 1;
  if (stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const mark = stamp;
  let count = 0;
  const add = (slot: number): void => {
    if (stamps[slot] === mark) return;
    stamps[slot] = mark;
    if (count === slots.length) {
      const grown = new Int32Array(slots.length * 2);
      grown.set(slots);
      slots = grown;
    }
    slots[count++] = slot;
  };
  const words = wordsOf(text, sents, i, negators, cache, own);
  const n = words.hashes.length;
  if (markedHashes.length < n) markedHashes = new Uint32Array(Math.max(n, markedHashes.length * 2));
  let reach = 0;
  for (let k = 0; k < n; k++) {
    const h = words.hashes[k] as number;
    if (words.negator[k] === 1) {
      reach = NEGATION_REACH;
      markedHashes[k] = h;
    } else if (reach > 0) {
      reach--;
      markedHashes[k] = mix(NEGATED, h);
    } else markedHashes[k] = h;
  }
  for (let k = 0; k < n; k++) {
    const a = markedHashes[k] as number;
    add(mix(UNI, a) & mask);
    if (k + 1 < n) {
      const ab = mix(mix(BI, a), markedHashes[k + 1] as number);
      add(ab & mask);
      if (k + 2 < n) add(mix(mix(TRI, ab), markedHashes[k + 2] as number) & mask);
    }
  }
  const from = Math.max(0, i - context);
  const to = Math.min(sents.length - 1, i + context);
  for (let j = from; j <= to; j++) for (const d of (j === i ? words : wordsOf(text, sents, j, negators, cache)).doc) add(d & mask);
  return count;
}

let stamps = new Uint32Array(0);
let stamp = 0;
/** Scratch: the slots of the sentence being read, and its (negation-marked) word hashes. */
let slots = new Int32Array(1024);
let markedHashes = new Uint32Array(256);

export interface SentenceReading {
  /** Probability that the sentence makes a prohibited claim. */
  claim: number;
  /** The kind the reader names, with its probability. */
  kind: ClaimKind;
  kindScore: number;
  /** Every kind's probability, in the order of the model's kinds. */
  kindScores: Float64Array;
}

export function readSentence(model: SentenceModel, text: string, sents: readonly Span[], i: number, cache?: WordCache, own?: Span): SentenceReading {
  const stride = model.biases.length;
  // The claim's score first; the kinds' only when asked (most sentences are read for the claim alone).
  let z0 = model.biases[0] as number;
  const slotRows = model.slotRows;
  const count = collectSlots(text, sents, i, model.file.buckets, model.file.context, model.negators, cache, own);
  // The rows found, in the slots' order (the kinds' sums add them in that order), kept in the scratch's front.
  let found = 0;
  for (let k = 0; k < count; k++) {
    const row = (slotRows[slots[k] as number] as number) - 1;
    if (row < 0) continue;
    slots[found++] = row;
    z0 += model.weights[row * stride] as number;
  }
  return new Reading(model, 1 / (1 + Math.exp(-z0)), slots.slice(0, found));
}

class Reading implements SentenceReading {
  private scores: Float64Array | null = null;
  private best = 0;

  constructor(
    private readonly model: SentenceModel,
    readonly claim: number,
    private readonly rows: Int32Array
  ) {}

  private kindsRead(): Float64Array {
    if (this.scores) return this.scores;
    const { model } = this;
    const stride = model.biases.length;
    const z = Float64Array.from(model.biases);
    for (const row of this.rows) for (let k = 1; k < stride; k++) z[k] += model.weights[row * stride + k] as number;
    const scores = new Float64Array(stride - 1);
    let best = -Infinity;
    for (let k = 1; k < stride; k++) {
      scores[k - 1] = 1 / (1 + Math.exp(-(z[k] as number)));
      if ((z[k] as number) > best) {
        best = z[k] as number;
        this.best = k - 1;
      }
    }
    this.scores = scores;
    return scores;
  }

  get kind(): ClaimKind {
    this.kindsRead();
    return this.model.kinds[this.best] ?? 'cure';
  }

  get kindScore(): number {
    return this.kindsRead()[this.best] ?? 0;
  }

  get kindScores(): Float64Array {
    return this.kindsRead();
  }
}
