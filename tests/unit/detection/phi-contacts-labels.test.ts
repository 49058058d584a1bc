/**
 * People named by how notes, forms and messages write them (server/src/detection/phi: names.ts
 * `labelsName`, people.ts `findContactNames` and `salutation`, and the pack fields they read:
 * `contactLinks`, `numberNouns`, `greetings`; server/src/detection/phi/README.md, "People in a
 * story"):
 * - a capitalised relation opening its clause as a label for the given name after it ("Husband
 *   Carl drops her off", "Son: Desmond Kaye", "Father (Steve) notified", "Esposa: Maricela");
 * - the owner of a personal phone, email or SSN: a given name right before it ("call Dana 505…",
 *   "text Rhonda at 410-…", "Contacto: Mari 210.555…", "(Anthony, 561-08-9932)");
 * - the name a letter opens with ("Dear Ginny,", "Querida Maribel:"), not a casual greeting's.
 * Their look-alikes stay negative: religious titles, staff at the clinic's line, a greeted town,
 * salutations to nobody in particular.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };
const NAME_KINDS = new Set(['relative-name', 'person-name', 'subject-name']);

/** [options, text, span]: a name finding covers the span. */
const POSITIVES: Array<[PhiOptions, string, string]> = [
  // a relation as a label
  [EN, 'Wound check done, dressing changed. Daughter Priscilla will pick up the supplies Friday.', 'Priscilla'],
  [EN, 'Pt alert and oriented. Wife: Marguerite, aware of the discharge plan.', 'Marguerite'],
  [EN, 'Fall at home, no LOC. Brother (Terrence) called it in from work.', 'Terrence'],
  [EN, 'Mother, Yolanda Pryce, signed the consent at 3 pm.', 'Yolanda Pryce'],
  [ES, 'Paciente estable tras la caída. Hija: Graciela, se queda esta noche.', 'Graciela'],
  [ES, 'Traslado a rayos X. Sobrino Efraín firmó la hoja de alta.', 'Efraín'],
  // the owner of a personal number, email or SSN
  [EN, 'Found a hearing aid case on the bus, belongs to my grandma. Please text Lorraine 612 555 0142.', 'Lorraine'],
  [EN, 'Wheelchair ramp for sale, barely used after his rehab. Call Dwayne at 317-555-0166 evenings.', 'Dwayne'],
  [EN, 'Emergency contact: Marisa Quill, cell: 503-555-0119.', 'Marisa Quill'],
  [EN, 'Send the care photos to Becca, email becca.lund88@gmail.com, she is his niece.', 'Becca'],
  [ES, 'Se perdió el andador de mi papá en el parque. Avisen a Yesenia al 956-555-0137.', 'Yesenia'],
  [ES, 'Contacto de emergencia: Nayeli, cel. 323 555 0190.', 'Nayeli'],
  // the name a letter or a message opens with
  [EN, 'Dear Wilhelmina, the chemo is finally over and I wanted you to be the first to know.', 'Wilhelmina'],
  [EN, 'Dear Roberta! Your mom ate all of her lunch today and asked about you.', 'Roberta'],
  [ES, 'Querida Maricruz: ya salí del hospital y te mando un abrazo.', 'Maricruz'],
  // a town of the gazetteer that is a given name, in a letter
  [ES, 'Querida Maribel: el abuelo ya está en casa y pregunta por ti.', 'Maribel'],
  [ES, 'Estimada Fabiola, tu papá ya está en su cuarto después de la operación.', 'Fabiola'],
];

/** [options, text]: no name is found. */
const NEGATIVES: Array<[PhiOptions, string]> = [
  // religious titles without a label's punctuation
  [EN, 'Father Anselm blesses the new chapel windows this Sunday.'],
  [ES, 'Hermana Lucía dirige el grupo de oración de los martes.'],
  // a paid helper as a form's label is the agency's staff
  [EN, 'Visit log. Caregiver: Rosalind K. | Hours: 4 | Tasks: bathing, med reminders'],
  [ES, 'Bitácora de visita. Cuidadora: Graciela M. | Horas: 5 | Tareas: baño y comida'],
  // a job title of the pack before an honorific and a name: staff
  [ES, 'Hace mucho calor en la obra; si alguien se marea avisen al supervisor Don Efrén.'],
  // staff at the clinic's own line (not a finding, so no owner either)
  [EN, 'Questions about billing? Call Jessica at our front desk, 555-010-2000.'],
  [EN, 'Call our coordinator Jenny at 410-555-0128 to book a tour of the rehab wing.'],
  // a town greeted, salutations to nobody in particular
  [ES, 'Hola Houston, ¿listos para la feria de salud del sábado?'],
  [EN, 'Dear Valued Patient, our flu clinic opens on Monday.'],
  [EN, 'Dear Neighbors, the pharmacy drive-through reopens next week.'],
  [EN, 'Dear Dr. Okafor, thank you for explaining every option so clearly.'],
  // a casual greeting opens a message to a colleague or a friend, not a letter about them
  [EN, "Hi Priscilla, I'll be out Monday for my aunt's surgery. Dev is covering my shift."],
  [ES, 'Hola Graciela, mañana no voy porque llevo a mi mamá al doctor.'],
];

const CLINIC: PhiOptions = { allowedPhones: ['555-010-2000'] };

describe('people named by labels, their own contact details and salutations', () => {
  it.each(POSITIVES.map(([o, t, s]) => [t, s, o] as const))('%#: %s', (text, span, options) => {
    expect(phiFindsSpan(text, span, options)).toBe(true);
    const start = text.indexOf(span);
    const names = scanPhiText(text, options).filter((f) => NAME_KINDS.has(f.kind) && f.offset < start + span.length && start < f.offset + f.match.length);
    expect(names.length).toBeGreaterThan(0);
  });
  it.each(NEGATIVES.map(([o, t]) => [t, o] as const))('%#: %s', (text, options) => {
    expect(scanPhiText(text, { ...CLINIC, ...options }).filter((f) => NAME_KINDS.has(f.kind))).toEqual([]);
  });
  it('the owner is the whole name, and the number stays its own finding', () => {
    const found = scanPhiText('Wheelchair ramp for sale. Call Dwayne Pettit at 317-555-0166 evenings.', EN);
    expect(found.map((f) => [f.kind, f.match])).toEqual([
      ['person-name', 'Dwayne Pettit'],
      ['phone', '317-555-0166'],
    ]);
  });
  it('an allowed subject name before a number stays allowed', () => {
    const found = scanPhiText('Questions? Text Dana 505 555 0195.', { ...EN, subjectNames: ['Dana Whitfield'], allowNames: true });
    expect(found.filter((f) => NAME_KINDS.has(f.kind))).toEqual([]);
  });
});
