/**
 * Tablets are pills (the English pack's TREATMENTS): "binned my BP tablets", "zero heart meds", as
 * British, Indian and African English write them; taking them as told, or a doctor lowering them,
 * makes no claim. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('tablets and pills named by what they treat', () => {
  it.each([
    ['Three weeks on the karela juice and I stopped my sugar tablets, no more needed!'],
    ['Mum takes zero thyroid meds now, all thanks to this seaweed powder.'],
    ['Ditch the sleeping tablets: one drop of this oil under the tongue and you are out like a light.'],
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it.each([
    ['Take your tablets with food, and keep the tablet app updated for reminders.'],
    ['My GP lowered my blood pressure tablets after I lost weight, and we review them every three months.'],
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
