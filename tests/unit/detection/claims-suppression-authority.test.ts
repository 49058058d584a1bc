/**
 * An authority of medicine that hides, hates or is paid against a remedy is the suppressed-knowledge
 * family (server/src/detection/claims/packs/en.ts, supp.authority): "Chiropractors hate this",
 * "the AMA keeps quiet about", "your rheumatologist refuses to talk about". A doctor who does not
 * recommend something, or a myth-buster quoting the line, stays none. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('an authority that hides a remedy', () => {
  it.each([
    'Orthopedists hate this: a $12 foam roller routine that rebuilds worn knee cartilage.',
    'The one supplement your rheumatologist refuses to talk about, because it ends arthritis flares.',
    'Cardiologists have been lying to you about cholesterol for forty years. Watch the free masterclass.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('suppressed-knowledge');
  });

  it.each([
    "Pediatricians don't recommend honey for babies under one year old.",
    "Myth: 'dermatologists hate this trick.' Fact: they just want you to wear sunscreen.",
  ])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
