/**
 * A rule that needs a health object earlier on its line (ClaimNeed 'health-line-before',
 * grammar.ts healthOnLineBefore; the Spanish perm.bareNever: "… y ahora nunca más"): the object may
 * sit in an earlier sentence of the line, within 160 characters, never on an earlier line. It
 * replaced a look-behind holding the whole health lexicon. Sentences are written for these tests,
 * not copied from tests/corpus.
 */
import { analyseClaims } from '../../../server/src/detection/claims';

const rules = (text: string): string[] => analyseClaims(text, 'es').map((a) => a.rule.id);

describe('a health object earlier on the line', () => {
  it('in an earlier sentence of the line', () => {
    expect(rules('Sufría de gastritis desde joven. Tomé el jarabe de sábila y ahora nunca más.')).toContain('perm.bareNever');
  });
  it('not on an earlier line', () => {
    expect(rules('Sufría de gastritis desde joven.\nTomé el jarabe de sábila y ahora nunca más.')).not.toContain('perm.bareNever');
  });
  it('not farther than 160 characters', () => {
    const filler = ' Fuimos al mercado, compramos pan, visitamos a la tía, regresamos tarde por la carretera vieja, cenamos tamales y platicamos mucho rato con los vecinos del barrio.';
    expect(rules(`Sufría de gastritis.${filler} Y ahora nunca más.`)).not.toContain('perm.bareNever');
  });
});
