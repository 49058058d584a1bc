/**
 * Nobody falls ill is a universal-efficacy claim (the packs' rule universal.neversick): "our
 * clients never get sick", "quien lo toma nunca se contagia". A story that credits a vaccine or
 * proven care for it is no claim (creditedCare, features.ts careCredited). Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('nobody falls ill', () => {
  it.each([
    'Monthly chiropractic tune-ups and our clients never get sick, not even in flu season!',
    'The twins take our elderberry gummies and haven\u2019t been sick once since September.',
    'Join the longevity membership: our members never have strokes.',
  ])('a claim: %s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });
  it.each([
    "I haven't been sick since my flu shot in October, so thank you, pharmacy team!",
    'Wash your hands often so you never get sick at the office.',
    'My mom has been sick all winter, so she finally booked a check-up.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('nadie se enferma', () => {
  it.each([
    'Con las gotas de saúco, en mi salón ninguna alumna se enfermó este invierno.',
    'Los que toman el tónico de ajo nunca se contagian, así de fácil.',
    'Desde el primer frasco mi esposo jamás volvió a enfermarse.',
  ])('a claim: %s', (text) => {
    expect(kinds(text, 'es')).toContain('universal-efficacy');
  });
  it.each([
    'Desde que me puse la vacuna de la influenza no me enfermo, gracias a la farmacia.',
    'Lávense las manos seguido para que no se enfermen en la escuela.',
    'Mi abuela no se ha enfermado desde la operación; el equipo de cirugía fue excelente.',
  ])('no claim: %s', (text) => {
    expect(kinds(text, 'es')).toEqual([]);
  });
});
