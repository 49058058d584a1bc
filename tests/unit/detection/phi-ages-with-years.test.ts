/**
 * An age followed by the pack's word for years is an age in an apposition or a parenthesis after
 * any capitalised name (server/src/detection/phi/ages.ts): "Firma: Severino Mata, 91 años.",
 * "don Chuy (93 años, diabético)", "Sra. Wilma Chambi (postrada, 94 años)", and between commas
 * after any word ("Tiene demencia, 90 años, salió"; "añitos" too). Without that word a
 * parenthesis still needs a given name of the lexicons ("Tylenol (91, 2 tabs)" is a dose), and
 * "años de" a duration stays one. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const ages = (text: string, language = 'es'): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'age-over-89').map((f) => f.match);

describe('ages with the word for years after a name', () => {
  it.each([
    ['Constancia firmada por el paciente Eusebio Tamayo, 92 años.', '92'],
    ['Pasamos a dejarle el caldo a don Nando (96 años, vive solo) junto a la capilla.', '96'],
    ['Visita domiciliaria: Sra. Herminia Cuxil (encamada, 91 años), cuarto del fondo.', '91'],
    ['Se busca a un señor con alzhéimer, 93 años, que salió de la residencia sin bastón.', '93'],
    ['Recogemos firmas por doña Tere (92 añitos, en silla de ruedas) para la rampa del portal.', '92'],
  ])('an age: %s', (text, age) => {
    expect(ages(text)).toEqual([age]);
  });
  it.each([
    'El Sanatorio Modelo, 95 años de servicio a la comunidad.',
    'Paracetamol (91, 2 tabletas) en la lista del carrito.',
    'La parroquia de San Blas, 90 años después de su fundación, sigue abierta.',
    'La residencia cuenta con 110 plazas y jardín, 30 de ellas para personas con demencia.',
  ])('no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
