/**
 * Conditions the Spanish pack now names as Spanish writes them (docs/architecture.md, "The
 * grammar"): the academy's spellings "párkinson" and "alzhéimer" as well as the plain ones,
 * inflammations by their suffix, and spinal muscular atrophy by its initials after an article; and
 * a head with its complement ("síntomas de la osteoartritis") is one item of a list, not two. The
 * grammar alone is read (reader: null). Every sentence here is written for these tests, not taken
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'es'): string[] => detectClaims(text, { reader: null }, language).map((h) => h.kind);

describe('conditions as Spanish writes them', () => {
  it.each([
    'Este jugo de noni cura el párkinson.',
    'Este jugo de noni cura el Parkinson.',
    'Este jugo de noni revierte el alzhéimer.',
    'Estas plantillas curan la periostitis.',
    'La oración sanará a Matías de su AME.',
  ])('%s', (text) => {
    expect(kinds(text).length).toBeGreaterThan(0);
  });

  it('"ame" the verb is no condition', () => {
    expect(kinds('Le pido a Dios que me ame y me cure el alma.')).not.toContain('cure');
  });
});

describe('a head and its complement are one item of a list', () => {
  it('an approved relief of the signs and symptoms of two conditions is no cure-all', () => {
    expect(kinds('Este fármaco está indicado para el alivio de los signos y síntomas de la osteoartritis y de la artritis reumatoide.')).not.toContain('cure-all');
  });

  it('three conditions still make one', () => {
    expect(kinds('Este té alivia la gastritis, la colitis y la migraña.')).toContain('cure-all');
  });
});
