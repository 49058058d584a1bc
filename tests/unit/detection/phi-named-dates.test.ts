/**
 * Dates that are names or a product's shelf life (server/src/detection/phi/named-dates.ts): a day
 * and a month name right after a capitalised institution or street type ("Hospital 20 de
 * Noviembre", "Avenida 9 de Julio"), a date after a product's expiry ("Caducidad 05/2027", "Lote
 * 88A · vence 02/2028"). A patient's day at a hospital, and a person's card that expires, keep
 * their dates. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string, language: string): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('dates that are names or a shelf life', () => {
  it.each([
    ['es', 'La consulta de cardiología del Hospital 20 de Noviembre tiene lista de espera de tres meses.'],
    ['es', 'Jarabe pediátrico 120 ml · Caducidad 05/2027 · Agítese antes de usar.'],
    ['es', 'Tiras reactivas, Lote 88A · vence 02/2028 · no exponer al sol.'],
  ])('%s: %s', (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });

  it.each([
    ['es', 'A mi abuelo lo internaron en el hospital el 20 de noviembre, ya está mejor.', '20 de noviembre'],
    ['en', 'Driver Tom Baptiste, medical certificate expires 11/20/2026, restriction: lenses.', '11/20/2026'],
  ])('keeps a date: %s: %s', (language, text, date) => {
    expect(dates(text, language)).toEqual([date]);
  });
});
