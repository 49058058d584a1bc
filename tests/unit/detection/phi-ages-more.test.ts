/**
 * Ages over 89 beyond the dev phrasings (server/src/detection/phi/ages.ts): an approximation
 * between the cue and the age ("tiene como 95 años", "is about 93"), an emoji before an
 * apposition closes ("Don Beto (91 años 😮)"), the years of a relative's life ("Celebrating 103
 * years of Great-Aunt Millie"); durations of an institution and ages under 90 stay negative.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const POSITIVES: Array<[PhiOptions, string, string]> = [
  [ES, 'Busco a la familia de un señor que tiene como 95 años y vive solo.', '95'],
  [EN, 'My neighbor is about 93 and still shovels his own walk.', '93'],
  [ES, 'Mi suegro Don Beto (91 años 😮) ya usa sus audífonos.', '91'],
  [EN, 'Celebrating 103 years of Great-Aunt Millie this weekend!', '103'],
  [EN, 'Today we celebrate 100 years of my grandma, the toughest lady I know.', '100'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [EN, 'Our hospital celebrates 100 years of nursing education this fall.'],
  [ES, 'La parroquia cumple 100 años de servicio a la comunidad.'],
  [ES, 'Mi papá tiene como 85 años y sigue trabajando.'],
  [EN, 'The waiting room holds about 95 people (95 seats 😅) on a busy day.'],
];

describe('ages over 89 in more phrasings', () => {
  it.each(POSITIVES)('%#: the age is reported', (options, text, span) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, options).some((f) => f.kind === 'age-over-89' && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
  it.each(NEGATIVES)('%#: no age in the look-alike', (options, text) => {
    expect(scanPhiText(text, options).filter((f) => f.kind === 'age-over-89')).toEqual([]);
  });
});
