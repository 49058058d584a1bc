/**
 * How many is not whether: "many", "most", "muchos", "la mayoría" before a treatment no longer
 * needed ("no longer need", "ya no") leave it a claim (the packs' quantityNegators; features.ts),
 * while they still hedge other promises and what many patients do is described, not promised.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('a quantity before a treatment no longer needed', () => {
  it.each([
    ['en', 'Many of our patients no longer need their inhalers.'],
    ['en', 'Most of my clients no longer take blood pressure meds.'],
    ['es', 'Muchos papás ya no necesitan antibióticos gracias a nuestros ajustes.'],
    ['es', 'La mayoría de nuestras pacientes ya no usa pastillas para dormir.'],
  ])('%s: a claim: %s', (language, text) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });
  it.each([
    ['en', 'Many patients stop their statins because of muscle aches, which is risky.'],
    ['en', 'After a year of physical therapy, many no longer need pain medication.'],
    ['es', 'Muchos pacientes dejan la insulina por miedo a las agujas, y eso es peligroso.'],
    ['es', 'La terapia cognitivo-conductual ayuda a muchos pacientes a dormir mejor sin medicamentos a largo plazo.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
