/**
 * Rules of the grammar that count only in a text already flagged (the claim packs'
 * `flaggedTextRules`, server/src/detection/claims/index.ts `nearHits`; README.md, "What the
 * detectors catch"): the weaker forms of a family, an action with its object but without the
 * quantifier the family's own rules need ("regenera el esmalte", "skip the gastroenterologist").
 * Next to a claim they are reported; alone they are not; the context that judges every candidate
 * (negation, hedges) judges them too; a long text is read only near its hits. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { countsOnlyInFlaggedText, detectClaims, analyseClaims } from '../../../server/src/detection/claims';

const found = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);
const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

/** [language, a claim the detector reports on its own, a sentence only a flagged-text rule reads, the kind it reports] */
const NEXT_TO_A_CLAIM: Array<[string, string, string, string]> = [
  ['en', 'This tea cures arthritis.', 'My aunt returned her CPAP machine.', 'treatment-replacement'],
  ['en', 'This tea cures arthritis.', 'It also rewires nerves.', 'disease-reversal'],
  ['en', 'This tea cures arthritis.', 'Fine for kids.', 'zero-risk'],
  ['en', 'This tea cures arthritis.', 'Your cardiologist still won’t admit it.', 'suppressed-knowledge'],
  ['es', 'Este té cura la artritis.', 'Sirve en cualquier rodilla.', 'universal-efficacy'],
  ['es', 'Este té cura la artritis.', 'Apto para embarazadas.', 'zero-risk'],
  ['es', 'Este té cura la artritis.', 'La verdadera vacuna.', 'vaccine-alternative'],
  ['es', 'Este té cura la artritis.', 'Y no vuelves a recaer.', 'permanence'],
  ['es', 'Este té cura la artritis.', 'Lo puede tomar todo mundo, hasta niños y embarazadas.', 'zero-risk'],
  ['es', 'Este té cura la artritis.', 'La puedes tomar aunque estés embarazada o lactando.', 'zero-risk'],
  ['es', 'Este té cura la artritis.', 'No le hace nada, es natural.', 'zero-risk'],
];

describe('rules that count in a flagged text', () => {
  it.each(NEXT_TO_A_CLAIM)('%s: %s %s → %s', (language, claim, sentence, kind) => {
    expect(kinds(`${claim} ${sentence}`, language)).toContain(kind);
    // The claim alone does not report that kind: the second sentence did.
    expect(kinds(claim, language)).not.toContain(kind);
  });
  it.each(NEXT_TO_A_CLAIM.map(([language, , sentence]) => [language, sentence] as const))('%s: alone, no finding: %s', (language, sentence) => {
    expect(found(sentence, language)).toEqual([]);
  });
  it('the rules are the grammar’s: their candidates carry a rule id and the context’s features', () => {
    const candidates = analyseClaims('Apto para embarazadas.', 'es');
    const flagged = candidates.filter((c) => countsOnlyInFlaggedText(c.rule, 'es'));
    expect(flagged.map((c) => c.rule.id)).toEqual(['flagged.safe']);
    expect(flagged[0]?.features).toContain('r=flagged.safe');
  });
  it('a negated or hedged candidate stays out of a flagged text', () => {
    expect(kinds('Este té cura la artritis. No es apto para embarazadas.', 'es')).toEqual(['cure']);
    // taking it with or without food is no claim of safety for anyone
    expect(kinds('Este té cura la artritis. Se puede tomar con o sin comida.', 'es')).toEqual(['cure']);
    expect(kinds('This tea cures arthritis. It may help rewire nerves in some people.', 'en')).toEqual(['cure']);
  });
  it('a text with a claim only far away reads the rules near the claim, not in the whole text', () => {
    const filler = 'We are open on weekdays and our parking is free for visitors. '.repeat(40);
    // The grammar alone: the sentence reader reads every sentence of a flagged text, near or far
    // (docs/architecture.md, "The sentence reader", flaggedAdd), and since session 45 reads this one at 0.5 or more.
    const byGrammar = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);
    const near = byGrammar(`Este té cura la artritis. Apto para embarazadas. ${filler}`);
    const far = byGrammar(`Este té cura la artritis. ${filler}Apto para embarazadas.`);
    expect(near).toContain('zero-risk: Apto para embarazadas');
    expect(far).toEqual(['cure: cura la artritis']);
  });
  it('a rule the lexicon removes stays out', () => {
    const text = 'This tea cures arthritis. Fine for kids.';
    expect(detectClaims(text, { remove: ['flagged.safe'] }, 'en').map((h) => h.kind)).toEqual(['cure']);
  });
});

/**
 * In a text of two sentences or more that nothing flags, a sentence where only a flagged-text rule
 * found a candidate its context allows is read at the reader's `add`, as a sentence with any other
 * allowed candidate is (index.ts, `readerHits`; docs/architecture.md, "The sentence reader").
 */
describe('a flagged-text rule the reader confirms', () => {
  const sentence = 'Borra diez años de tu cara en una sola cita 😍';
  it('is reported when the reader reads its sentence as a claim', () => {
    expect(found(`Probé el suero de caracol de mi prima. ${sentence}`, 'es')).toEqual([`instant-results: ${sentence}`]);
  });
  it('is not reported where the reader reads its sentence lower', () => {
    expect(found('Nuevo facial con exosomas en nuestra clínica. Borra diez años de tu cara en una sola cita.', 'es')).toEqual([]);
  });
  it('is not reported in a sentence alone, which the reader reads without neighbours', () => {
    expect(found(sentence, 'es')).toEqual([]);
  });
});

/**
 * A text that only the reader's own findings flag is flagged as surely as by a grammar hit: the
 * flagged-text rules count there too (index.ts, `detectClaims`; docs/architecture.md, "The
 * sentence reader").
 */
describe('a text the reader flags', () => {
  it.each([
    ['es', 'Probé el suero de caracol de mi prima. Borra diez años de tu cara en una sola cita 😍 Apto para embarazadas.', 'zero-risk: Apto para embarazadas'],
    ['en', 'Use code HEAL for 15% off Mycelia Shield, the mushroom blend that stops cancer from ever coming back. Fine for kids.', 'zero-risk: Fine for kids'],
  ])('%s: the flagged-text rules count: %s', (language, text, finding) => {
    // The reader's finding flags the text (no grammar hit does), and the flagged-text rule counts.
    expect(detectClaims(text, {}, language).map((h) => h.rule)).toContain('reader.sentence');
    expect(found(text, language)).toContain(finding);
  });
  it('a text the reader does not flag gets nothing from those rules', () => {
    expect(found('My aunt has been on the mushroom blend since May. It stops cancer from ever coming back. Fine for kids.', 'en')).toEqual([]);
  });
});
