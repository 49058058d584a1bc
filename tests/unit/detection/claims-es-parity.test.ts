/**
 * Spanish claims in the constructions the English pack already had (server/src/detection/claims/
 * packs/es.ts: supp.more, perm.return, instant.hours): the suppressor that knows and keeps quiet
 * ("los médicos lo saben pero no lo dicen"), censorship ("compártelo antes de que lo borren", "por
 * eso lo callan"), a condition that never comes back with its subject after the verb ("nunca más
 * vuelven los hongos"), speed in up to thirty days, two or three weeks, one night or session in
 * digits. Look-alikes: a doctor who says nothing, a condition of a follow-up, a natural course, a
 * regimen's length. Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

const CLAIMS: Array<[string, string]> = [
  ['Las farmacéuticas lo saben pero no te lo dicen: el ajo en ayunas limpia las arterias.', 'suppressed-knowledge'],
  ['Tu dermatólogo lo sabe pero nunca te lo va a decir.', 'suppressed-knowledge'],
  ['¡Compártelo antes de que lo borren! Este té acaba con la gastritis.', 'suppressed-knowledge'],
  ['Este remedio cura la tiroides y por eso lo ocultan.', 'suppressed-knowledge'],
  ['Con la pomada de árnica nunca más vuelve el dolor de rodilla.', 'permanence'],
  ['Desinflama la próstata en 20 días, garantizado.', 'instant-results'],
  ['Adiós a la psoriasis en solo 3 semanas con este jabón.', 'instant-results'],
  ['Quita la ciática en 1 sesión de ventosas.', 'instant-results'],
];

const LOOK_ALIKES: string[] = [
  'Le pregunté a mi doctora por el té y me dijo que no lo sabe, pero no cree que haga daño.',
  'Si el dolor no vuelve en dos semanas, ya no necesita regresar a consulta.',
  'La gripe se quita sola en 7 a 10 días; descanse y tome líquidos.',
  'El tratamiento con antibióticos dura 10 días y hay que terminarlo completo.',
  'Mi médico lo sabe y no dice nada porque no es grave, solo me pidió más estudios.',
];

describe('Spanish claims in the English pack constructions', () => {
  it.each(CLAIMS)('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each(LOOK_ALIKES)('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
