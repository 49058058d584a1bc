/**
 * Mobile numbers with the trunk "0" of Venezuela, Ecuador, Paraguay and Uruguay
 * (server/src/detection/phi/shapes.ts, LATIN_MOBILE_RE), each checked with libphonenumber-js for
 * its country. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string, language = 'es'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('trunk-0 mobile numbers of South America', () => {
  it.each([
    ['Se necesita sangre B+ para mi abuelo, cualquier cosa escriban a mi prima al 0414.552.31.90 🙏', '0414.552.31.90'],
    ['Vendo la silla de ruedas que usaba mi papá, casi nueva, info 0426 771 0934', '0426 771 0934'],
    ['Mi mamá está internada en el Luis Vernaza, si alguien puede donar llamen al 0991234876', '0991234876'],
    ['Mi hijo tiene turno el jueves, cualquier cambio avisame al 0971 456 228 nomás', '0971 456 228'],
    ['Mi vieja quedó internada en el Pasteur, por cualquier cosa llamame a mí al 098 765 432', '098 765 432'],
  ])('%s', (text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });
  it.each([
    'Lote 0412 34 del medicamento retirado del mercado.',
    'Our Leeds clinic is on 0113 496 0772, Monday to Friday.',
    'Invoice 09123456 was paid on time.',
  ])('no phone: %s', (text) => {
    expect(phones(text, /Our|Invoice/.test(text) ? 'en' : 'es')).toEqual([]);
  });
});
