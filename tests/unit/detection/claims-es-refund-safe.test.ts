/**
 * Spanish: "su dinero de vuelta" as a refund on results (not for not liking a product), "seguro al
 * 100%" and "sin los efectos secundarios" as zero risk. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: refund on results and zero risk', () => {
  it.each([
    ['Si en un mes no duerme de corrido, le damos su dinero de vuelta.', 'guarantee'],
    ['Parche para la ciática seguro al 100%, sin receta.', 'zero-risk'],
    ['Adelgaza sin los efectos secundarios de las inyecciones.', 'zero-risk'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    'Si no te gusta el sabor del té, te damos tu dinero de vuelta.',
    'Pago seguro al 100% con tarjeta o transferencia.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
