/**
 * Drugs named by their stem (the packs' TREATMENTS: -amide/-amida, -phenidate/-fenidato, -triptan,
 * -gliflozin, -cycline, -methasone, -osin/-osina, -fenacin …) are proven treatment, so leaving them is a treatment
 * replacement; Spanish "no se necesita doctor" is one too, and an adjective form ("la pomada
 * antibiótica") names the treatment. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('drugs named by their stem', () => {
  it.each([
    ['en', 'Our calm-focus gummies work better than methylphenidate for ADHD kids.'],
    ['en', 'Honestly the elderberry tonic works better than doxycycline for my chest infections.'],
    ['es', 'Mate de hojas Andino: cura el soroche al 100%, no necesitas acetazolamida ni pastillas. Efecto al primer sorbo.'],
    ['es', 'Este ungüento sustituye la crema antibiótica, sana la herida en dos días.'],
    ['es', 'Con nuestras gotas no se necesita médico: la presión baja sola.'],
    ['en', 'Thanks to the prostate gummies my husband was able to stop his tamsulosin.'],
    ['es', 'Con el té de cola de caballo mi papá dejó la tamsulosina y ya orina como joven.'],
  ])('%s: a replacement: %s', (language, text) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });
  it.each([
    ['en', 'Your cardiologist may switch you from furosemide to a different diuretic if your potassium drops.'],
    ['es', 'Para este trámite se necesita identificación con foto.'],
    ['en', 'Your urologist may stop the tamsulosin before cataract surgery; ask before you change anything.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});

describe('the prostaglandin eye drops by their stem (-prost)', () => {
  it('are proven treatment for the grammar alone (en)', () => {
    const hits = detectClaims('Since the bilberry drops I stopped my latanoprost and my eye pressure is perfect.', { reader: null }, 'en');
    expect(hits.map((h) => h.kind)).toContain('treatment-replacement');
  });
  it('are a treatment left, by the rule that reads one (es)', () => {
    const hits = detectClaims('Desde las gotas de arándano dejé el latanoprost y ya no tengo glaucoma.', {}, 'es');
    expect(hits.map((h) => h.rule)).toContain('repl.stop');
  });
});
