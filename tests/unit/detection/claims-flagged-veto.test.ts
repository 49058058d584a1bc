/**
 * The sentence reader's `flaggedVeto` (sentence-model.ts; docs/architecture.md, "The sentence
 * reader"): in a text its other hits flag, a grammar hit that the reader's `veto` dropped is kept
 * when its sentence is scored at `flaggedVeto` or above. The reader here scores the first sentence
 * 0.5 and gives the second sentence's own words weights that bring it to about 0.0025, so the veto
 * (0.02) drops its hit unless the text is flagged and `flaggedVeto` is lower. Every sentence here
 * is written for these tests, not taken from tests/corpus.
 */
import { detectClaims, packFor, readerFor } from '../../../server/src/detection/claims';
import { loadSentenceModel, sentenceFeatures } from '../../../server/src/detection/claims/sentence-model';
import type { SentenceModelFile } from '../../../server/src/detection/claims/sentence-model';
import { sentences } from '../../../server/src/detection/claims/text';

const BUCKETS = 1 << 20;

function twoScoreReader(text: string, low: number, file: Partial<SentenceModelFile>) {
  const negators = new Set(packFor('es').negators);
  const sents = sentences(text);
  const first = new Set(sentenceFeatures(text, sents, 0, BUCKETS, 0, negators));
  const own = [...new Set(sentenceFeatures(text, sents, low, BUCKETS, 0, negators))].filter((slot) => !first.has(slot)).sort((a, b) => a - b);
  const idx = own.map((slot, i) => slot - (i === 0 ? 0 : (own[i - 1] as number)));
  return loadSentenceModel(
    {
      language: 'es',
      trainedOn: 'test',
      buckets: BUCKETS,
      context: 0,
      veto: 0.02,
      add: 0.95,
      ...file,
      claim: { bias: 0, idx, w: own.map(() => -6 / own.length) },
      kinds: { cure: { bias: 0, idx: [], w: [] } },
    },
    packFor('es').negators,
  );
}

const kinds = (text: string, reader: ReturnType<typeof twoScoreReader>): string[] => detectClaims(text, { reader }, 'es').map((h) => h.kind);

describe("the reader's flaggedVeto", () => {
  const text = 'Este té cura la artritis. Ya puede dejar la metformina.';

  it('the veto drops the second sentence’s hit when no flaggedVeto is set', () => {
    expect(kinds(text, twoScoreReader(text, 1, {}))).toEqual(['cure']);
  });

  it('a flaggedVeto under its score keeps it in the flagged text', () => {
    expect(kinds(text, twoScoreReader(text, 1, { flaggedVeto: 0.001 }))).toEqual(['cure', 'treatment-replacement']);
  });

  it('a flaggedVeto over its score drops it still', () => {
    expect(kinds(text, twoScoreReader(text, 1, { flaggedVeto: 0.01 }))).toEqual(['cure']);
  });

  it('a text nothing else flags is not flagged by it', () => {
    const alone = 'Ya puede dejar la metformina.';
    const reader = twoScoreReader(`Este té cura la artritis. ${alone}`, 1, { flaggedVeto: 0.001 });
    expect(kinds(`Hoy llueve en la ciudad. ${alone}`, reader)).toEqual([]);
  });

  it('the shipped Spanish reader sets it below its veto; the English reader does not set it', () => {
    const es = readerFor('es')?.file;
    expect(es?.flaggedVeto).toBeLessThan(es?.veto as number);
    expect(readerFor('en')?.file.flaggedVeto).toBeUndefined();
  });
});
