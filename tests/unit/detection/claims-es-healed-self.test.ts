/**
 * Spanish cure.healedSelf: healed, said of oneself or of someone, with how wholly or how fast ("me
 * curé por completo", "se sanó en tres semanas"), or walking out healed ("salió curada"); not a
 * self-limiting complaint, nor healing credited to proven care. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish: healed wholly or fast', () => {
  it.each([
    'Llevaba diez años con insomnio y con estas gotitas me curé por completo, gracias Dios 🙏',
    'Mi suegra tomó el té de guanábana y se sanó en tres semanas, ya no tiene nada.',
    'Mi hermano llegó al retiro tomando todos los días y salió curado, ¡bendiciones!',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('cure');
  });
  it.each([
    'Ese catarro se me curó solo en tres días.',
    'Con el tratamiento antibiótico que le dio su médico se curó en diez días.',
  ])('no cure: %s', (text) => {
    expect(kinds(text)).not.toContain('cure');
  });
});
