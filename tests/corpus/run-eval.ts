/**
 * `npm run eval`: scores `phi.scan` and `claims.prohibited` on the detection corpus
 * (tests/corpus/README.md) per language × family × split, and writes the figures to .tmp/eval.json.
 *
 *   npm run eval -- [--family phi|claims] [--lang en|es] [--split dev|heldout|all] [--part blind-e] [--except blind-w,blind-x] [--misses]
 *
 * `--part` scores one writer's batch alone (`<family>.<part>[.heldout].json`): a batch the detectors
 * were never tuned on shows how they do on a new writer. `--except` leaves parts out: the
 * validation writers whose scores alone someone tuning a detector may see.
 *
 * `--misses` prints missed spans and false alarms of the development split only: held-out texts
 * are never printed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanPhi, scanProhibitedClaims } from '../../server/src/scanners';
import type { Finding } from '../../server/src/scanners';
import { detectorLanguageFor } from '../../server/src/detection/language';
import { familyOf, formatScore, isHeldOut, score } from './eval-lib';
import type { CorpusFile, CorpusText, DetectedSpan, Score, TextOutcome } from './eval-lib';

type Split = 'dev' | 'heldout';

interface Args {
  family: string | null;
  lang: string | null;
  split: Split | 'all';
  part: string | null;
  except: string[];
  misses: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { family: null, lang: null, split: 'all', part: null, except: [], misses: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--family') args.family = value();
    else if (flag === '--lang') args.lang = value();
    else if (flag === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'heldout' && v !== 'all') throw new Error('--split is dev, heldout or all');
      args.split = v;
    } else if (flag === '--part') args.part = value();
    else if (flag === '--except') args.except = value().split(',').filter(Boolean);
    else if (flag === '--misses') args.misses = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

/**
 * Each detector reads a text in its corpus file's language, as the rules read an entry in its
 * locale: a language without a pack gets the language-independent detectors only.
 */
const DETECTORS: Record<string, (entry: CorpusText, lang: string) => Finding[]> = {
  phi: (entry, lang) =>
    scanPhi([{ path: ['body'], text: entry.text }], {
      subjectNames: entry.context?.subjectName ? [entry.context.subjectName] : [],
      allowNames: entry.context?.nameAllowed === true,
      language: detectorLanguageFor(lang),
    }),
  claims: (entry, lang) =>
    scanProhibitedClaims([{ path: ['body'], text: entry.text }], {
      hasReference: (entry.context?.references ?? []).length > 0,
      language: detectorLanguageFor(lang),
    }),
};

interface Group {
  lang: string;
  family: string;
  split: Split;
  texts: CorpusText[];
}

function loadGroups(root: string, args: Args): Group[] {
  const groups = new Map<string, Group>();
  for (const lang of fs.readdirSync(root).sort()) {
    const dir = path.join(root, lang);
    if (!fs.statSync(dir).isDirectory() || (args.lang && args.lang !== lang)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      const family = familyOf(file);
      if (!family || !DETECTORS[family] || (args.family && args.family !== family)) continue;
      const split: Split = isHeldOut(file) ? 'heldout' : 'dev';
      if (args.split !== 'all' && args.split !== split) continue;
      if (args.part && file.split('.')[1] !== args.part) continue;
      if (args.except.includes(file.split('.')[1] as string)) continue;
      const corpus = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CorpusFile;
      const key = `${lang}/${family}/${split}`;
      const group = groups.get(key) ?? { lang, family, split, texts: [] };
      group.texts.push(...corpus.texts);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

function printMisses(outcomes: TextOutcome[]): void {
  for (const o of outcomes) {
    if (!o.missed.length && !o.unmatched.length) continue;
    const parts = [
      ...o.missed.map((s) => `MISS ${s.kind} ${JSON.stringify(s.text)}`),
      ...o.unmatched.map((f) => `${o.negative ? 'FALSE ALARM' : 'EXTRA'} ${f.kind} ${JSON.stringify(f.match)}`),
    ];
    process.stdout.write(`  ${o.id}: ${parts.join('; ')}\n      ${o.text}\n`);
  }
}

interface PlainFile {
  language: string;
  texts: Array<{ id: string; text: string }>;
}

interface PlainResult {
  lang: string;
  texts: number;
  phiFlagged: number;
  claimsFlagged: number;
}

/**
 * The plain texts (tests/corpus/plain/<language>.json): ordinary compliant health texts, with no
 * identifier and no prohibited claim, written apart from the detectors. A text any finding flags
 * is a false alarm an editor would meet on everyday content (tests/corpus/README.md, "Plain texts").
 */
function scorePlain(root: string, args: Args): PlainResult[] {
  const dir = path.join(root, 'plain');
  if (!fs.existsSync(dir) || args.part) return [];
  const out: PlainResult[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const lang = path.basename(file, '.json');
    if (!file.endsWith('.json') || (args.lang && args.lang !== lang)) continue;
    const plain = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as PlainFile;
    const flagged = (family: string): number => {
      if (args.family && args.family !== family) return 0;
      const detector = DETECTORS[family] as (entry: CorpusText, lang: string) => Finding[];
      return plain.texts.filter((t) => detector({ id: t.id, text: t.text, spans: [] }, lang).length > 0).length;
    };
    out.push({ lang, texts: plain.texts.length, phiFlagged: flagged('phi'), claimsFlagged: flagged('claims') });
  }
  return out;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(__dirname);
  const results: Array<{ lang: string; family: string; split: Split; score: Score }> = [];
  for (const group of loadGroups(root, args)) {
    const detector = DETECTORS[group.family] as (entry: CorpusText, lang: string) => Finding[];
    const detections: DetectedSpan[][] = group.texts.map((entry) =>
      detector(entry, group.lang).map((f) => ({ offset: f.offset, match: f.match, kind: f.kind }))
    );
    const { score: s, outcomes } = score(group.texts, detections);
    results.push({ lang: group.lang, family: group.family, split: group.split, score: s });
    for (const line of formatScore(`${group.lang} ${group.family} ${group.split}`, s)) process.stdout.write(`${line}\n`);
    if (args.misses && group.split === 'dev') printMisses(outcomes);
  }
  const plain = scorePlain(root, args);
  for (const p of plain) {
    const flagged = [
      ...(args.family && args.family !== 'phi' ? [] : [`phi.scan ${p.phiFlagged}`]),
      ...(args.family && args.family !== 'claims' ? [] : [`claims.prohibited ${p.claimsFlagged}`]),
    ];
    process.stdout.write(`${p.lang} plain texts (no identifier, no claim): ${p.texts}; flagged by ${flagged.join(', ')}\n`);
  }
  const out = path.resolve(__dirname, '../../.tmp/eval.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), args, results, plain }, null, 2)}\n`);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), out)}\n`);
}

main();
