/**
 * Trains the PHI reader of the PHI detector (server/src/detection/phi/reader.ts; docs/architecture.md,
 * "The PHI reader") and writes server/src/detection/phi/reader.<lang>.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-phi-reader.ts --lang en|es --catch 0.6 --number-catch 0.5 [--flagged-catch 0.4] [--cv] [--exclude blind-be]
 *
 * Data: the DEVELOPMENT parts of tests/corpus/<lang>/phi.*.json, never a `*.heldout.json` file.
 * Examples: every run of capitalised words and every group of digits (reader.ts, `readerRuns`)
 * that the detector without the reader leaves alone, labelled 1 when it overlaps a labelled
 * identifier of its text; the place model learns, on the runs labelled 1 and on the rules' own
 * names and towns that are identifiers, whether one is a place, a street or a ZIP code.
 * Model: logistic regression fitted by AdaGrad over EPOCHS passes in an order drawn from a seeded
 * generator (deterministic), features seen in fewer than MIN_COUNT examples left out, weights rounded.
 *
 * `--cv`: leave-writers-out cross-validation (each fold holds a fifth of the parts out, trains on
 * the rest and scores the parts left out as `npm run eval` does), printed per threshold for the
 * runs (`--catches`), then for the groups of digits on top of the runs at --catch
 * (`--number-catches`). The thresholds written are --catch and --number-catch, chosen there and
 * never on the held-out fifth.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanPhiGrammar } from '../server/src/detection/phi';
import { compilePack } from '../server/src/detection/phi/compile';
import { en } from '../server/src/detection/phi/packs/en';
import { es } from '../server/src/detection/phi/packs/es';
import { foundNameFeatures, kindOf, readerRuns, scoreWeights } from '../server/src/detection/phi/reader';
import type { PhiReaderFile, ReaderWeights } from '../server/src/detection/phi/reader';
import { formatScore, locateSpans, score } from '../tests/corpus/eval-lib';
import type { CorpusText, DetectedSpan } from '../tests/corpus/eval-lib';
import { prng } from '../bench/lib/corpus';
import { arg, developmentTexts, ROOT, shuffle } from './lib/training';
import type { PartText } from './lib/training';

const LANGUAGE = arg('--lang') ?? 'en';
const EXCLUDED = (arg('--exclude') ?? '').split(',').filter(Boolean);
const CATCH = Number(arg('--catch') ?? 0.9);
const NUMBER_CATCH = Number(arg('--number-catch') ?? 1.01);
/** The names' threshold in a text the rules already flag (PhiReaderFile.flaggedCatch); absent unless given. */
const FLAGGED_CATCH = arg('--flagged-catch');
const OUT = path.join(ROOT, `server/src/detection/phi/reader.${LANGUAGE}.json`);
const MIN_COUNT = 3;
const EPOCHS = Number(arg('--epochs') ?? 6);
const ALPHA = Number(arg('--alpha') ?? 0.2);
const L2 = Number(arg('--l2') ?? 1e-5);
const SEED = 20261205;
const PLACE_KINDS = new Set(['place', 'street-address', 'zip-code']);
const pack = compilePack(LANGUAGE === 'es' ? es : en);

interface Run {
  start: number;
  end: number;
  features: string[];
  label: number;
  place: number;
}

interface Prepared {
  text: PartText;
  grammar: DetectedSpan[];
  runs: Run[];
  /** Groups of digits the rules left alone (`place` unused). */
  numbers: Run[];
  /** The rules' names and towns that overlap a labelled identifier: more examples for the place model. */
  named: Array<{ features: string[]; place: number }>;
}

function prepare(t: PartText): Prepared {
  const options = {
    subjectNames: t.context?.subjectName ? [t.context.subjectName] : [],
    allowNames: t.context?.nameAllowed === true,
    language: LANGUAGE,
    reader: false,
  };
  const { found, considered } = scanPhiGrammar(t.text, options);
  const grammar = found.map((f) => ({ kind: f.kind, offset: f.start, match: t.text.slice(f.start, f.end) }));
  const spans = locateSpans(t);
  const read = readerRuns(t.text, pack, found, considered);
  const label = (list: typeof read.runs): Run[] =>
    list.map(({ run, features: own }) => {
      const hit = spans.filter((s) => s.start < run.end && run.start < s.end);
      return { start: run.start, end: run.end, features: read.textFeatures.concat(own), label: hit.length > 0 ? 1 : 0, place: hit.some((s) => PLACE_KINDS.has(s.kind)) ? 1 : 0 };
    });
  const runs = label(read.runs);
  const numbers = label(read.numbers);
  const named = foundNameFeatures(t.text, pack, found).flatMap(({ finding, features }) => {
    const hit = spans.filter((sp) => sp.start < finding.end && finding.start < sp.end);
    return hit.length ? [{ features, place: hit.some((sp) => PLACE_KINDS.has(sp.kind)) ? 1 : 0 }] : [];
  });
  return { text: t, grammar, runs, numbers, named };
}

function fit(rows: readonly { features: string[]; y: number }[]): ReaderWeights {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) index.set(f, index.size);
  const w = new Float64Array(index.size + 1);
  const g2 = new Float64Array(index.size + 1);
  const bias = index.size;
  const data = rows.map((r) => ({ x: r.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined).concat(bias), y: r.y }));
  const next = prng(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(data, next);
    for (const r of data) {
      let z = 0;
      for (const i of r.x) z += w[i]!;
      const grad = 1 / (1 + Math.exp(-z)) - r.y;
      for (const i of r.x) {
        const g = grad + (i === bias ? 0 : L2 * w[i]!);
        g2[i]! += g * g;
        w[i]! -= (ALPHA * g) / Math.sqrt(g2[i]! + 1e-8);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of index) {
    const v = Math.round(w[i]! * 1e3) / 1e3;
    if (Math.abs(v) >= 0.005) weights[f] = v;
  }
  return { bias: Math.round(w[bias]! * 1e3) / 1e3, weights };
}

function train(prepared: readonly Prepared[]): PhiReaderFile {
  const runs = prepared.flatMap((p) => p.runs);
  const phi = fit(runs.map((r) => ({ features: r.features, y: r.label })));
  const placeExamples = [...runs.filter((r) => r.label === 1), ...prepared.flatMap((p) => p.named)].map((r) => ({ features: r.features, y: r.place }));
  const place = fit(placeExamples);
  const numbers = prepared.flatMap((p) => p.numbers);
  const number = fit(numbers.map((r) => ({ features: r.features, y: r.label })));
  const placeShare = Math.round((placeExamples.filter((e) => e.y === 1).length / placeExamples.length) * 1e3) / 1e3;
  const parts = [...new Set(prepared.map((p) => p.text.part))];
  return {
    language: LANGUAGE,
    trainedOn: `scripts/train-phi-reader.ts: ${prepared.length} texts of ${parts.length} files, ${runs.length} runs, ${EPOCHS} epochs, seed ${SEED}`,
    catch: CATCH,
    ...(FLAGGED_CATCH === undefined ? {} : { flaggedCatch: Number(FLAGGED_CATCH) }),
    phi,
    place,
    placeShare,
    numberCatch: NUMBER_CATCH,
    number,
  };
}

function crossValidate(prepared: readonly Prepared[]): void {
  const parts = [...new Set(prepared.map((p) => p.text.part))].sort();
  const folds = 5;
  const thresholds = (arg('--catches') ?? '0.3,0.4,0.5,0.6,0.7,0.9').split(',').map(Number);
  const numberThresholds = (arg('--number-catches') ?? '0.5,0.7,0.8,0.9,1.01').split(',').map(Number);
  const withNumbers = numberThresholds.map(() => [] as DetectedSpan[][]);
  const texts: CorpusText[] = [];
  const base: DetectedSpan[][] = [];
  const withReader = thresholds.map(() => [] as DetectedSpan[][]);
  let kindRight = 0;
  let kindTotal = 0;
  for (let k = 0; k < folds; k++) {
    const held = new Set(parts.filter((_, i) => i % folds === k));
    const model = train(prepared.filter((p) => !held.has(p.text.part)));
    for (const p of prepared.filter((q) => held.has(q.text.part))) {
      texts.push(p.text);
      base.push(p.grammar);
      const scored = p.runs.map((r) => ({ r, s: scoreWeights(model.phi, r.features) }));
      for (const { r } of scored) {
        if (r.label !== 1) continue;
        kindTotal++;
        if ((kindOf(r.features, model) === 'place' ? 1 : 0) === r.place) kindRight++;
      }
      const spans = (list: Run[]): DetectedSpan[] => list.map((r) => ({ kind: 'place', offset: r.start, match: p.text.text.slice(r.start, r.end) }));
      thresholds.forEach((t, i) => withReader[i]!.push(p.grammar.concat(spans(scored.filter((x) => x.s >= t).map(({ r }) => r)))));
      // Numbers on top of the names at the file's catch.
      const names = spans(scored.filter((x) => x.s >= CATCH).map(({ r }) => r));
      const numberScores = p.numbers.map((r) => ({ r, s: scoreWeights(model.number, r.features) }));
      numberThresholds.forEach((t, i) => withNumbers[i]!.push(p.grammar.concat(names, spans(numberScores.filter((x) => x.s >= t).map(({ r }) => r)))));
    }
    process.stderr.write(`fold ${k + 1}/${folds}\n`);
  }
  console.log(`runs ${prepared.reduce((n, p) => n + p.runs.length, 0)}, of them identifiers ${prepared.reduce((n, p) => n + p.runs.filter((r) => r.label === 1).length, 0)}; kind named right ${kindRight} of ${kindTotal}`);
  console.log(formatScore('grammar alone', score(texts, base).score)[0]);
  thresholds.forEach((t, i) => console.log(formatScore(`catch ${t}`, score(texts, withReader[i]!).score)[0]));
  console.log(`number groups ${prepared.reduce((n, p) => n + p.numbers.length, 0)}, of them identifiers ${prepared.reduce((n, p) => n + p.numbers.filter((r) => r.label === 1).length, 0)}`);
  numberThresholds.forEach((t, i) => console.log(formatScore(`catch ${CATCH}, numbers ${t}`, score(texts, withNumbers[i]!).score)[0]));
}

const prepared = developmentTexts(LANGUAGE, 'phi', EXCLUDED).map(prepare);
if (process.argv.includes('--cv')) crossValidate(prepared);
else {
  const model = train(prepared);
  fs.writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${model.trainedOn}; ${Object.keys(model.phi.weights).length} weights`);
}
