/**
 * Spain's nine-digit phone numbers by shape (server/src/detection/phi/shapes.ts, `findSpanishPhones`;
 * README.md, "What the detectors catch"): mobiles (6, 7) and landlines (8, 9) in the 3-3-3 and
 * 3-2-2-2 groupings, in any language's text; sums of money, other groupings and the clinic's own
 * configured number pass. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string, allowedPhones: string[] = []): string[] =>
  scanPhiText(text, { language: 'es', allowedPhones, textGate: false }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('Spanish phone numbers by shape', () => {
  it.each([
    ['Avisen a su nieta Rocío al 622 418 907 si no contesta.', '622 418 907'],
    ['Contacto: su hijo, tlf. 958 41 22 07, por las tardes.', '958 41 22 07'],
    ['Mi cuñado Paco: 711-204-389.', '711-204-389'],
    ['Llamar a la vecina al 686.30.51.12 antes de subir.', '686.30.51.12'],
  ])('%s → %s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
  it.each([
    'El ayuntamiento invirtió 700 000 000 € en el nuevo hospital.',
    'Presupuesto: $900 000 000 para la red de salud.',
    'Código de lote 512 418 907, caducidad 2027.',
    'Teléfono 622 41 890 de la oficina antigua.',
  ])('no phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });
  it("the clinic's configured number passes", () => {
    expect(phones('Pide cita al 958 41 22 07.', ['+34 958 412 207'])).toEqual([]);
  });
});
