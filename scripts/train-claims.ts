/**
 * Trains the claim classifier of server/src/detection/claims (README, "Checklist":
 * claims.prohibited) and writes server/src/detection/claims/model.en.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-claims.ts [--threshold 0.5]
 *
 * Data: training/en/claims.t1.json ONLY (900 labelled texts by a separate writer, corpus format of
 * tests/corpus/README.md). Never the tests/corpus files: those measure the detector.
 *
 * Examples: every grammar candidate of every training text that the context does not veto
 * (features.ts, `vetoed`), labelled 1 when it overlaps a
 * labelled claim span of its text, else 0. Model: L2-regularised logistic regression over the
 * binary features of features.ts, fitted by full-batch gradient descent with a fixed number of
 * steps from zero weights, so a run is deterministic. Features seen fewer than MIN_COUNT times
 * are dropped, and weights are rounded to 4 decimals to keep the file small and diffable.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseClaims, vetoed } from '../server/src/detection/claims';
import type { ClaimModel } from '../server/src/detection/claims';

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, 'training/en/claims.t1.json');
const OUT = path.join(ROOT, 'server/src/detection/claims/model.en.json');
const MIN_COUNT = 2;
const STEPS = 600;
const RATE = 0.5;
const L2 = 0.002;

interface Text {
  text: string;
  spans: Array<{ kind: string; text: string }>;
}

function args(): { threshold: number } {
  const i = process.argv.indexOf('--threshold');
  return { threshold: i === -1 ? 0.5 : Number(process.argv[i + 1]) };
}

function main(): void {
  const { threshold } = args();
  const texts = (JSON.parse(fs.readFileSync(DATA, 'utf8')) as { texts: Text[] }).texts;
  const examples: Array<{ features: string[]; label: number }> = [];
  for (const t of texts) {
    const spans = t.spans.map((s) => {
      const start = t.text.indexOf(s.text);
      return { start, end: start + s.text.length };
    });
    for (const c of analyseClaims(t.text)) {
      // The detector drops vetoed candidates before the classifier sees them.
      if (vetoed(c.features)) continue;
      const label = spans.some((s) => s.start >= 0 && c.start < s.end && s.start < c.end) ? 1 : 0;
      examples.push({ features: [...new Set(c.features)], label });
    }
  }
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.label }));
  const w = new Float64Array(vocab.length);
  let b = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step++) {
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
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - RATE * ((g[i] as number) / n + L2 * (w[i] as number));
  }
  let correct = 0;
  for (const r of rows) {
    let z = b;
    for (const i of r.x) z += w[i] as number;
    if (1 / (1 + Math.exp(-z)) >= threshold === (r.y === 1)) correct++;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = Math.round((w[i] as number) * 1e4) / 1e4;
    if (Math.abs(v) >= 0.001) weights[f] = v;
  });
  const model: ClaimModel = {
    language: 'en',
    threshold,
    bias: Math.round(b * 1e4) / 1e4,
    weights,
    trainedOn: `training/en/claims.t1.json (${texts.length} texts, ${n} candidates, ${vocab.length} features; L2 ${L2}, ${STEPS} steps)`,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  process.stdout.write(`${n} candidates (${rows.filter((r) => r.y === 1).length} positive), ${vocab.length} features, training accuracy ${(correct / n).toFixed(3)}\nWrote ${path.relative(ROOT, OUT)}\n`);
}

main();
