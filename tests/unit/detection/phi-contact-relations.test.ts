/**
 * A relation that labels a contact in notes and dispatch texts, opening its clause, before a name
 * the lexicons lack (server/src/detection/phi/names.ts, labelsName; the packs' `contactRelations`):
 * "Wife Tiponi on scene", "Daughter Nomsa collects…". Relations that open titles ("Baby Shark")
 * and "Sis" as a title ("Team lead: Sis Thandeka") name no relative. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const relatives = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'relative-name').map((f) => f.match);

describe('a contact labelled by a relation', () => {
  it.each([
    ['Rural callout, pt 61M fell from ladder. Wife Tiponi on scene, 027 811 4402.', 'Tiponi'],
    ['Home visit done. Daughter Nomsa collects the ARVs on Fridays.', 'Nomsa'],
  ])('%s', (text, name) => {
    expect(relatives(text)).toEqual([name]);
  });

  it.each(['Baby Shark plays at the ward party at 3, bring the kids.', 'Team lead: Sis Thandeka. Visits 9–1 only.'])('names no relative: %s', (text) => {
    expect(relatives(text)).toEqual([]);
  });
});
