/**
 * Healed, said without "ya", of someone whose illness the line named before ("Tenía colitis… y
 * estoy curada", "con la sal del Himalaya quedó totalmente curado", "regresó sanada"), is a cure
 * claim (es.ts, cure.stateLine); not when proven care is credited for it ("después de la quimio
 * quedé curada", "con los antibióticos se curó"), and not negated. A doctor merely named ("mi médico
 * no lo creía") credits nothing.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const cures = (text: string): boolean => detectClaims(text, {}, 'es').some((h) => h.kind === 'cure');

describe('healed, the illness named before on the line (es)', () => {
  it.each([
    'Tenía colitis nerviosa. Tomé el licuado verde un mes y estoy curada.',
    'Mi hijo tenía asma y con la sal del Himalaya quedó totalmente curado.',
    'Llegó con fibromialgia y después de tres limpias regresó sanada.',
    'Yo tenía gastritis crónica y con el jugo de sábila quedé curada, mi médico no lo creía.',
    // the passive, and an appositive closing its clause (session 45)
    'Tenían artritis y cientos han sido completamente sanados con las limpias.',
    'Mi primo tenía VIH y después del ayuno salió negativo, totalmente curado 🙌',
    'Tenía hepatitis B. Tomé el jarabe y en mi último análisis salí negativa, ¡curada!',
  ])('%s', (text) => {
    expect(cures(text)).toBe(true);
  });

  it.each([
    'Tuve cáncer de mama y después de la quimio quedé curada, gracias a mi oncóloga.',
    'Tuve neumonía y con los antibióticos se curó en una semana.',
    'Tenía una infección de orina; tras el antibiótico, curada.',
    'Tuve neumonía y con los antibióticos, curada en una semana.',
    'Tenía psoriasis y no quedé curada con las cremas naturales, sigo con el dermatólogo.',
  ])('not a claim: %s', (text) => {
    expect(cures(text)).toBe(false);
  });
});
