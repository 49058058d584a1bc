/**
 * Disease reversal said of a blockage, an organ or a genotype (en.ts, reversal.organAgain,
 * reversal.genotype): a remedy "opens heart blockages", "grows new kidney cells", "my kidneys woke
 * up"; a sickle-cell genotype said to change ("Converts SS to AS", "come and receive your AA").
 * Not an angioplasty that opens an artery, nor a genotype explained, nor "now as active as". Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const reversal = (text: string): boolean => detectClaims(text, {}, 'en').some((h) => h.kind === 'disease-reversal');

describe('reversal of a blockage, an organ, a genotype (en)', () => {
  it.each([
    'Garlic, lemon and honey every morning opens heart blockages in 30 days.',
    'Our herbal tea grows new kidney cells, so skip the transplant list.',
    'Three bottles of the tonic and my kidneys woke up!',
    'Sickle Cell Root Mix ✅ Converts SS to AS in 90 days ✅ Pay on delivery',
    'Healing crusade this Sunday: sickle cell patients, come and receive your AA!',
  ])('%s', (text) => {
    expect(reversal(text)).toBe(true);
  });

  it.each([
    'The cardiologist opened the blocked artery with a stent.',
    'Know your genotype before marriage: AA, AS or SS. Two AS parents can have an SS child.',
    'My daughter has sickle cell disease; with her new care plan she is now as active as her brother.',
    'After the transplant her new kidney started working within hours.',
  ])('no claim: %s', (text) => {
    expect(reversal(text)).toBe(false);
  });
});
