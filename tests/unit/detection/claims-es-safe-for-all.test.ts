/**
 * Safe for the groups a drug label warns about, named one by one ("lo puede tomar el niño, la
 * embarazada y el abuelito"): es.ts VULNERABLE in the singular too. "Puede" giving permission to
 * take a remedy ("lo puede tomar", "puede tomarlo") is no hedge (es.ts HEDGES), and a dash ends a
 * negation's scope ("NO TIENE CONTRAINDICACIONES — LO PUEDEN TOMAR NIÑOS…": the ruleScope's
 * look-behind). A remedy no group may take stays negated.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const zeroRisk = (text: string): string[] =>
  detectClaims(text, {}, 'es')
    .filter((h) => h.kind === 'zero-risk')
    .map((h) => text.slice(h.start, h.end).toLowerCase());

describe('safe for every vulnerable group (es)', () => {
  it.each([
    ['Es natural, no tiene efectos secundarios, lo puede tomar el niño, la embarazada y el abuelito.', 'lo puede tomar el niño, la embarazada y el abuelito'],
    ['SIN QUÍMICOS — NO TIENE CONTRAINDICACIONES — LO PUEDEN TOMAR NIÑOS, EMBARAZADAS Y ANCIANOS', 'lo pueden tomar niños, embarazadas y ancianos'],
  ])('%s', (text, span) => {
    expect(zeroRisk(text)).toContain(span);
  });

  it.each(['Este jarabe no lo pueden tomar niños ni embarazadas.', 'Puede ayudar a dormir mejor a algunas personas.'])('no claim: %s', (text) => {
    expect(zeroRisk(text)).toEqual([]);
  });
});
