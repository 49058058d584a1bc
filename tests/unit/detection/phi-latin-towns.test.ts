/**
 * Towns and districts of the Spanish-speaking countries from GeoNames (server/src/detection/data,
 * latin-towns.ts), taken after a place cue as the US gazetteer is ("vive en Tepotzotlán"). Left
 * out of that list: first-level regions, a saint's name ("San Bernardo") and common surnames
 * ("Calderón"), which name a region, a parish, a saint or a family as often as a town; a region
 * is state-level, never an identifier, even after "vivimos en" (the Spanish pack's `states`). Sentences are written for these tests,
 * not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string, language: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('towns of the Spanish-speaking countries after a place cue', () => {
  it.each([
    ['es', 'Mi abuelita baja cada mes desde Tepotzotlán a su control de la presión.', 'Tepotzotlán'],
    ['es', 'La cirugía de mi papá fue en Zipaquirá y salió muy bien 🙏', 'Zipaquirá'],
    ['es', 'Mi tía de Lambaré necesita el inhalador urgente.', 'Lambaré'],
    ['es', 'Mi mamá se vino de Sabanagrande para la quimio.', 'Sabanagrande'],
    ['en', 'My aunt flew up from Zinacantepec for her cataract surgery.', 'Zinacantepec'],
  ])('%s: %s', (language, text, expected) => {
    expect(places(text, language)).toEqual([expected]);
  });
  it.each([
    'Vivimos en Cantabria desde hace diez años y el centro de salud nos queda cerca.',
    'Le prendo una vela a San Bernardo para que mi sobrino encuentre donante.',
    'Gracias a la familia de Calderón por las flores que mandaron al hospital.',
  ])('no place: %s', (text) => {
    expect(places(text, 'es')).toEqual([]);
  });
});
