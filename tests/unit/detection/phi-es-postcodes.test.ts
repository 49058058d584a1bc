/**
 * Five-digit postal codes of Spain and Mexico (server/src/detection/phi/places.ts, findBareZips,
 * the Spanish pack's `foreignPostcodes`): with a town or a street right before ("Sevilla 41013",
 * "Valencia, 46022") or a town right after; a count is no code ("50000 pesos"). Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const zips = (text: string, language = 'es'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'zip-code').map((f) => f.match);

describe('Spanish and Mexican postal codes', () => {
  it.each([
    ['Mándenle las flores a mi abuelo a la calle Feria 12, Sevilla 41013.', '41013'],
    ['Mi tía vive en Valencia, 46022, y ya no puede bajar las escaleras.', '46022'],
  ])('%s', (text, zip) => {
    expect(zips(text)).toEqual([zip]);
  });
  it.each(['Juntamos 50000 pesos en la rifa para la silla de ruedas.', 'Caminé 20000 pasos en Sevilla con mi rodilla nueva.'])('no code: %s', (text) => {
    expect(zips(text)).toEqual([]);
  });
  it('English keeps to the US list (the PHI reader, reading the aunt\'s address, still reports the number)', () => {
    const text = 'My aunt lives in Valencia, 46022, near the beach.';
    expect(scanPhiText(text, { language: 'en', reader: false }).map((f) => f.match)).toEqual(['Valencia']);
    expect(scanPhiText(text, { language: 'en' }).map((f) => f.match)).toEqual(['Valencia', '46022']);
  });
});
