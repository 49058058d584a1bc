/**
 * Proper names that hold a red-flag word are no claims (server/src/detection/claims, the packs'
 * `namedPhrases`): a law ("21st Century Cures Act"), an event ("Race for the Cure"), a charity or
 * a brand; a claim next to one is still a claim. A guarantee of a booking ("we guarantee your
 * spot") is logistics (features.ts, LOGISTICS). Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('proper names with a red-flag word', () => {
  it.each([
    ['en', 'Because of the 21st Century Cures Act, your lab results appear in the portal before your doctor calls.'],
    ['en', 'Twelve of our oncology nurses ran the Komen Race for the Cure in pink scrubs.'],
    ['es', 'Nuestro equipo caminó en la Carrera por la Cura el domingo, gracias a todos.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
  it('a name in capitals is a name; the same words glued to a word before are not one', () => {
    expect(kinds('PROUD SPONSOR OF THE KOMEN RACE FOR THE CURE, 5K WALK THIS SATURDAY.')).toEqual([]);
    // "…race for the cure" at the end of a longer word names nothing: its cure is read as any other.
    expect(kinds('Our miracle tea: the fastrace for the cure of arthritis.')).toEqual(expect.arrayContaining(['miracle', 'cure']));
  });
  it('a claim next to one is still a claim', () => {
    expect(kinds('Our tea cures arthritis, and we proudly sponsor the Race for the Cure.')).toContain('cure');
  });
});

describe('a guarantee of a booking', () => {
  it('a held spot is logistics, no claim', () => {
    expect(kinds('Your massage is Friday at 4. We guarantee your spot for ten minutes past the hour; after that it is a no-show.')).toEqual([]);
  });
  it('a guaranteed result is still a claim', () => {
    expect(kinds('We guarantee your back pain is gone after one visit.')).toContain('guarantee');
  });
});
