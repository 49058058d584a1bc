/**
 * A chronic condition medicine treats but cannot cure, said to be curable (en.ts and es.ts,
 * CHRONIC and cure.chronic): "PCOS is 100% curable", "La EPOC sí tiene cura", "¿Artritis
 * reumatoide? ¡Tiene cura!". Not a curable disease (hepatitis C), a question, or a denial.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const cure = (text: string, language: string): boolean => detectClaims(text, {}, language).some((h) => h.kind === 'cure');

describe('a chronic condition called curable', () => {
  it.each([
    ['en', 'Fibromyalgia is totally curable, my 8-week reset proves it.'],
    ['en', "Yes, Alzheimer's is curable! Download the guide."],
    ['es', 'El lupus sí tiene cura, y nadie te lo dice.'],
    ['es', '¿Fibromialgia? ¡Tiene cura! Agenda tu cita.'],
    ['es', 'La esclerosis múltiple es curable con nuestro protocolo.'],
  ])('%s: %s', (language, text) => {
    expect(cure(text, language)).toBe(true);
  });

  it.each([
    ['en', 'Hepatitis C is curable with 8 to 12 weeks of pills.'],
    ['en', 'Is type 2 diabetes curable?'],
    ['en', 'Type 2 diabetes is not curable, but it can go into remission.'],
    ['es', '¿La diabetes tiene cura?'],
    ['es', 'La diabetes no tiene cura, pero se controla.'],
    ['es', 'La hepatitis C tiene cura: pregunte a su médico.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(cure(text, language)).toBe(false);
  });
});
