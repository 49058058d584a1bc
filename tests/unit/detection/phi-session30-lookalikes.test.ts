/**
 * Session 30's look-alikes of identifiers: the second number of a blood-pressure reading ("140
 * con 90") and a tablet's strength ("aspirina de 100") are no ages; "Nuestra Señora del …" is a
 * title of the Virgin, not "our wife"; a product label before a five-digit number ("Model 97810")
 * names no ZIP and no town. Each next to the identifier the rule must keep. Sentences are written
 * for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const kinds = (text: string, language: string): string[] => scanPhiText(text, { language }).map((f) => `${f.kind}:${f.match}`);

describe('session 30: look-alikes of identifiers', () => {
  it.each([
    ['es', 'Si la presión le sale de 150 con 95, vaya a urgencias.'],
    ['es', 'Mastique una aspirina de 100 mientras llega la ambulancia.'],
    ['es', 'Las honras fúnebres serán en la Parroquia Nuestra Señora del Pilar.'],
    ['en', 'Replace the battery in the Model 60614 receiver every two years.'],
  ])('%s: nothing: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });

  it.each([
    ['es', 'Mi abuela, con 94 años, sigue yendo sola al mercado.', 'age-over-89:94'],
    ['es', 'Mi señora Pilar salió ayer del hospital.', 'relative-name:Pilar'],
    ['en', 'My dad still lives in Chicago, IL 60614 near the lake.', 'zip-code:60614'],
  ])('%s: kept: %s', (language, text, expected) => {
    expect(kinds(text, language)).toContain(expected);
  });
});
