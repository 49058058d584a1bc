/**
 * Phrases of the families that count only in a text already flagged (the claim packs'
 * `flaggedTextPhrases`, server/src/detection/claims/index.ts `flaggedTextHits`; README.md, "What
 * the detectors catch"): next to a claim, "money back", "resultados en 48 horas" or "dejé las
 * infusiones" are red flags (and, since session 34, "the test your doctor won't order",
 * "medication-free", "cero mareos", "como a los 20"); alone, in a clinic's notice, they are
 * ordinary words and stay unreported. A negator right before such a phrase keeps it out too.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const found = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

/** [language, a claim the detector reports on its own, a sentence with only a flagged-text phrase, the phrase as reported] */
const NEXT_TO_A_CLAIM: Array<[string, string, string, string]> = [
  ['en', 'This tea cures arthritis.', 'Money back if you are not happy.', 'guarantee: Money back'],
  ['es', 'Este té cura la artritis.', 'Dejé las infusiones el año pasado.', 'treatment-replacement: Dejé las infusiones'],
  ['es', 'Este té cura la artritis.', 'Resultados en 48 horas.', 'instant-results: en 48 horas'],
  ['es', 'Este té cura la artritis.', 'Dicen que es pura magia.', 'miracle: magia'],
  ['es', 'Este té cura la artritis.', 'Lo tomo para toda la vida.', 'permanence: para toda la vida'],
  // Session 34: the care that keeps something from you, care left behind in other words, a weaker universal,
  // a reversal, a speed and harms denied by name.
  ['en', 'This tea cures arthritis.', 'It is the test your doctor won’t order.', 'suppressed-knowledge: your doctor won’t order'],
  ['en', 'This tea cures arthritis.', 'Our whole family is medication-free now.', 'treatment-replacement: medication-free'],
  ['en', 'This tea cures arthritis.', 'From night one, the stiffness eases.', 'instant-results: From night one'],
  ['en', 'This tea cures arthritis.', 'It doesn’t fail.', 'universal-efficacy: doesn’t fail'],
  ['en', 'This tea cures arthritis.', 'Her thyroid numbers are back to normal.', 'disease-reversal: back to normal'],
  ['en', 'This tea cures arthritis.', 'Zero chance of a flare.', 'zero-risk: Zero chance of'],
  ['es', 'Este té cura la artritis.', 'Los reumatólogos no lo saben.', 'suppressed-knowledge: reumatólogos no lo saben'],
  ['es', 'Este té cura la artritis.', 'Tiré la férula vieja.', 'treatment-replacement: Tiré la férula'],
  ['es', 'Este té cura la artritis.', 'Cero falsos negativos en la prueba.', 'universal-efficacy: Cero falsos negativos'],
  ['es', 'Este té cura la artritis.', 'Rodillas como a los 20.', 'disease-reversal: como a los 20'],
  ['es', 'Este té cura la artritis.', 'Cero mareos.', 'zero-risk: Cero mareos'],
  // Session 46: a definitive or eternal result, a relapse ruled out, and speeds of a few days, a month or a record.
  ['es', 'Este té cura la artritis.', 'Es un tratamiento definitivo.', 'permanence: tratamiento definitivo'],
  ['es', 'Este té cura la artritis.', 'Las carillas son eternas.', 'permanence: eternas'],
  ['es', 'Este té cura la artritis.', 'Sin recidiva en la rodilla.', 'permanence: Sin recidiva'],
  ['es', 'Este té cura la artritis.', 'Mi tía notó la diferencia en un par de días.', 'instant-results: en un par de días'],
  ['es', 'Este té cura la artritis.', 'Mi tía dejó la silla en un mes.', 'instant-results: en un mes'],
  ['es', 'Este té cura la artritis.', 'Mi tía notó la diferencia en cuestión de horas.', 'instant-results: en cuestión de horas'],
  ['es', 'Este té cura la artritis.', 'Al día siguiente mi mamá caminaba.', 'instant-results: Al día siguiente'],
  // …and a vaccine refused for what is said to protect as well, near a vaccine word.
  ['es', 'Este té cura la artritis.', 'Y la vacuna de la gripe, nada: el jarabe protege igualito.', 'vaccine-alternative: protege igualito'],
  ['es', 'Este té cura la artritis.', 'Con la vacuna del tétanos, mejor denles ajo con limón.', 'vaccine-alternative: mejor denles'],
  ['es', 'Este té cura la artritis.', 'En vez de la antirrábica le pusimos orégano.', 'vaccine-alternative: En vez de la antirrábica'],
  // …and universal efficacy as a success rate of nine in ten or more, none that fails, and everyone who comes.
  ['es', 'Este té cura la artritis.', 'Éxito del 97% en la consulta.', 'universal-efficacy: Éxito del 97%'],
  ['es', 'Este té cura la artritis.', 'Mis hierbas no fallan nunca.', 'universal-efficacy: no fallan nunca'],
  ['es', 'Este té cura la artritis.', 'Ninguna paciente ha vuelto a quejarse.', 'universal-efficacy: Ninguna paciente ha vuelto a'],
  // …and a disease reversed: a function back, a wheelchair left, a reversal named by a pronoun.
  ['es', 'Este té cura la artritis.', 'Mi tío volvió a sentir los pies.', 'disease-reversal: volvió a sentir'],
  ['es', 'Este té cura la artritis.', 'Los pacientes abandonan la silla en semanas.', 'disease-reversal: abandonan la silla'],
  ['es', 'Este té cura la artritis.', 'Yo la revertí en un mes.', 'disease-reversal: la revertí'],
  // …and a result sworn or put in writing.
  ['es', 'Este té cura la artritis.', 'Se lo ponemos por escrito en la factura.', 'guarantee: Se lo ponemos por escrito'],
  ['es', 'Este té cura la artritis.', 'Os lo aseguro, chicas.', 'guarantee: Os lo aseguro'],
  // …and care refused or taken away, and a vaccine kept from a child.
  ['es', 'Este té cura la artritis.', 'Cancela tu cita de bótox.', 'treatment-replacement: Cancela tu cita'],
  ['es', 'Este té cura la artritis.', 'No se deje enyesar el brazo.', 'treatment-replacement: No se deje enyesar'],
  ['es', 'Este té cura la artritis.', 'Y la antitetánica, no dejen que le pongan nada.', 'vaccine-alternative: no dejen que le pongan'],
  // …and arteries unblocked, everyone who takes it, a trick of seconds, a healer jailed for curing.
  ['es', 'Este té cura la artritis.', 'Con tres tomas se le destapan las venas.', 'disease-reversal: destapan las venas'],
  ['es', 'Este té cura la artritis.', 'Ya lo recomiendo a todos los que lo prueban.', 'universal-efficacy: a todos los que lo prueban'],
  ['es', 'Este té cura la artritis.', 'Es un truco de 7 segundos.', 'instant-results: truco de 7 segundos'],
  ['es', 'Este té cura la artritis.', 'Al curandero lo metieron preso porque curaba a la gente.', 'suppressed-knowledge: lo metieron preso porque curaba'],
];

describe('phrases that count in a flagged text', () => {
  it.each(NEXT_TO_A_CLAIM)('%s: %s %s → %s', (language, claim, sentence, phrase) => {
    expect(found(`${claim} ${sentence}`, language)).toContain(phrase);
  });
  it.each(NEXT_TO_A_CLAIM.map(([language, , sentence]) => [language, sentence] as const))('%s: alone, no finding: %s', (language, sentence) => {
    expect(found(sentence, language)).toEqual([]);
  });
  it('a product described as drug-free, or a service that needs no appointment, is not care left behind', () => {
    const text = 'This tea cures arthritis. A drug-free routine, no appointment needed.';
    expect(found(text, 'en').filter((f) => f.startsWith('treatment-replacement'))).toEqual([]);
  });
  it('a negator right before the phrase keeps it out', () => {
    expect(found('Este té cura la artritis. No le devolvemos su dinero.', 'es')).toEqual(['cure: cura la artritis']);
  });
  it('a bill paid in full is no efficacy in full', () => {
    const text = 'Este té cura la artritis. Medicare lo cubre al 100% y se lo mandamos a casa.';
    expect(found(text, 'es').filter((f) => f.startsWith('universal-efficacy'))).toEqual([]);
  });
  it('a protection as good as another, with no vaccine near it, is no vaccine alternative', () => {
    const text = 'Este té cura la artritis. El sombrero protege igualito que el bloqueador.';
    expect(found(text, 'es').filter((f) => f.startsWith('vaccine-alternative'))).toEqual([]);
  });
  it("a candidate the grammar's context vetoed stays out of a flagged text", () => {
    // "cured with antibiotics": proven care credited; the speed alone flags the text.
    expect(found('Her pneumonia was cured with antibiotics in a week.', 'en')).not.toContain('cure: cured');
  });
  it('a phrase the lexicon removes stays out', () => {
    const text = 'This tea cures arthritis. Money back if you are not happy.';
    expect(detectClaims(text, { remove: ['money back'] }, 'en').map((h) => h.kind)).toEqual(['cure']);
  });
  it('reports at most 64 phrases per family in a long flagged text', () => {
    const text = `This tea cures arthritis. ${'Money back if you are not happy. '.repeat(200)}`;
    const safe = detectClaims(text, {}, 'en').filter((h) => h.kind === 'guarantee');
    expect(safe.length).toBeGreaterThan(0);
    expect(safe.length).toBeLessThanOrEqual(64);
  });
});
