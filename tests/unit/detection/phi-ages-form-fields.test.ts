/**
 * In a form whose fields are separated by dashes or bars, the dash closes an age in apposition as
 * a comma does (server/src/detection/phi/ages.ts, ageByCue): "Paciente: Aurelio Benítez, 91 años —
 * Prótesis…", "Ficha | Paciente: Teodoro Salas, 96 años | Alergias". Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const ages = (text: string, language: string): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'age-over-89').map((f) => f.match);

describe('an age in a form with dashes', () => {
  it.each([
    ['es', 'ACTA — Beneficiaria: Sra. Rosaura Quintana, 93 años — Silla de ruedas N° 4471 — Entrega: 12/05', '93'],
    ['es', 'Ficha | Paciente: Teodoro Salas, 96 años | Alergias: ninguna', '96'],
  ])('%s: an age: %s', (language, text, age) => {
    expect(ages(text, language)).toEqual([age]);
  });
  it('a number that is no age stays', () => {
    expect(ages('Lote 5, 92 unidades — entrega el martes', 'es')).toEqual([]);
  });
});
