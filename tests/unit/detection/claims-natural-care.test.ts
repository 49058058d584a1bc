/**
 * Proven care credited for a recovery clears a patient's story (the packs' `creditedCare`), but a
 * proven treatment's name qualified as natural, holistic, alternative, homeopathic or home-made
 * ("inmunoterapia natural", "natural immunotherapy") is a remedy's sales name, not the care it
 * borrows the word from: the claim stands. And a universal promise names anyone at all,
 * "funciona en cualquier hombre" as "para cualquier paciente" (es.ts, universal.works).
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('care named natural is no proven care', () => {
  it.each([
    ['es', 'En nuestro centro hemos curado a cientos de pacientes con quimioterapia natural, sin efectos secundarios.'],
    ['es', 'Mi papá se curó del cáncer con inmunoterapia holística y ya no va al oncólogo.'],
    ['en', 'Our clinic has cured hundreds of patients with natural immunotherapy, no side effects at all.'],
    ['en', 'She was cured of her cancer thanks to holistic chemo from our herbal center.'],
  ])('%s: %s', (language, text) => {
    expect(kinds(text, language)).toContain('cure');
  });

  it.each([
    ['es', 'El tumor desapareció con la quimioterapia y la cirugía; gracias al equipo de oncología.'],
    ['en', 'The tumor shrank after her chemotherapy and surgery, thanks to her care team.'],
  ])('keeps proven care credited (%s): %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});

describe('anyone at all', () => {
  it.each([
    'Sí amigo, funciona en cualquier hombre, hasta en los de 80 años.',
    'Esta crema sirve para cualquier mujer, tenga la piel que tenga.',
  ])('%s', (text) => {
    expect(kinds(text, 'es')).toContain('universal-efficacy');
  });

  it.each([
    '¿Funciona en cualquier hombre? No, y desconfíe de quien se lo prometa.',
    'Ningún tratamiento funciona en cualquier mujer; su médico le dirá cuál le conviene.',
  ])('leaves the promise asked and answered no, or denied: %s', (text) => {
    expect(kinds(text, 'es')).toEqual([]);
  });
});
