/**
 * The larger towns and home districts of Spain and Latin America in the curated gazetteer
 * (server/src/detection/data/latin-places.ts): "vive en Getafe", "desde Los Alcarrizos", "de
 * Maipú"; names that are given names stay out ("gracias a Palmira"), and a business's coverage
 * area is no home. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('Spanish and Latin American towns and districts', () => {
  it.each([
    ['Mi suegra vive en Leganés y ya no puede con las escaleras.', 'Leganés'],
    ['Mi tío viene desde Los Alcarrizos a la diálisis tres veces por semana.', 'Los Alcarrizos'],
    ['Mi abuelo es de Puente Alto y tiene diabetes desde joven.', 'Puente Alto'],
    ['Crecí en Iztapalapa y mi mamá todavía vive ahí con su oxígeno.', 'Iztapalapa'],
  ])('%s', (text, place) => {
    expect(places(text)).toContain(place);
  });
  it.each(['Gracias a Palmira por acompañarme a la quimio.', 'Entregamos andaderas en todo Getafe, envío gratis.'])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
