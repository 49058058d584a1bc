/**
 * A law's or a register's number is no date, nor the day of the law named right after its number
 * (server/src/detection/phi/named-dates.ts, LAW_BEFORE and LAW_NUMBER_THEN): "Ley 8/2021, de 2 de
 * junio", "LO 3/2018", "registro nº 07/2019-SS": a number and a year, as laws are numbered. The
 * same shapes in somebody's story stay dates, and so does a day and month after "registro".
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'date').map((f) => f.match);

describe("a law's number and day (es)", () => {
  it.each([
    'La Ley 8/2021, de 2 de junio, reformó la legislación civil en materia de discapacidad.',
    'Tratamos sus datos conforme a la LO 3/2018 de protección de datos.',
    'Centro autorizado por la Consejería de Sanidad (registro nº 07/2019-SS).',
    'El Real Decreto 1302/2018, de 22 de octubre, regula la prescripción enfermera.',
  ])('not a date: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
  it.each([
    ['Me operaron el 3/2018 y mi hija nació el 8/2021.', ['3/2018', '8/2021']],
    ['Fecha de registro 12/03, paciente Juan Pérez, sala 4.', ['12/03']],
  ])('dates: %s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
