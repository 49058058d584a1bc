/**
 * Three readings of session 44 (claims.prohibited; docs/architecture.md, "Detection"):
 * - a sentence ends at its period even when a footnote mark follows it ("…en 3 días.* *Estas
 *   declaraciones no han sido evaluadas por la FDA."), so the supplement disclaimer after it does
 *   not clear the claim before it;
 * - in Spanish a negation does not reach past "y" and a new verb of effect ("no tiene
 *   contraindicaciones y funciona para todos", the pack's scopeBreak);
 * - Spanish universal efficacy told in the past or of anyone ("a todos les funcionó", "en
 *   cualquier persona").
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('a footnote mark ends no less a sentence', () => {
  it.each([
    ['es', 'Este jarabe cura la tos en 2 días.* *Estas declaraciones no han sido evaluadas por la FDA.', 'cure'],
    ['en', 'This tea cures acid reflux.* *These statements have not been evaluated by the FDA.', 'cure'],
    ['en', 'Cures migraines for good.¹ ¹These statements have not been evaluated by the FDA.', 'permanence'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['es', 'Puede apoyar la digestión.* *Estas declaraciones no han sido evaluadas por la FDA.'],
    ['en', 'May support healthy digestion.* *These statements have not been evaluated by the Food and Drug Administration.'],
  ])('a hedged statement and its disclaimer stay clear (%s)', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});

describe('a Spanish negation ends at "y" and a new verb of effect', () => {
  it('"no tiene contraindicaciones y funciona para todos" promises it works for all', () => {
    expect(kinds('Es natural, no tiene contraindicaciones y funciona para todos.', 'es')).toContain('universal-efficacy');
  });

  it('a negated efficacy stays negated', () => {
    expect(kinds('No funciona para todos, y no cura.', 'es')).toEqual([]);
  });
});

describe('Spanish universal efficacy in the past or of anyone', () => {
  it.each(['Se lo di a mis tres hijos y a todos les funcionó.', 'Estas gotas calman el dolor en cualquier persona.'])('%s', (text) => {
    expect(kinds(text, 'es')).toContain('universal-efficacy');
  });

  it.each(['Ese tratamiento no funciona en cualquier persona.', 'A todos les funcionó distinto, consulte a su médico.'])('clear: %s', (text) => {
    expect(kinds(text, 'es')).toEqual([]);
  });
});
