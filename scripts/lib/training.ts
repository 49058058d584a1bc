/**
 * What the training scripts share (scripts/train-claim-sentences.ts, scripts/train-phi-reader.ts):
 * their command-line flags and the development texts they learn from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusText } from '../../tests/corpus/eval-lib';

export const ROOT = path.resolve(__dirname, '../..');

/** The value after `--name` on the command line, if given. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** A corpus text and the file it came from (a writer's part: folds of writers hold whole parts). */
export interface PartText extends CorpusText {
  part: string;
}

/**
 * The DEVELOPMENT texts of `family` in tests/corpus/<language> (never a `*.heldout.json` file),
 * without the parts in `excluded` ("blind-x"), after the texts of `extra` (paths from the root).
 */
export function developmentTexts(language: string, family: string, excluded: readonly string[], extra: readonly string[] = []): PartText[] {
  const dir = path.join(ROOT, 'tests/corpus', language);
  const files = [
    ...extra.map((f) => path.join(ROOT, f)),
    ...fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${family}.`) && f.endsWith('.json') && !f.endsWith('.heldout.json'))
      .filter((f) => !excluded.includes(f.slice(family.length + 1, -'.json'.length)))
      .sort()
      .map((f) => path.join(dir, f)),
  ];
  return files.flatMap((file) => (JSON.parse(fs.readFileSync(file, 'utf8')).texts as CorpusText[]).map((t) => ({ ...t, part: path.basename(file) })));
}

/**
 * Shuffles `rows` in place (Fisher–Yates) with `next`, a seeded generator (bench/lib/corpus.ts,
 * `prng`): each epoch's order is the same from run to run, so a trained file is reproducible.
 */
export function shuffle<T>(rows: T[], next: () => number): void {
  for (let k = rows.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1));
    [rows[k], rows[j]] = [rows[j] as T, rows[k] as T];
  }
}
