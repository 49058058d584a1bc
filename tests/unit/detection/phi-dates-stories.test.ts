/**
 * Dates beyond the dev phrasings (server/src/detection/phi/dates.ts, packs, org-context.ts): a
 * Spanish day after an indefinite or demonstrative ("un primero de mayo", "aquel 3 de junio"),
 * feast days of the calendar ("on Palm Sunday", "el Jueves Santo"), day.month.year with a full
 * year, and one patient's day in the organisation's voice ("our patient, Imogen Vance, … on
 * Tuesday, April 8", "Un paciente dejó… el lunes 8 de julio"); the organisation's events and
 * pages that name patients in general ("patient portal", "portal del paciente") stay negative, and
 * so do scores out of five or ten ("Bedside manner 5/5", "Diapositiva 3/5") unless a strong date
 * cue, a date listed before or an appointment word makes them dates ("on 4/5", "my 2/5 appt").
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

function dateAt(text: string, span: string, options: PhiOptions): boolean {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" is not in "${text}"`);
  return scanPhiText(text, options).some((f) => f.kind === 'date' && f.offset < start + span.length && start < f.offset + f.match.length);
}

const POSITIVES: Array<[PhiOptions, string, string]> = [
  [ES, 'Me diagnosticaron un primero de mayo y aquí sigo.', 'primero de mayo'],
  [ES, 'Todo empezó un quince de agosto, nunca lo olvido.', 'quince de agosto'],
  [ES, 'Me operaron el Jueves Santo y salí el lunes.', 'Jueves Santo'],
  [EN, 'My dad had his stroke on Palm Sunday, right after Mass.', 'Palm Sunday'],
  [EN, 'We brought Noah home from the NICU on 03.11.2024.', '03.11.2024'],
  [EN, 'Our patient, Imogen Vance, rang the bell on Tuesday, April 8 at our cancer center.', 'April 8'],
  [EN, 'Our 500th patient, Reuben, joined our program on 5/14.', '5/14'],
  [ES, 'Un paciente dejó su cartera en nuestra sala de espera el lunes 8 de julio.', 'lunes 8 de julio'],
  [ES, 'Nuestra paciente Yaritza vino a nuestra clínica el 18/01 para su consulta.', '18/01'],
  // a score's shape after a strong date cue, a listed date or before an appointment word
  [EN, 'Both charges hit my card on 4/5, so I called the billing office.', '4/5'],
  [EN, 'My mom had scans on 1/9 and 3/5 before the surgery.', '3/5'],
  [EN, 'Can we move my 2/5 appt to the afternoon?', '2/5'],
  [ES, 'Mi cita con la reumatóloga es el 7/10 en la mañana.', '7/10'],
  // a month written with two digits is no score; "del" is a strong Spanish date cue
  [ES, 'La enfermera le dio la dosis según la receta del 4/05.', '4/05'],
  [ES, 'Tengo la orden del 2/5 para los análisis de mi mamá.', '2/5'],
  // day first, over the denominator: no score
  [ES, 'A mi tío lo operaron de la rodilla, alta programada 15/10 si todo sale bien.', '15/10'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [EN, 'Patient education night is on 5/12 at our clinic. Register at the front desk.'],
  [EN, 'Our patient portal will be down on Sunday, March 8 for upgrades.'],
  [EN, 'New patient orientation: our clinic hosts it on 6/14.'],
  [ES, 'Nuestro portal del paciente estará cerrado el 3 de junio en nuestra clínica.'],
  [EN, 'Version 2.10.2024 of the app fixes the login bug.'],
  // scores out of five or ten
  [EN, 'Bedside manner 5/5, wait time 2/5, parking 1/5.'],
  [EN, 'Honestly the best physio in town, 5/5.'],
  [ES, 'Diapositiva 3/5: la presión alta no siempre da síntomas.'],
  [ES, 'Limpieza 4/5, atención 5/5, volvería sin dudarlo.'],
];

describe('dates in stories and feast days', () => {
  it.each(POSITIVES)('%#: the date is reported', (options, text, span) => {
    expect(dateAt(text, span, options)).toBe(true);
  });
  it.each(NEGATIVES)('%#: no date in the look-alike', (options, text) => {
    expect(scanPhiText(text, options).filter((f) => f.kind === 'date')).toEqual([]);
  });
});
