/**
 * Staff named by a form's role label or a professional title, as each country writes them
 * (server/src/detection/phi/packs/es.ts, roleLabels and roleTitles; officers.ts): Mexico's "L.E."
 * and "LN", Peru's "Q.F.", Chile's "TENS", a form's "Atendido por:" or "Elaboró:". A title written
 * with its period ends no sentence (people.ts, breakBetween): "la psicóloga Srta. Javiera" is
 * staff. A parent signing a school form, a relative after a title, and a patient named on a form
 * are still flagged. The text gate is off, so the rules alone are read. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] =>
  scanPhiText(text, { language: 'es', textGate: false })
    .filter((f) => f.kind === 'person-name' || f.kind === 'relative-name')
    .map((f) => f.match);

describe('staff named by a role label or a title (es)', () => {
  it.each([
    'Brigada de vacunación casa por casa, sector norte. Enfermera responsable: L.E. Rosalba Cruz. Unidad oficial placas GTO-4412-B.',
    'Plan de alimentación de 1,800 kcal, control en 2 meses. Elaboró: LN Karla Ivette Soto, Cédula Prof. 11928374.',
    'Devolución del tanque de oxígeno sin cargo dentro de las 48 h. Atendido por: Sr. Fredy Ramos (mostrador).',
    'Reunión del equipo de integración escolar, 10/05. Asistentes: psicóloga Srta. Javiera León y la educadora diferencial.',
    'Base Ñuñoa, móvil 12 operativo a las 07:10, clave 4. Conductor: Héctor; TENS: Camila.',
  ])('no name: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['Justifico la inasistencia de mi hijo Tomás (4° A) el 9 de junio por control médico. Firma: Carla Gil, DNI 30.112.458.', 'Carla Gil'],
    ['Mi hermana, la Lic. Ana Pérez, me acompañó a la cita del 3 de marzo.', 'Ana Pérez'],
    ['Paciente: Julieta Andrade, fecha de nacimiento 12/04/1961, tel. 55 3344 1122.', 'Julieta Andrade'],
  ])('a name: %s', (text, name) => {
    expect(names(text).join(' | ')).toContain(name);
  });
});
