/**
 * Abbreviations of Spanish addresses and letters (the Spanish pack's states, honorifics and
 * notPlaces): a Mexican state written short after a town ("Zapopan, Jal.") is a state, not a
 * place; "Dña." is "doña", so the name after it is the relative's. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, kind: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === kind).map((f) => f.match);

describe('abbreviations of addresses and letters', () => {
  it('reads a Mexican state written short as a state', () => {
    expect(found('Caminando por mi abuelo, que no pudo terminar el camino — Lupita, Zapopan, Jal.', 'place')).toEqual(['Zapopan']);
  });

  it('reads "Dña." as an honorific before the relative', () => {
    expect(found('Le recordamos la cita de su madre Dña. Amparo el 14/05 a las 9:30 para podología.', 'relative-name')).toEqual(['Amparo']);
  });
});
