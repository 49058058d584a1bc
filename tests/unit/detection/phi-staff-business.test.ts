/**
 * Look-alikes of the organisation and its staff (server/src/detection/phi: names.ts, places.ts,
 * ages.ts, org-context.ts): a relation word after a profession is a job title ("la enfermera jefa
 * Carmen"), a religious title after a contracted article ("del padre Jaime"), a number of years of
 * something is a duration ("100 years of the nursing school"), grams are a measure, an article
 * across a sentence break is no place cue, a street named after a campus is the institution's. The
 * near twins that name a relative, an age or a home stay positive; a credential after a signature
 * ("— Hannah Voss, RD") signs a staff member's tip, a state's code after it ("— Jessa R., AK") does not. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const NEGATIVES: Array<[PhiOptions, string]> = [
  [ES, 'Felicitamos a la enfermera jefa Carmen Villalobos por sus 25 años de servicio.'],
  [ES, 'Al final de la misa recibieron la bendición del padre Jaime.'],
  [EN, 'Our nurses celebrated 100 years of the nursing school with a parade.'],
  [ES, 'Pomada de árnica, frasco de 120 g, envíos a todo México.'],
  [ES, 'Se fue a los 52. Hagan sus chequeos, por favor.'],
  [EN, 'Cards for patients on the unit go to the hospital at 1 Medical Center Dr, 3 West.'],
  [EN, 'Mail the signed form to our records office, Suite 300, 1 Hospital Drive.'],
  [EN, 'Aim for 25 grams of fiber a day, and add it slowly! — Hannah Voss, RD'],
  [EN, 'Ask about our grief groups. — Luis Ortega, LCSW | Social Work'],
];

const POSITIVES: Array<[PhiOptions, string, string, string]> = [
  [ES, 'Mi jefa Carmen salió ayer de la operación.', 'Carmen', 'relative-name'],
  [ES, 'La residente de 91 años de los apartamentos fue atendida por humo.', '91', 'age-over-89'],
  [EN, 'My grandma turned 100 years old last week.', '100', 'age-over-89'],
  [EN, 'My mom still lives at 14 Maple Drive and refuses to move.', '14 Maple Drive', 'street-address'],
  [EN, 'Loved every minute of my facial! — Jessa R., AK', 'Jessa', 'person-name'],
];

describe('staff, durations and campus addresses stay negative', () => {
  it.each(NEGATIVES)('%#: no finding in the look-alike', (options, text) => {
    expect(scanPhiText(text, options)).toEqual([]);
  });
  it.each(POSITIVES)('%#: the twin is reported', (options, text, span, kind) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, options).some((f) => f.kind === kind && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
});
