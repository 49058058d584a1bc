/**
 * Proven care credited for a recovery clears a patient's story (the packs' `creditedCare`), but care
 * named after "even", "despite", "incluso" or "aun" is conceded, not credited: "reverses male
 * infertility even after a vasectomy" promises a result the care did not give. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('care conceded is not care credited', () => {
  it.each([
    ['en', 'This formula reverses male infertility even after a vasectomy.', 'disease-reversal'],
    ['en', 'Our drops cure glaucoma even after laser surgery, no more eye doctor visits.', 'cure'],
    ['es', 'Aun después de la quimio, este té me curó el cáncer.', 'cure'],
    ['es', 'Este gel revierte la artrosis incluso después de una cirugía de rodilla.', 'disease-reversal'],
  ])('%s: %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['en', 'The tumor shrank after her chemotherapy, thanks to her care team.'],
    ['en', 'My knee pain went away after the knee replacement.'],
    ['es', 'El tumor desapareció después de la quimioterapia.'],
    ['es', 'La infección se curó gracias a los antibióticos.'],
  ])('keeps proven care credited (%s): %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
