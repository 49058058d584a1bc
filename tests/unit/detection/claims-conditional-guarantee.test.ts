/**
 * A guarantee after a negated condition about results is a guarantee: the negator opens the
 * condition and negates only it (the packs' conditionals; Spanish: SATISFACTION_CONDITION in
 * packs/es.ts). A refund for not liking a product stays a satisfaction policy, and a guarantee
 * negated in its own clause stays negated. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('a guarantee after a negated condition', () => {
  it.each([
    ['en', 'If the first adjustment doesn\u2019t fix your sciatica, we guarantee the second one will.'],
    ['en', 'If your hot flashes don\u2019t stop we guarantee they will after the second bottle.'],
    ['es', 'Si no bajas 4 kilos en diez días con las cápsulas, te devolvemos tu dinero.'],
    ['es', 'Si no se te quita la gastritis con el primer frasco le devolvemos su dinero.'],
  ])('%s: a guarantee: %s', (language, text) => {
    expect(kinds(text, language)).toContain('guarantee');
  });
  it.each([
    ['es', 'Si no te gusta el sabor del batido, te devolvemos tu dinero en los primeros 15 días.'],
    ['es', 'No le garantizamos resultados; si no mejora, consulte a su médico.'],
    ['en', 'We do not guarantee that the pain will go away, and if it does not, call your doctor.'],
  ])('%s: no guarantee: %s', (language, text) => {
    expect(kinds(text, language)).not.toContain('guarantee');
  });
});
