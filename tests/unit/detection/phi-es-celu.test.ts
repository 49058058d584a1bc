/**
 * "celu", the River Plate's word for a mobile, labels a phone number as "cel" and "celular" do (the
 * Spanish pack's labels). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('"celu" labels a phone', () => {
  it.each([
    ['Mi viejo sale de la diálisis a las 11, pasame a buscar, mi celu es 11 6723-0981.', '11 6723-0981'],
    ['Che, si la abuela se descompensa de nuevo llamame al celu 341 552-8817 que estoy en Rosario.', '341 552-8817'],
  ])('%s', (text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });
});
