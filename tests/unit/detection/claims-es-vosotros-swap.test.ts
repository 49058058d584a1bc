/**
 * The verb forms of "vosotros" that Spain writes ("Cambiad la PrEP por…", "Dejad la quimio", "no
 * dejéis la insulina") are read like the others (es.ts, ar()); and a doctor's change of one drug
 * for another ("el doctor me cambió la metformina por la sitagliptina") is no replacement of proven
 * treatment (repl.swap). Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const replaced = (text: string): boolean => detectClaims(text, {}, 'es').some((h) => h.kind === 'treatment-replacement');

describe('vosotros, and a doctor swapping drugs (es)', () => {
  it.each(['Cambiad la PrEP por el Inmunoprotect del herbolario, protege igual.', 'Dejad la quimio y tomad el aceite de cannabis.'])('%s', (text) => {
    expect(replaced(text)).toBe(true);
  });

  it.each(['El doctor me cambió la metformina por la sitagliptina.', 'No dejéis la insulina, por favor, hablad con vuestro médico.'])('no claim: %s', (text) => {
    expect(replaced(text)).toBe(false);
  });
});
