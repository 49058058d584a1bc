/**
 * The text gate (server/src/detection/phi/gate.ts), retrained in session 24 on every development
 * part of the corpus: a short organisation's notice whose findings are an event's date, a venue
 * and the organisation's phone is cleared; the rules alone flag each of these. A text about
 * somebody with the same kinds of finding is never judged. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const kinds = (text: string, textGate = true): string[] => scanPhiText(text, { language: 'es', textGate }).map((f) => f.kind);

describe('the text gate clears organisations’ notices', () => {
  it.each([
    'Jornada de vacunación antirrábica el sábado 14 de junio en el parque central, de 9 a 13 h. Dudas al 442 215 6610.',
    'Feria de la salud visual el domingo 8 de septiembre en la plaza de Tlalpan: examen de la vista gratis y lentes a bajo costo.',
    'Taller de lactancia el miércoles 5 de marzo a las 11:00 en el centro de salud de Vallecas. Inscripciones al 91 477 2030.',
  ])('%s', (text) => {
    expect(kinds(text, false)).not.toEqual([]);
    expect(kinds(text)).toEqual([]);
  });

  it('never judges a text in the first person', () => {
    const text = 'Mi mamá tiene su cita el sábado 14 de junio en el centro de salud de Vallecas; mi cel es 612 447 2030.';
    expect(kinds(text)).toEqual(expect.arrayContaining(['date', 'phone']));
  });

  it('never judges a text with an age over 89', () => {
    expect(kinds('Esta semana festejamos los 101 años de nuestra residente más querida.')).toContain('age-over-89');
  });
});
