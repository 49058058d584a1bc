/**
 * Ages over 89 beyond the dev phrasings (server/src/detection/phi/ages.ts): an approximation
 * between the cue and the age ("tiene como 95 años", "is about 93"), an emoji before an
 * apposition closes ("Don Beto (91 años 😮)"), the years of a relative's life ("Celebrating 103
 * years of Great-Aunt Millie"), an age among the items of a parenthesis after a person ("my
 * dad (91, mild dementia)", "my grandfather (hospice, 97)"), the word for years after an age
 * whatever reading came before ("con su oxígeno y tiene 97 años"), the years of a resident's
 * life; durations of an institution, ages under 90 and numbers in a parenthesis after a thing (a
 * dose, a room, a score) stay negative.
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
  [EN, 'Looking for a night sitter for my mom (93, macular degeneration, very chatty).', '93'],
  [EN, 'Hospital bed needed for my uncle (home hospice, 96) by Friday.', '96'],
  [EN, 'Grandma Ilse (now 101!) still does the crossword in pen.', '101'],
  [ES, 'Necesito andadera para mi abuelo (diabético, 94 años) que vive conmigo.', '94'],
  // the word for years after the number: an age, whatever reading came before
  [ES, 'Salió del hospital con su oxígeno y tiene 97 años, pero sigue muy alegre.', '97'],
  // the years of a resident's life
  [ES, 'Esta semana festejamos los 102 años de nuestra residente más querida.', '102'],
  [EN, 'Celebrating 100 years of our resident, still the best dancer on the floor!', '100'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [EN, 'Our hospital celebrates 100 years of nursing education this fall.'],
  [ES, 'La parroquia cumple 100 años de servicio a la comunidad.'],
  [ES, 'Mi papá tiene como 85 años y sigue trabajando.'],
  [EN, 'The waiting room holds about 95 people (95 seats 😅) on a busy day.'],
  [EN, 'For the fever give Tylenol (91, the kids formula, 5 mL) every six hours.'],
  [EN, 'Her balance score (92, up from 80) made the whole team cheer.'],
  [EN, 'Take the elevator to Room (94, east wing) for your MRI.'],
  [ES, 'Celebramos los 100 años de nuestra clínica con una feria de salud.'],
  [ES, 'Llegó con fiebre de 102 y tiene 3 años, ya le bajó con el baño tibio.'],
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
