/**
 * Trains the sentence reader of the claim detector (server/src/detection/claims/sentence-model.ts;
 * docs/architecture.md, "The sentence reader") and writes sentence-model.<lang>.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-claim-sentences.ts --lang en|es [--exclude blind-be,blind-bg] [--cv [--vetos 0,0.02] [--adds 0.95,0.98] [--flagged-adds 0.5,0.7] [--kind-adds 0.2,0.3] [--bare-adds 0.98,0.99]] [--l1 0.5] [--veto 0.02] [--add 0.95] [--flagged-add 0.5] [--bare-add 0.98] [--bare-except-kinds guarantee,treatment-replacement] [--flagged-overrule 0.99] [--flagged-veto 0.005] [--overrule 0.99] [--confirm 0.2,0.85]
 *
 * Data: the DEVELOPMENT parts of tests/corpus/<lang>/claims.*.json (and, for English,
 * training/en/claims.t1.json), never a `*.heldout.json` file: the held-out fifth measures the
 * detector and is never read here. `--exclude` keeps parts out (writers scored as unseen).
 *
 * Examples: every sentence of every text, labelled 1 when a claim span of its text overlaps it
 * (the claim model), and, for the sentences that hold a claim, 1 per kind of span overlapping it
 * (one model per kind). Features: sentence-model.ts, `sentenceFeatures`; a slot seen in fewer than
 * MIN_COUNT training sentences is left out. Model: logistic regression fitted by AdaGrad over
 * EPOCHS passes in an order drawn from a seeded generator, so a run is deterministic; weights are
 * rounded to 4 decimals and the ones below 0.001 dropped.
 *
 * `--cv`: leave-writers-out cross-validation (each fold holds a fifth of the parts out, trains on
 * the rest and reads the parts left out with the grammar), printed per threshold pair; the
 * thresholds written are the pair given by --veto and --add, and --flagged-add the threshold in a flagged text
 * (`--flagged-adds`, `--kind-adds` and `--bare-adds` put several of those in the grid);
 * --bare-add (none by default) lets the reader report sentences where the grammar found nothing,
 * except the kinds of --bare-except-kinds; --confirm <model>,<reader> (none by default) lets a candidate the gate
 * model scores at <model> or above flag the text when the reader scores its sentence at <reader> or above;
 * --overrule (none by default) lets a candidate its context vetoed flag a text when the reader scores its sentence at it or above.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectClaims, packFor } from '../server/src/detection/claims';
import { compilePack } from '../server/src/detection/claims/grammar';
import { sentences } from '../server/src/detection/claims/text';
import { loadSentenceModel, readSentence, sentenceFeatures } from '../server/src/detection/claims/sentence-model';
import type { SentenceModelFile, SparseWeights } from '../server/src/detection/claims/sentence-model';
import type { ClaimKind } from '../server/src/detection/claims';
import { formatScore, score } from '../tests/corpus/eval-lib';
import { prng } from '../bench/lib/corpus';
import { arg, developmentTexts, ROOT, shuffle } from './lib/training';
import type { PartText } from './lib/training';
import type { CorpusText, DetectedSpan } from '../tests/corpus/eval-lib';

const LANGUAGE = arg('--lang') ?? 'en';
const EXCLUDED = (arg('--exclude') ?? '').split(',').filter(Boolean);
const VETO = Number(arg('--veto') ?? 0.02);
const ADD = Number(arg('--add') ?? 0.95);
/**
 * In a flagged text, a sentence scored at this or above is reported (sentence-model.ts, `flaggedAdd`). 0.5: under
 * `--cv --flagged-adds 0.3,…,0.7` the best F2 (recall weighted over precision: a claim missed in a blocked text ships
 * once the others are fixed) is at 0.4 in both languages and 0.5 is within 0.001 of it; at 0.4 the reader reports plain
 * sentences of the unit tests ("Probé el suero de caracol de mi prima.", read at 0.47) (bench/RESULTS.md, "Round 2, session 45").
 */
const FLAGGED_ADD = Number(arg('--flagged-add') ?? 0.5);
const KIND_ADD = Number(arg('--kind-add') ?? 0.3);
const CLAUSE_ADD = Number(arg('--clause-add') ?? 0.7);
/** Absent unless given: the reader then reads no sentence where the grammar found nothing (sentence-model.ts, `bareAdd`). */
const BARE_ADD = arg('--bare-add') === undefined ? undefined : Number(arg('--bare-add'));
/** The kinds never reported in such a sentence (sentence-model.ts, `bareExceptKinds`); absent unless given. */
const BARE_EXCEPT_KINDS = (arg('--bare-except-kinds') ?? '').split(',').filter(Boolean) as ClaimKind[];
/** In a flagged text, a vetoed candidate in a sentence scored at this or above is reported (sentence-model.ts, `flaggedOverrule`). */
const FLAGGED_OVERRULE = Number(arg('--flagged-overrule') ?? 0.99);
/** In a flagged text, a grammar hit the veto dropped is kept when its sentence scores this or above (sentence-model.ts, `flaggedVeto`; none by default). */
const FLAGGED_VETO = arg('--flagged-veto') === undefined ? undefined : Number(arg('--flagged-veto'));
/** In a text nothing else flags, a vetoed candidate in a sentence scored at this or above flags it (sentence-model.ts, `overrule`); absent unless given. */
const OVERRULE = arg('--overrule') === undefined ? undefined : Number(arg('--overrule'));
/** The gate model's and the reader's scores that together flag a text (sentence-model.ts, `confirm`); absent unless given. */
const CONFIRM = ((): { model: number; reader: number } | undefined => {
  const given = arg('--confirm');
  if (given === undefined) return undefined;
  const [model, reader] = given.split(',').map(Number);
  if (!Number.isFinite(model) || !Number.isFinite(reader)) throw new Error('--confirm is <model score>,<reader score>, e.g. 0.2,0.85');
  return { model: model as number, reader: reader as number };
})();
const OUT = path.join(ROOT, `server/src/detection/claims/sentence-model.${LANGUAGE}.json`);
const EXTRA_TRAINING: Record<string, string[]> = { en: ['training/en/claims.t1.json'] };
const BUCKETS = 1 << 20;
const CONTEXT = Number(arg('--context') ?? 2);
const MIN_COUNT = 2;
const EPOCHS = 6;
const ALPHA = Number(arg('--alpha') ?? 0.3);
const BETA = 1;
/** The claim model's L1 term: 0.5 since session 36 (3 before; docs/architecture.md, "The sentence reader"). */
const L1 = Number(arg('--l1') ?? 0.5);
const L1_KIND = Number(arg('--l1-kind') ?? 3);
const L2 = 1e-4;
const SEED = 20261204;

interface Example {
  features: number[];
  claim: number;
  kinds: Set<string>;
}

function examples(texts: readonly PartText[]): Example[] {
  const pack = packFor(LANGUAGE);
  const abbreviations = compilePack(pack).abbreviations;
  const negators = new Set(pack.negators);
  const out: Example[] = [];
  for (const t of texts) {
    const spans = t.spans.map((s) => {
      const start = t.text.indexOf(s.text);
      return { kind: s.kind, start, end: start + s.text.length };
    });
    const sents = sentences(t.text, abbreviations);
    sents.forEach((s, i) => {
      const kinds = new Set(spans.filter((sp) => sp.start < s.end && s.start < sp.end).map((sp) => sp.kind));
      out.push({ features: sentenceFeatures(t.text, sents, i, BUCKETS, CONTEXT, negators), claim: kinds.size > 0 ? 1 : 0, kinds });
    });
  }
  return out;
}

/**
 * FTRL-proximal (McMahan et al., 2013): logistic regression whose L1 term leaves most weights at
 * exactly zero, so the file holds only the n-grams that matter.
 */
function fit(data: readonly Example[], label: (e: Example) => number, allowed: Uint8Array, l1: number): SparseWeights {
  const z = new Float64Array(BUCKETS + 1);
  const n = new Float64Array(BUCKETS + 1);
  const weight = (i: number): number => {
    const zi = z[i]!;
    if (Math.abs(zi) <= (i === BUCKETS ? 0 : l1)) return 0;
    return -(zi - Math.sign(zi) * (i === BUCKETS ? 0 : l1)) / ((BETA + Math.sqrt(n[i]!)) / ALPHA + L2);
  };
  const rows = data.map((e) => ({ f: [...e.features.filter((x) => allowed[x] === 1), BUCKETS], y: label(e) }));
  const next = prng(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(rows, next);
    for (const r of rows) {
      let s = 0;
      const ws = r.f.map(weight);
      for (const w of ws) s += w;
      const grad = 1 / (1 + Math.exp(-s)) - r.y;
      r.f.forEach((i, k) => {
        const sigma = (Math.sqrt(n[i]! + grad * grad) - Math.sqrt(n[i]!)) / ALPHA;
        z[i]! += grad - sigma * ws[k]!;
        n[i]! += grad * grad;
      });
    }
  }
  const idx: number[] = [];
  const ws: number[] = [];
  let last = 0;
  for (let i = 0; i < BUCKETS; i++) {
    const v = Math.round(weight(i) * 1e3) / 1e3;
    if (v === 0) continue;
    idx.push(i - last);
    ws.push(v);
    last = i;
  }
  return { bias: Math.round(weight(BUCKETS) * 1e3) / 1e3, idx, w: ws };
}

function train(texts: readonly PartText[]): SentenceModelFile {
  const data = examples(texts);
  const counts = new Uint16Array(BUCKETS);
  for (const e of data) for (const f of e.features) if (counts[f]! < 65535) counts[f]!++;
  const allowed = new Uint8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) allowed[i] = counts[i]! >= MIN_COUNT ? 1 : 0;
  const claim = fit(data, (e) => e.claim, allowed, L1);
  const positives = data.filter((e) => e.claim === 1);
  const kindNames = [...new Set(positives.flatMap((e) => [...e.kinds]))].sort() as ClaimKind[];
  const unknown = BARE_EXCEPT_KINDS.filter((k) => !kindNames.includes(k));
  if (unknown.length > 0) throw new Error(`--bare-except-kinds: no such kind in the training data: ${unknown.join(', ')}`);
  const kinds: Partial<Record<ClaimKind, SparseWeights>> = {};
  for (const kind of kindNames) kinds[kind] = fit(positives, (e) => (e.kinds.has(kind) ? 1 : 0), allowed, L1_KIND);
  const parts = [...new Set(texts.map((t) => t.part))];
  return {
    language: LANGUAGE,
    trainedOn: `scripts/train-claim-sentences.ts: ${texts.length} texts of ${parts.length} files (${parts.join(', ')}), ${data.length} sentences, ${EPOCHS} epochs, L1 ${L1} (kinds ${L1_KIND}), seed ${SEED}`,
    buckets: BUCKETS,
    context: CONTEXT,
    veto: VETO,
    ...(FLAGGED_VETO === undefined ? {} : { flaggedVeto: FLAGGED_VETO }),
    add: ADD,
    flaggedAdd: FLAGGED_ADD,
    kindAdd: KIND_ADD,
    clauseAdd: CLAUSE_ADD,
    ...(BARE_ADD === undefined ? {} : { bareAdd: BARE_ADD }),
    ...(BARE_EXCEPT_KINDS.length === 0 ? {} : { bareExceptKinds: BARE_EXCEPT_KINDS }),
    flaggedOverrule: FLAGGED_OVERRULE,
    ...(OVERRULE === undefined ? {} : { overrule: OVERRULE }),
    ...(CONFIRM === undefined ? {} : { confirm: CONFIRM }),
    claim,
    kinds,
  };
}

function crossValidate(texts: readonly PartText[]): void {
  const parts = [...new Set(texts.map((t) => t.part))].sort();
  const folds = 5;
  const pack = packFor(LANGUAGE);
  const grid: Array<[number, number, number, number, number | undefined]> = [];
  const list = (name: string, fallback: string): number[] => (arg(name) ?? fallback).split(',').map(Number);
  const bareAdds = arg('--bare-adds') === undefined ? [BARE_ADD] : list('--bare-adds', '');
  for (const veto of list('--vetos', '0,0.01,0.02,0.05,0.1'))
    for (const add of list('--adds', '0.8,0.9,0.95,0.98,1.01'))
      for (const flaggedAdd of list('--flagged-adds', String(FLAGGED_ADD)))
        for (const kindAdd of list('--kind-adds', String(KIND_ADD))) for (const bareAdd of bareAdds) grid.push([veto, add, flaggedAdd, kindAdd, bareAdd]);
  const outcomes = new Map<string, Outcomes>();
  const baseline: Outcomes = { texts: [], detected: [] };
  let kindRight = 0;
  let kindTotal = 0;
  for (let k = 0; k < folds; k++) {
    const held = new Set(parts.filter((_, i) => i % folds === k));
    const model = train(texts.filter((t) => !held.has(t.part)));
    const reader = loadSentenceModel(model, pack.negators);
    const test = texts.filter((t) => held.has(t.part));
    for (const t of test) {
      const abbreviations = compilePack(pack).abbreviations;
      const sents = sentences(t.text, abbreviations);
      const spans = t.spans.map((sp) => ({ kind: sp.kind, start: t.text.indexOf(sp.text), end: t.text.indexOf(sp.text) + sp.text.length }));
      sents.forEach((sn, i) => {
        const kinds = spans.filter((sp) => sp.start < sn.end && sn.start < sp.end).map((sp) => sp.kind);
        if (kinds.length === 0) return;
        kindTotal++;
        if (kinds.includes(readSentence(reader, t.text, sents, i).kind)) kindRight++;
      });
      const options = { hasReference: (t.context?.references ?? []).length > 0 };
      baseline.texts.push(t);
      baseline.detected.push(detected(t, detectClaims(t.text, { ...options, reader: null }, LANGUAGE)));
      for (const [veto, add, flaggedAdd, kindAdd, bareAdd] of grid) {
        reader.file.veto = veto;
        reader.file.add = add;
        reader.file.flaggedAdd = flaggedAdd;
        reader.file.kindAdd = kindAdd;
        reader.file.bareAdd = bareAdd;
        const key = `veto ${veto} add ${add} flaggedAdd ${flaggedAdd} kindAdd ${kindAdd} bareAdd ${bareAdd ?? 'none'}`;
        const list = outcomes.get(key) ?? { texts: [], detected: [] };
        list.texts.push(t);
        list.detected.push(detected(t, detectClaims(t.text, { ...options, reader }, LANGUAGE)));
        outcomes.set(key, list);
      }
    }
    process.stderr.write(`fold ${k + 1}/${folds}\n`);
  }
  const size = (m: SentenceModelFile): number => m.claim.idx.length + Object.values(m.kinds).reduce((sum, k) => sum + (k as SparseWeights).idx.length, 0);
  console.log(`kind named right in ${kindRight} of ${kindTotal} claim sentences (${(kindRight / kindTotal).toFixed(3)}); weights of the full model: ${size(train(texts))}`);
  console.log(formatScore('grammar alone', score(baseline.texts, baseline.detected).score)[0]);
  for (const [key, list] of outcomes) console.log(formatScore(key, score(list.texts, list.detected).score)[0]);
}

interface Outcomes {
  texts: CorpusText[];
  detected: DetectedSpan[][];
}

function detected(t: CorpusText, hits: ReadonlyArray<{ kind: string; start: number; end: number }>): DetectedSpan[] {
  return hits.map((h) => ({ kind: h.kind, offset: h.start, match: t.text.slice(h.start, h.end) }));
}

const texts = developmentTexts(LANGUAGE, 'claims', EXCLUDED, EXTRA_TRAINING[LANGUAGE] ?? []);
if (process.argv.includes('--cv')) crossValidate(texts);
else {
  const model = train(texts);
  fs.writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${model.trainedOn}; ${model.claim.idx.length} claim weights`);
}
