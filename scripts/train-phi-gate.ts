/**
 * Trains the PHI detector's text gate (server/src/detection/phi/gate.ts; README.md, "What the
 * detectors catch") and writes server/src/detection/phi/gate.<lang>.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-phi-gate.ts [--lang en|es] [--l2 0.0001] [--threshold 0.65] [--cv] [--exclude blind-aq] [--out file]
 *
 * Data: the DEVELOPMENT parts of tests/corpus/<lang> (corpus format of tests/corpus/README.md),
 * never a `*.heldout.json` file. Examples: every development text in which the detector, without
 * the gate, finds something; features: the text's words (gate.ts, `gateFeatures`) and the kinds
 * found; label 1 when a finding overlaps a labelled identifier of the text, 0 when none does (a
 * false alarm). Model and fitting as the claim classifier's (scripts/train-claims.ts, `fit`).
 * `--cv` scores each development part with a model fitted on the others (leave one writer out)
 * and prints, per threshold, the false-alarm texts the gate would clear and the identifiers it
 * would lose: the regularisation and the threshold are chosen there, not on the held-out fifth.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanPhi } from '../server/src/scanners';
import { gateFeatures, gateJudges } from '../server/src/detection/phi/gate';
import { score } from '../server/src/detection/claims/model';
import type { ClaimModel } from '../server/src/detection/claims';
import { fit } from './train-claims';
import type { Example } from './train-claims';

const ROOT = path.resolve(__dirname, '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : String(process.argv[i + 1]);
};
const LANGUAGE = arg('--lang', 'en');
const CORPUS = path.join(ROOT, 'tests/corpus', LANGUAGE);
/** `--out`: write elsewhere (a model trained with `--exclude`, to score the parts left out as unseen writers). */
const OUT = path.resolve(arg('--out', path.join(ROOT, `server/src/detection/phi/gate.${LANGUAGE}.json`)));
/** `--exclude blind-aq,blind-ao`: development parts kept out of training. */
const EXCLUDED = arg('--exclude', '').split(',').filter(Boolean);
const L2 = Number(arg('--l2', '0.0001'));
const THRESHOLD = Number(arg('--threshold', LANGUAGE === 'en' ? '0.6' : '0.5'));
const STEPS = 1500;

interface CorpusText {
  text: string;
  spans: Array<{ kind: string; text: string }>;
  context?: { subjectName?: string; nameAllowed?: boolean };
}

interface Row extends Example {
  part: string;
  /** The gate judges the text (short, none of the kinds it keeps): the cross-validation counts only these. */
  judged: boolean;
  negative: boolean;
  found: number;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const file of fs.readdirSync(CORPUS).sort()) {
    if (!file.startsWith('phi.') || !file.endsWith('.json') || file.endsWith('.heldout.json')) continue;
    const part = file.split('.')[1] as string;
    if (EXCLUDED.includes(part)) continue;
    for (const t of (JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as { texts: CorpusText[] }).texts) {
      const options = { language: LANGUAGE, subjectNames: t.context?.subjectName ? [t.context.subjectName] : [], allowNames: t.context?.nameAllowed === true, textGate: false };
      const findings = scanPhi([{ path: ['body'], text: t.text }], options);
      if (findings.length === 0) continue;
      const spans = t.spans.map((s) => {
        const start = t.text.indexOf(s.text);
        return { start, end: start + s.text.length };
      });
      const found = spans.filter((s) => findings.some((f) => f.offset < s.end && s.start < f.offset + f.match.length)).length;
      const kinds = findings.map((f) => f.kind as string);
      out.push({ part, judged: gateJudges(t.text, kinds, LANGUAGE, undefined, findings.map((f) => ({ start: f.offset, end: f.offset + f.match.length }))), features: gateFeatures(t.text, kinds), label: found > 0 ? 1 : 0, negative: t.spans.length === 0, found });
    }
  }
  return out;
}

function train(examples: Example[], trainedOn: string): ClaimModel {
  return { ...fit(examples, { l2: L2, threshold: THRESHOLD, steps: STEPS, trainedOn }), language: LANGUAGE };
}

function crossValidate(all: Row[]): void {
  const scores = new Map<Row, number>();
  for (const part of new Set(all.map((r) => r.part))) {
    const model = train(all.filter((r) => r.part !== part), part);
    for (const r of all) if (r.part === part) scores.set(r, score(model, r.features));
  }
  const negatives = all.filter((r) => r.negative).length;
  for (const threshold of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]) {
    let cleared = 0;
    let lost = 0;
    for (const r of all) {
      if (!r.judged || (scores.get(r) as number) >= threshold) continue;
      if (r.negative) cleared++;
      else lost += r.found;
    }
    process.stdout.write(`${LANGUAGE} l2 ${L2} threshold ${threshold}: false-alarm texts cleared ${cleared} of ${negatives}, identifiers lost ${lost}\n`);
  }
}

function main(): void {
  const all = rows();
  if (process.argv.includes('--cv')) return crossValidate(all);
  const model = train(all, `development parts of tests/corpus/${LANGUAGE}: ${all.length} texts with a finding`);
  fs.writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  process.stdout.write(`${all.length} texts (${all.filter((r) => r.negative).length} false alarms), ${Object.keys(model.weights).length} weights\nWrote ${path.relative(ROOT, OUT)}\n`);
}

main();
