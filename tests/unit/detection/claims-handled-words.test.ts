/**
 * A claim quoted as words handled, not used: removed, avoided, flagged, reverted or listed, with
 * the cue before the opening mark (the packs' quotedMentionBefore, features.ts isMention), the
 * earlier items of a quoted list included. The same words used as the text's own claim stay
 * claims. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('claims quoted as words handled', () => {
  it.each([
    ['en', 'Copy review: please strike \u2018miracle\u2019, \u2018cures arthritis\u2019 and \u2018risk-free\u2019 from the landing page.'],
    ['en', 'Ad rejected. Flagged text: \u201cMelt 20 lbs in 10 days, guaranteed.\u201d Edit and resubmit.'],
    ['en', 'Undid revision: \u201cturmeric reverses Alzheimer\u2019s\u201d is unsourced.'],
    ['es', 'Revisión legal: eliminen \u201ccura la diabetes\u201d y \u201csin efectos secundarios\u201d del folleto, por favor.'],
    ['es', 'La norma dice que no usen frases como \u00abgarantizado\u00bb o \u00abresultados inmediatos\u00bb en anuncios.'],
    ['es', 'Mi sugerencia: quitaría \u00abcero dolor\u00bb y \u00abresultados garantizados\u00bb del volante.'],
    ['es', 'Antes de comprar lea la etiqueta: si dice \u201ccura el cáncer\u201d o \u201csin efectos secundarios\u201d, desconfíe.'],
    ['es', 'Video original: \u00abeste té elimina la diabetes\u00bb. Mi respuesta: no, ningún té hace eso.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
  it.each([
    ['en', 'Our magnesium cream is a \u2018miracle\u2019 \u2014 it cures arthritis in days!'],
    ['es', 'Nuestro té es la \u00abcura milagrosa\u00bb que tu artritis necesita.'],
  ])('%s: still a claim: %s', (language, text) => {
    expect(kinds(text, language).length).toBeGreaterThan(0);
  });
});
