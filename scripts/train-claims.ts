/**
 * Trains the claim classifier of server/src/detection/claims (README, "Checklist":
 * claims.prohibited) and writes server/src/detection/claims/model.en.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-claims.ts [--lang en|es] [--threshold 0.53] [--l2 0.003] [--cv]
 *
 * Data: for English, training/en/claims.t1.json (900 labelled texts by a separate writer) and the
 * DEVELOPMENT parts of tests/corpus/en; for Spanish (`--lang es`, writes model.es.json), the
 * development parts of tests/corpus/es (corpus format of tests/corpus/README.md). Never a
 * `*.heldout.json` file: the held-out fifth measures the detector and is never read here.
 *
 * Examples: every grammar candidate of every training text that the context does not veto
 * (features.ts, `vetoed`), labelled 1 when it overlaps a labelled claim span of its text, else 0.
 * Model: L2-regularised logistic regression over the binary features of features.ts, fitted by
 * full-batch gradient descent with a fixed number of steps from zero weights, so a run is
 * deterministic. Features seen fewer than MIN_COUNT times are dropped, and weights are rounded to
 * 4 decimals to keep the file small and diffable. The regularisation was chosen by
 * leave-one-writer-out cross-validation over the same files (train on all writers but one, score
 * the one left out), which is how an outside writer's texts meet the model.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseClaims, countsOnlyInFlaggedText, detectClaims, vetoed } from '../server/src/detection/claims';
import type { ClaimModel } from '../server/src/detection/claims';
import { formatScore, score } from '../tests/corpus/eval-lib';
import type { CorpusText } from '../tests/corpus/eval-lib';

const ROOT = path.resolve(__dirname, '..');
const LANGUAGE = (() => {
  const i = process.argv.indexOf('--lang');
  return i === -1 ? 'en' : String(process.argv[i + 1]);
})();
const CORPUS = path.join(ROOT, 'tests/corpus', LANGUAGE);
const OUT = path.join(ROOT, `server/src/detection/claims/model.${LANGUAGE}.json`);
/** Texts by separate writers that train the model but are not a corpus part (English only). */
const EXTRA_TRAINING: Record<string, string[]> = { en: [path.join(ROOT, 'training/en/claims.t1.json')] };
/** `--exclude blind-s,blind-u`: development parts kept out of training (validation writers, scored as unseen). */
const EXCLUDED: string[] = (() => {
  const i = process.argv.indexOf('--exclude');
  return i === -1 ? [] : String(process.argv[i + 1]).split(',');
})();
const MIN_COUNT = 2;
const STEPS = 600;
const RATE = 0.5;
const L2 = 0.001;

interface Text {
  text: string;
  spans: Array<{ kind: string; text: string }>;
  context?: { references?: string[] };
}

export interface Example {
  features: string[];
  label: number;
}

/** The training files: the extra training texts, then every development part of the language's claims corpus, never held-out. */
export function trainingFiles(): string[] {
  const dev = fs
    .readdirSync(CORPUS)
    .filter((f) => f.startsWith('claims.') && f.endsWith('.json') && !f.endsWith('.heldout.json'))
    .filter((f) => !EXCLUDED.some((part) => f === `claims.${part}.json`))
    .sort()
    .map((f) => path.join(CORPUS, f));
  return [...(EXTRA_TRAINING[LANGUAGE] ?? []), ...dev];
}

/** The examples of one text: its non-vetoed candidates, labelled by overlap with a claim span. */
export function examplesOf(t: Text): Example[] {
  const spans = t.spans.map((s) => {
    const start = t.text.indexOf(s.text);
    return { start, end: start + s.text.length };
  });
  const out: Example[] = [];
  for (const c of analyseClaims(t.text, LANGUAGE)) {
    // The detector drops vetoed candidates (and FDA statements of an entry with a reference) before the classifier sees them.
    if (vetoed(c.features)) continue;
    // Rules that count only in a flagged text are not the model's to score.
    if (countsOnlyInFlaggedText(c.rule, LANGUAGE)) continue;
    if (c.rule.kind === 'fda-approval' && (t.context?.references ?? []).length > 0) continue;
    const label = spans.some((s) => s.start >= 0 && c.start < s.end && s.start < c.end) ? 1 : 0;
    out.push({ features: [...new Set(c.features)], label });
  }
  return out;
}

export function fit(examples: Example[], opts: { l2: number; steps?: number; threshold: number; trainedOn?: string }): ClaimModel {
  const steps = opts.steps ?? STEPS;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.label }));
  const w = new Float64Array(vocab.length);
  let b = 0;
  const n = rows.length;
  for (let step = 0; step < steps; step++) {
    const g = new Float64Array(vocab.length);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (const i of r.x) z += w[i] as number;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (const i of r.x) g[i] = (g[i] as number) + err;
    }
    b -= (RATE * gb) / n;
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - RATE * ((g[i] as number) / n + opts.l2 * (w[i] as number));
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = Math.round((w[i] as number) * 1e4) / 1e4;
    if (Math.abs(v) >= 0.001) weights[f] = v;
  });
  return {
    language: LANGUAGE,
    threshold: opts.threshold,
    bias: Math.round(b * 1e4) / 1e4,
    weights,
    trainedOn: `${opts.trainedOn ?? 'examples'} (${n} candidates, ${vocab.length} features; L2 ${opts.l2}, ${steps} steps)`,
  };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/**
 * `--cv`: leave-one-writer-out. For each development part, fit on t1 and the other parts and score
 * the part left out with that model (recall and specificity as `npm run eval` counts them): how
 * the detector meets a writer whose texts it was not trained on. Writes nothing.
 */
function crossValidate(l2: number, threshold: number, withoutModel: boolean): void {
  const files = trainingFiles();
  const load = (f: string): CorpusText[] => (JSON.parse(fs.readFileSync(f, 'utf8')) as { texts: CorpusText[] }).texts;
  for (const out of files.slice((EXTRA_TRAINING[LANGUAGE] ?? []).length)) {
    // `--no-model`: the same writer scored with every candidate its context allows (the baseline).
    const model = withoutModel ? null : fit(files.filter((f) => f !== out).flatMap(load).flatMap(examplesOf), { l2, threshold });
    const texts = load(out);
    const detections = texts.map((t) =>
      detectClaims(t.text, { model, hasReference: (t.context?.references ?? []).length > 0 }, LANGUAGE).map((h) => ({
        offset: h.start,
        match: t.text.slice(h.start, h.end),
        kind: h.kind,
      }))
    );
    for (const line of formatScore(`cv ${path.basename(out)}`, score(texts, detections).score)) process.stdout.write(`${line}\n`);
  }
}

function main(): void {
  if (process.argv.includes('--cv')) {
    crossValidate(arg('--l2', L2), arg('--threshold', 0.53), process.argv.includes('--no-model'));
    return;
  }
  const threshold = arg("--threshold", 0.53);
  const l2 = arg('--l2', L2);
  const files = trainingFiles();
  const texts = files.flatMap((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { texts: Text[] }).texts);
  const examples = texts.flatMap(examplesOf);
  const names = files.map((f) => path.relative(ROOT, f)).join(', ');
  const model = fit(examples, { l2, threshold, trainedOn: `${names}: ${texts.length} texts` });
  fs.writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  const positives = examples.filter((e) => e.label === 1).length;
  process.stdout.write(`${examples.length} candidates (${positives} positive), ${Object.keys(model.weights).length} weights\nWrote ${path.relative(ROOT, OUT)}\n`);
}

if (require.main === module) main();
