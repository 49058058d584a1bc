/**
 * Dates and names that belong to no one (server/src/detection/phi/named-dates.ts and streets.ts):
 * a form's revision ("Form WC-3 rev. 04/2022", "Formulario SS-14 (Rev. 11/2021)"), a clinical
 * note's shorthand for a duration ("x 7/7", "review in 2/52"), and a given name that names a street
 * ("Level 3, 140 George St", "Av. Álvaro Obregón 210"). A patient's appointment "for 6/12" stays a
 * date. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: 'en' | 'es' = 'en'): string[] => scanPhiText(text, { language }).map((f) => `${f.kind}:${f.match}`);

describe('dates and names of no one', () => {
  it.each([
    'Employer section: NAICS 484121, injury code 31 (sprain). Form WC-3 rev. 04/2022.',
    'Mail the signed copy to the claims unit. Form 7B-R (11/21).',
    'A: viral URTI. P: fluids, paracetamol 1g qds x 7/7, review in 2/52 if no better.',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.startsWith('date:'))).toEqual([]);
  });

  it('keeps an appointment written with a slash', () => {
    expect(found('My transfer is scheduled for 6/12, can someone update my address before then?')).toContain('date:6/12');
  });

  it.each([
    ['Our occupational health clinic (Level 3, 140 George St) is open 8 to 4, no appointment needed for silica checks.', 'en'],
    ['Consultorio de reumatología en Av. Álvaro Obregón 210, Col. Roma; atención de lunes a viernes con cita.', 'es'],
  ] as const)('a street: %s', (text, language) => {
    expect(found(text, language).filter((f) => f.includes('name:'))).toEqual([]);
  });
});
