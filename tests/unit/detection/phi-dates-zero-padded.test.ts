/**
 * A short date with a zero-padded part is a date even before a word that follows fractions
 * (server/src/detection/phi/dates.ts): "el 28/09 por la alergia" ("1/2 por día" stays a dose).
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('zero-padded short dates', () => {
  it('a date before "por"', () => {
    expect(dates('A mi hija la ingresaron el 27/08 por una apendicitis, ya está en casa.')).toEqual(['27/08']);
  });
  it('a fraction before "por" is no date', () => {
    expect(dates('Tómese 1/2 por la mañana y 1/2 por la noche con comida.')).toEqual([]);
  });
});
