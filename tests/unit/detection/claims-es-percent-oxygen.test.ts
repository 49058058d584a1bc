/**
 * Spanish: a hundred per cent next to an efficacy verb ("recuperan el 100% de la visión", "el 100%
 * sana"), not a product's make-up ("100% natural"); home oxygen, its vessels and the catheter as
 * proven care left behind ("ya no usa el oxígeno", "tiró el concentrador de oxígeno"), and US
 * brand names as patients say them. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: a hundred per cent and care left behind', () => {
  it.each([
    ['Con nuestras gotas los pacientes recuperan el 100% de la visión en un mes.', 'universal-efficacy'],
    ['Probado en la clínica: el 100% sana con el primer frasco.', 'universal-efficacy'],
    ['Mi abuelo ya no usa el oxígeno desde que toma el jarabe de cebolla.', 'treatment-replacement'],
    ['Mi tía tiró el concentrador de oxígeno gracias a los baños de sal.', 'treatment-replacement'],
    ['Con estas cápsulas puede botar el Pepcid para siempre.', 'treatment-replacement'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    'Jabón de avena 100% natural, hecho a mano en Oaxaca.',
    'El 100% de las ganancias de la rifa se destina a la asociación.',
    'El oxígeno domiciliario se entrega los lunes; llame al proveedor si falta un cilindro.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
