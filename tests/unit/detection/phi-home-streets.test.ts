/**
 * A home named by its street without a suffix (server/src/detection/phi/streets.ts,
 * `findHomeStreets`): "her little house on Tchoupitoulas", "the blue house at 412 Ridgeview";
 * holidays, institutions and towns after a home noun are no street. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };

const POSITIVES: Array<[string, string]> = [
  ['Grandpa still lives in his old house on Esplanade and will not move.', 'Esplanade'],
  ['The ambulance came to the yellow house at 1207 Larkspur last night.', '1207 Larkspur'],
  ['We lost power at my place on Birchmont during the storm.', 'Birchmont'],
];

const NEGATIVES: string[] = [
  'Everyone gathers at my place at Thanksgiving for pie.',
  'Our mobile clinic parks at the house at Mercy Hospital every Tuesday.',
  'My aunt loved her apartment on Tuesday mornings when the market opened.',
];

describe('homes named by their street', () => {
  it.each(POSITIVES)('%s', (text, span) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, EN).some((f) => f.kind === 'street-address' && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
  it.each(NEGATIVES)('passes: %s', (text) => {
    expect(scanPhiText(text, EN).filter((f) => f.kind === 'street-address')).toEqual([]);
  });
});
