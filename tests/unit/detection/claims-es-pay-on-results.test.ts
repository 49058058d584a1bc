/**
 * Guarantees paid on results or refunded double (the Spanish claims pack, guarantee.word): "o no
 * cobro", "si no funciona no paga", "o la siguiente consulta es gratis", "le regresamos el doble".
 * A refund for not liking a product stays a satisfaction policy. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('a guarantee paid on results', () => {
  it.each([
    'Quito la ciática con masaje de nervio en tres visitas o no le cobro, atiendo en el mercado.',
    'Su rodilla como nueva con el parche de imán, si no funciona no paga.',
    'Bajas la panza en un mes o la siguiente consulta te sale gratis.',
    'Pomada de veneno de abeja para la artritis, ¡le regresamos el doble si no le quita el dolor!',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('guarantee');
  });

  it('leaves a satisfaction policy alone', () => {
    expect(kinds('Si no te gusta el sabor del té, te devolvemos tu dinero en 30 días.')).not.toContain('guarantee');
  });
});
