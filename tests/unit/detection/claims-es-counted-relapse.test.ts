/**
 * Cases counted as cured or reversed, nobody relapsing, never having to inject again, and a miracle
 * your organ was waiting for (the Spanish pack's reversal.count, cure.count, perm.noRelapse,
 * repl.neverAgain and miracle.word; docs/architecture.md, "The grammar"). The grammar alone is read
 * (reader: null). Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('claims by count, relapse and expectation', () => {
  it.each([
    ['Mi terapia ha revertido más de 300 casos de artritis.', 'disease-reversal'],
    ['El maestro Li ha curado a miles de pacientes con hierbas.', 'cure'],
    ['En el retiro se curaron ocho muchachos y ninguno ha vuelto a consumir.', 'permanence'],
    ['Con los glóbulos su hija no tendrá que volver a inyectarse.', 'treatment-replacement'],
    ['FlexiMax es el milagro que sus rodillas estaban esperando.', 'miracle'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Nuestra bebé es el milagro que estábamos esperando.',
    'Tras la operación no tendrá que volver a operarse de la rodilla en años.',
    'El hospital ha atendido a más de 300 pacientes este mes.',
  ])('stays clear: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('no trace of the illness left, and rates of complete remission', () => {
  it.each(['Tras tres sesiones conmigo su médico no encontró rastro del cáncer.', 'Ozono y vitamina C: 90% de remisión completa en tumores cerebrales.'])('%s', (text) => {
    expect(kinds(text)).toContain('cure');
  });

  it('after proven care it is a recovery, not a claim', () => {
    expect(kinds('Tras la quimioterapia no encontraron rastro del cáncer.')).toEqual([]);
  });

  it('in a flagged text, the future and passive of healing count', () => {
    const text = 'Este té cura la artritis. Corazones enfermos serán sanados.';
    expect(detectClaims(text, {}, 'es').map((h) => text.slice(h.start, h.end))).toContain('sanados');
  });
});
