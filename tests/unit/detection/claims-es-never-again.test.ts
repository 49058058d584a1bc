/**
 * Spanish: a symptom that never comes back, named by its verb ("ya no convulsiona nunca más", "ya no
 * se despierta nunca"), a product that never fails ("coronas que nunca se rompen"), "al toque" as a
 * moment, and tinnitus as a health object ("el acúfeno se cura"). Not a symptom that stopped for a
 * while. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: never again, at once', () => {
  it.each([
    ['Con el aceite de cannabis mi sobrino ya no convulsiona nunca más.', 'permanence'],
    ['Le doy el jarabe de tila y la niña ya no se despierta nunca más de madrugada.', 'permanence'],
    ['Carillas de cerámica que nunca se manchan: tu sonrisa de revista.', 'permanence'],
    ['Con mis gotas de ajo el acúfeno se cura en un mes.', 'cure'],
    ['Tómate esto y la gripa se te quita al toque.', 'instant-results'],
  ])('a claim: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Desde que ajustamos la dosis, mi hijo no ha convulsionado en tres meses; seguimos con el neurólogo.',
    'Las coronas de zirconio son resistentes, pero pueden romperse si aprieta los dientes de noche.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('Spanish: many healed, counted', () => {
  it.each([
    'Miles de señoras ya se curaron con nuestra tintura.',
    'Yo he curado a cientos de niños con mi dieta sin gluten.',
    'Ya sané a muchos, pregunte nomás.',
  ])('a cure claim: %s', (text) => {
    expect(kinds(text)).toContain('cure');
  });
  it('no claim: a surgeon counted by the operations done', () => {
    expect(kinds('El doctor Ruiz ha operado a cientos de pacientes en este hospital.')).toEqual([]);
  });
});
