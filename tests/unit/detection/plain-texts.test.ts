/**
 * The plain texts (tests/corpus/README.md, "Plain texts"): ordinary, compliant health texts with no
 * identifier and no prohibited claim, written apart from the detectors. The PHI detector finds
 * nothing in them, and the claims' sentence reader, where it reads sentences the grammar found
 * nothing in (`bareAdd`, docs/architecture.md, "The sentence reader"), reports none of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectClaims, READER_RULE } from '../../../server/src/detection/claims';
import { scanPhiText } from '../../../server/src/detection/phi';

interface PlainFile {
  language: string;
  texts: Array<{ id: string; text: string }>;
}

const plain = (language: string): PlainFile => JSON.parse(fs.readFileSync(path.join(__dirname, '../../corpus/plain', `${language}.json`), 'utf8')) as PlainFile;

describe.each(['en', 'es'])('plain texts (%s)', (language) => {
  const file = plain(language);

  it('are 200 texts in the language of their file', () => {
    expect(file.language).toBe(language);
    expect(file.texts).toHaveLength(200);
  });

  it('hold no identifier the PHI detector finds', () => {
    const flagged = file.texts.filter((t) => scanPhiText(t.text, { language }).length > 0).map((t) => t.id);
    expect(flagged).toEqual([]);
  });

  it('hold no sentence the claims reader reports where the grammar found nothing', () => {
    // A text the grammar flags (a known false alarm: README.md counts one English plain text flagged) may gain the
    // reader's findings of a flagged text (`flaggedAdd`); a text the grammar leaves alone gains none.
    const read = file.texts
      .filter((t) => detectClaims(t.text, { reader: null }, language).length === 0)
      .filter((t) => detectClaims(t.text, {}, language).some((h) => h.rule === READER_RULE))
      .map((t) => t.id);
    expect(read).toEqual([]);
  });
});
