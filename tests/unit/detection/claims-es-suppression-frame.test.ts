/**
 * The Spanish suppression frame asserts what follows it: "nunca le dicen a la gente que…", "no te
 * van a contar que…" (server/src/detection/claims/packs/es.ts, SUPPRESSION_AFTER): neither "nunca"
 * nor the "dicen" of such a frame negates the claim after it, while plain hearsay ("dicen que…",
 * "me dicen que…") and a plain "nunca" still do. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);
const matches = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => text.slice(h.start, h.end));

describe('the suppression frame in Spanish', () => {
  it.each([
    ['Los cardiólogos nunca les dicen a sus pacientes que la hipertensión se revierte con ajo negro.', 'hipertensión se revierte'],
    ['Mi nutrióloga dice que los endocrinos nunca le dicen a la gente que la diabetes se revierte con ayuno.', 'diabetes se revierte'],
    ['Las farmacéuticas jamás nos dicen que la artrosis se revierte con colágeno.', 'artrosis se revierte'],
  ])('%s', (text, claim) => {
    expect(matches(text)).toContain(claim);
  });

  it.each([
    'Dicen que la hipertensión se revierte con ajo negro, pero no hay ningún estudio.',
    'Nunca se revierte la hipertensión con ajo negro.',
  ])('keeps hearsay and a plain negation: %s', (text) => {
    expect(kinds(text)).not.toContain('disease-reversal');
  });
});
