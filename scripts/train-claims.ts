/**
 * Trains the claim classifier of server/src/detection/claims (README, "Checklist":
 * claims.prohibited) and writes server/src/detection/claims/model.en.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-claims.ts [--threshold 0.53] [--l2 0.003]
 *
 * Data: training/en/claims.t1.json (900 labelled texts by a separate writer) and the DEVELOPMENT
 * parts of tests/corpus/en (corpus format of tests/corpus/README.md). Never a `*.heldout.json`
 * file: the held-out fifth measures the detector and is never read here.
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
import { analyseClaims, vetoed } from '../server/src/detection/claims';
import type { ClaimModel } from '../server/src/detection/claims';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.join(ROOT, 'tests/corpus/en');
const OUT = path.join(ROOT, 'server/src/detection/claims/model.en.json');
const MIN_COUNT = 2;
const STEPS = 600;
const RATE = 0.5;
const L2 = 0.003;

interface Text {
  text: string;
  spans: Array<{ kind: string; text: string }>;
  context?: { references?: string[] };
}

export interface Example {
  features: string[];
  label: number;
}

/** The training files: t1 and every development part of the English claims corpus, never held-out. */
export function trainingFiles(): string[] {
  const dev = fs
    .readdirSync(CORPUS)
    .filter((f) => f.startsWith('claims.') && f.endsWith('.json') && !f.endsWith('.heldout.json'))
    .sort()
    .map((f) => path.join(CORPUS, f));
  return [path.join(ROOT, 'training/en/claims.t1.json'), ...dev];
}

/** The examples of one text: its non-vetoed candidates, labelled by overlap with a claim span. */
export function examplesOf(t: Text): Example[] {
  const spans = t.spans.map((s) => {
    const start = t.text.indexOf(s.text);
    return { start, end: start + s.text.length };
  });
  const out: Example[] = [];
  for (const c of analyseClaims(t.text)) {
    // The detector drops vetoed candidates (and FDA statements of an entry with a reference) before the classifier sees them.
    if (vetoed(c.features)) continue;
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
    language: 'en',
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

function main(): void {
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
