/**
 * Trains the PHI detector's name judge (server/src/detection/phi/name-judge.ts; README.md, "What
 * the detectors catch") and writes server/src/detection/phi/names.<lang>.json.
 *
 *   node -r ./scripts/register-ts.js scripts/train-phi-names.ts [--lang en|es] [--l2 0.01] [--threshold 0.25] [--cv] [--lowo] [--exclude blind-aq] [--out file]
 *
 * Data: the DEVELOPMENT parts of tests/corpus/<lang> (corpus format of tests/corpus/README.md),
 * never a `*.heldout.json` file. Examples: every `person-name` finding of the detector without
 * the judge and the text gate; features: name-judge.ts `nameFeatures`; label 1 when the finding
 * overlaps a labelled identifier of its text, 0 when none does. Model and fitting as the claim
 * classifier's (scripts/train-claims.ts, `fit`). `--cv` scores each development part with a model
 * fitted on the others (leave one writer out) and prints, per threshold, the wrong names dropped,
 * the identifiers lost and the false-alarm texts left without a finding: the regularisation and
 * the threshold are chosen there, not on the held-out fifth.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanPhi } from '../server/src/scanners';
import { nameFeatures } from '../server/src/detection/phi/name-judge';
import { inFirstPerson, textWords } from '../server/src/detection/phi/gate';
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
const OUT = path.resolve(arg('--out', path.join(ROOT, `server/src/detection/phi/names.${LANGUAGE}.json`)));
const EXCLUDED = arg('--exclude', '').split(',').filter(Boolean);
const L2 = Number(arg('--l2', LANGUAGE === 'en' ? '0.01' : '0.003'));
const THRESHOLD = Number(arg('--threshold', '0.25'));
const STEPS = 1500;

interface CorpusText {
  id: string;
  text: string;
  spans: Array<{ kind: string; text: string }>;
  context?: { subjectName?: string; nameAllowed?: boolean };
}

interface Row extends Example {
  part: string;
  /** The text (index into texts) the name was found in. */
  text: number;
  /** Identifiers of its text only this name finds (lost if it is dropped). */
  only: number;
}

interface TextRow {
  negative: boolean;
  /** Findings that are not judged names, or judged names that find an identifier. */
  others: number;
}

function collect(): { rows: Row[]; texts: TextRow[] } {
  const rows: Row[] = [];
  const texts: TextRow[] = [];
  for (const file of fs.readdirSync(CORPUS).sort()) {
    if (!file.startsWith('phi.') || !file.endsWith('.json') || file.endsWith('.heldout.json')) continue;
    const part = file.split('.')[1] as string;
    if (EXCLUDED.includes(part)) continue;
    for (const t of (JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as { texts: CorpusText[] }).texts) {
      const options = { language: LANGUAGE, subjectNames: t.context?.subjectName ? [t.context.subjectName] : [], allowNames: t.context?.nameAllowed === true, textGate: false, nameJudge: false };
      const findings = scanPhi([{ path: ['body'], text: t.text }], options);
      if (!findings.some((f) => f.kind === 'person-name')) continue;
      const spans = t.spans.map((s) => {
        const start = t.text.indexOf(s.text);
        return { start, end: start + s.text.length };
      });
      const hits = (f: { offset: number; match: string }) => spans.filter((s) => f.offset < s.end && s.start < f.offset + f.match.length);
      const kinds = findings.map((f) => f.kind as string);
      const firstPerson = inFirstPerson(textWords(t.text), LANGUAGE);
      const index = texts.length;
      texts.push({ negative: t.spans.length === 0, others: findings.filter((f) => f.kind !== 'person-name').length });
      for (const f of findings) {
        if (f.kind !== 'person-name') continue;
        const mine = hits(f);
        const only = mine.filter((s) => !findings.some((g) => g !== f && g.offset < s.end && s.start < g.offset + g.match.length)).length;
        rows.push({ part, text: index, only, label: mine.length > 0 ? 1 : 0, features: nameFeatures(t.text, f.offset, f.offset + f.match.length, kinds, firstPerson) });
      }
    }
  }
  return { rows, texts };
}

function train(examples: Example[], trainedOn: string): ClaimModel {
  return { ...fit(examples, { l2: L2, threshold: THRESHOLD, steps: STEPS, trainedOn }), language: LANGUAGE };
}

function crossValidate(rows: Row[], texts: TextRow[]): void {
  const scores = new Map<Row, number>();
  for (const part of new Set(rows.map((r) => r.part))) {
    const model = train(rows.filter((r) => r.part !== part), part);
    for (const r of rows) if (r.part === part) scores.set(r, score(model, r.features));
  }
  const wrong = rows.filter((r) => r.label === 0).length;
  for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
    let dropped = 0;
    let lost = 0;
    const kept = new Map<number, number>();
    for (const r of rows) {
      if ((scores.get(r) as number) >= threshold) kept.set(r.text, (kept.get(r.text) ?? 0) + 1);
      else if (r.label === 0) dropped++;
      else lost += r.only;
    }
    const cleared = texts.filter((t, i) => t.negative && t.others === 0 && !kept.has(i)).length;
    process.stdout.write(`${LANGUAGE} l2 ${L2} threshold ${threshold}: wrong names dropped ${dropped} of ${wrong}, identifiers lost ${lost}, false-alarm texts left with no finding ${cleared}\n`);
  }
}

/**
 * `--lowo`: the whole detector, text gate included, on each development part with a judge fitted
 * on the other parts, against the detector without the judge: false-alarm texts and identifiers
 * found, summed over the parts.
 */
function leaveOneWriterOut(rows: Row[]): void {
  let before = { alarms: 0, found: 0 };
  let after = { alarms: 0, found: 0 };
  let spans = 0;
  for (const file of fs.readdirSync(CORPUS).sort()) {
    if (!file.startsWith('phi.') || !file.endsWith('.json') || file.endsWith('.heldout.json')) continue;
    const part = file.split('.')[1] as string;
    if (EXCLUDED.includes(part)) continue;
    const model = train(rows.filter((r) => r.part !== part), `all but ${part}`);
    for (const t of (JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as { texts: CorpusText[] }).texts) {
      const spanRanges = t.spans.map((s) => {
        const start = t.text.indexOf(s.text);
        return { start, end: start + s.text.length };
      });
      spans += spanRanges.length;
      const run = (nameJudge: false | ClaimModel) => {
        const findings = scanPhi([{ path: ['body'], text: t.text }], { language: LANGUAGE, subjectNames: t.context?.subjectName ? [t.context.subjectName] : [], allowNames: t.context?.nameAllowed === true, nameJudge });
        return {
          alarms: t.spans.length === 0 && findings.length > 0 ? 1 : 0,
          found: spanRanges.filter((s) => findings.some((f) => f.offset < s.end && s.start < f.offset + f.match.length)).length,
        };
      };
      const b = run(false);
      const a = run(model);
      before = { alarms: before.alarms + b.alarms, found: before.found + b.found };
      after = { alarms: after.alarms + a.alarms, found: after.found + a.found };
    }
  }
  process.stdout.write(`${LANGUAGE} l2 ${L2} threshold ${THRESHOLD}: without the judge ${before.alarms} false-alarm texts, ${before.found}/${spans} identifiers; with it (each part judged by the others) ${after.alarms}, ${after.found}/${spans}\n`);
}

function main(): void {
  const { rows, texts } = collect();
  if (process.argv.includes('--cv')) return crossValidate(rows, texts);
  if (process.argv.includes('--lowo')) return leaveOneWriterOut(rows);
  const model = train(rows, `development parts of tests/corpus/${LANGUAGE}: ${rows.length} names found`);
  fs.writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  process.stdout.write(`${rows.length} names (${rows.filter((r) => r.label === 0).length} wrong), ${Object.keys(model.weights).length} weights\nWrote ${path.relative(ROOT, OUT)}\n`);
}

main();
