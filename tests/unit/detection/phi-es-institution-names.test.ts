/**
 * A public office's name is no place (server/src/detection/phi/packs/es.ts, institutionWords and
 * notPlaces): "la Defensoría del Pueblo", "el Portal del Paciente". A relative who lives in Pueblo,
 * Colorado, still gives a place. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe("a public office's name (es)", () => {
  it.each([
    'Si el hospital no le responde, presente su queja ante la Defensoría del Pueblo.',
    'Sus análisis ya están en el Portal del Paciente; entre con su clave.',
  ])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
  it.each([['Mi tía vive en Pueblo, Colorado, y allí la operaron.', 'Pueblo']])('a place: %s', (text, place) => {
    expect(places(text)).toContain(place);
  });
});
