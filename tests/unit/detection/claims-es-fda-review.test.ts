/**
 * The FDA named after others or after its verb (es.ts, fda.approved: "aprobado por dentistas y por
 * la FDA", "lo avala la FDA", "cleared por la FDA"), and a review's "¡Un milagro!" after its rating
 * (es.ts, miracle.bare: "5/5 ¡Un milagro!", "★★★★★ ¡Un milagro!"). Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('la FDA después de otros o de su verbo', () => {
  it.each([
    'Colágeno marino avalado por nutriólogos y la FDA.',
    'Es 100% natural y lo avala la FDA.',
    'Nuestra app ya está cleared por la FDA.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('fda-approval');
  });

  it.each([
    'La FDA no lo avala.',
    'Este suplemento no está aprobado por médicos ni por la FDA.',
    'El medicamento fue aprobado por la FDA el 3 de mayo de 2019 para la migraña.',
  ])('%s', (text) => {
    expect(kinds(text)).not.toContain('fda-approval');
  });
});

describe('¡un milagro! después de la puntuación de una reseña', () => {
  it.each(['5/5 ¡Un milagro! Mi hija tenía la cara llena de granos y ahora nada.', '★★★★★ ¡Un milagro! Mi piel quedó perfecta.'])('%s', (text) => {
    expect(kinds(text)).toContain('miracle');
  });

  it.each(['5/5 Nuestro bebé es un milagro, gracias al equipo de neonatología.', 'Es un milagro que esté viva, gracias a los médicos.'])('%s', (text) => {
    expect(kinds(text)).not.toContain('miracle');
  });
});
