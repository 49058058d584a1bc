/**
 * Staff named with their role (names.ts, dropSpeakingStaff): a role in parentheses right after the
 * name ("Mr Akande (first aider)", "Ms Ruiz (DSL)"), a role that notices give before a name ("An
 * investigator, Ms. Orla Brennan,") and a specialist by the ending of the specialty ("Our
 * otolaryngologist, Ms. Pilar Ortiz,"). A relative, or a phrase about a role in the parentheses, keeps
 * the name. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language = 'en'): string[] =>
  scanPhiText(text, { language, textGate: false })
    .filter((f) => f.kind === 'person-name' || f.kind === 'relative-name')
    .map((f) => f.match);

describe('staff named with their role', () => {
  it.each([
    ['en', 'Fire drill sign-off by Mr Akande (first aider) on the ground floor.', 'Akande'],
    ['en', 'Safeguarding questions go to Ms Ruiz (DSL) before the trip.', 'Ruiz'],
    ['en', 'An investigator, Ms. Orla Brennan, will call you within two weeks.', 'Orla Brennan'],
    ['en', 'Our otolaryngologist, Ms. Pilar Ortiz, will call you back.', 'Pilar Ortiz'],
  ])('%s: no name in "%s"', (language, text, name) => {
    expect(names(text, language)).not.toContain(name);
  });
  it.each([
    ['en', 'My neighbour Wendell (a retired nurse) drove me to dialysis.', 'Wendell'],
    ['en', 'The spare inhaler for Callum Reid (for the school nurse) is ready.', 'Callum Reid'],
  ])('%s: keeps the name in "%s"', (language, text, name) => {
    expect(names(text, language)).toContain(name);
  });
});
