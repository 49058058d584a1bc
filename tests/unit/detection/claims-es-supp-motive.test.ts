/**
 * Care said to hide a cure or to live off the illness (the Spanish pack's supp.motive;
 * docs/architecture.md, "The grammar"): a cure held and hidden, a suppressor named with its
 * country, a profession living off the sick, a drug not prescribed for want of a commission. The
 * grammar alone is read (reader: null). Every sentence here is written for these tests, not taken
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('care said to hide a cure or to live off the illness', () => {
  it.each([
    'Los laboratorios ya tienen la cura del sida pero la esconden.',
    'Es el remedio que los médicos de Estados Unidos ocultan.',
    'Los reumatólogos viven de que sigas enfermo.',
    'Los doctores no la recetan porque no les dan comisión.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('suppressed-knowledge');
  });

  it.each(['Mi abuela vive de su pensión y de lo que vende.', 'Los médicos no lo recetan porque tiene efectos secundarios graves.'])('stays clear: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
