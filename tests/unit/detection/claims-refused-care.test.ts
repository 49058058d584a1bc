/**
 * Proven care refused or called a waste (en.ts, repl.saidNo and repl.waste), and care named as what
 * is no longer needed, which is not care credited (the pack's creditedCare). Sentences are written
 * for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('care proposed, then refused in the next sentence', () => {
  it.each([
    'His doctor wanted him on metformin. We said no thanks. Twelve weeks of my shakes and his diabetes is history.',
    'The cardiologist recommended a stent. I said no thanks, and these beet capsules did the rest.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each([
    'The nurse wanted me on the scale. I said no thanks.',
    'They offered me a coffee before the scan. I said no thanks.',
  ])('no care proposed: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('care called a waste', () => {
  it.each([
    "Don't waste money on the hospital for jaundice, just put baby in the morning sun.",
    "Stop wasting money on inhalers, this salt pipe clears asthma.",
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each([
    "Don't waste money on cheap sunscreen; buy SPF 50.",
    "Don't waste your time on fad diets, see a dietitian.",
  ])('no proven care: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('care no longer needed is not care credited', () => {
  it('with a device, the chemo not needed', () => {
    expect(kinds("Honestly, with this machine you won't need chemo.")).toContain('treatment-replacement');
  });
  it('care credited stays a story', () => {
    expect(kinds('My scans are clear after six months of chemo with my oncologist.')).toEqual([]);
  });
});
