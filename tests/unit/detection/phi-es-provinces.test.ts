/**
 * Spanish: first-level regions no large town shares a name with are state-level, never identifiers
 * ("Saludos desde Entre Ríos", "vivimos en Tierra del Fuego"); a town after them still is. Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] =>
  scanPhiText(text, { language: 'es', textGate: false })
    .filter((f) => f.kind === 'place')
    .map((f) => f.match);

describe('Spanish provinces and regions', () => {
  it.each(['Mi hermana vive en Entre Ríos y está mejor.', 'Mi abuelo se mudó a Tierra del Fuego el año pasado.', 'Mi tía vive en Ñuble, cerca de la costa.'])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
  it('a town in such a province is still one', () => {
    expect(places('Mi hermana vive en Gualeguaychú, Entre Ríos.')).toContain('Gualeguaychú');
  });
});
