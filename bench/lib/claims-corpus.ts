/**
 * The development texts of the claims corpus (tests/corpus/<lang>/claims.*.json), never the
 * held-out files: for the claim detector's benchmark and its prefilter tests.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function claimDevTexts(lang: string): string[] {
  const dir = path.resolve(__dirname, '../../tests/corpus', lang);
  const texts: string[] = [];
  for (const file of fs.readdirSync(dir)) {
    if (!/^claims\..*\.json$/.test(file) || file.endsWith('.heldout.json')) continue;
    const corpus = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { texts: Array<{ text: string }> };
    texts.push(...corpus.texts.map((t) => t.text));
  }
  return texts;
}
