/**
 * A relation alone in parentheses after a name makes it a relative's, whether the lexicons know
 * the name or not (server/src/detection/phi/names.ts, nameBefore): "Thandiwe (sister)", "Oluwaseun
 * Adebayo (son)". A role of the contact before the parenthesis ("Caller (wife)") is no name.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const relatives = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'relative-name').map((f) => f.match);

describe('a relation in parentheses', () => {
  it.each([
    ['Please text Thandiwe (sister) when the results are in.', 'Thandiwe'],
    ['Collected by Oluwaseun Adebayo (son) at 4 pm with the walker.', 'Oluwaseun Adebayo'],
  ])('%s', (text, name) => {
    expect(relatives(text)).toContain(name);
  });

  it('leaves a role of the contact', () => {
    expect(relatives('Caller (wife) reports he has not eaten since Tuesday.')).toEqual([]);
  });
});
