/**
 * A number shown as an example of a format is nobody's (server/src/detection/phi/labels.ts,
 * EXAMPLE_BEFORE): "(for example, XYZ987654321)", "por ejemplo: 1AB2-CD3-EF45"; the same number
 * given as somebody's stays. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: string): string[] => scanPhiText(text, { language }).map((f) => `${f.kind}: ${f.match}`);

describe('example numbers', () => {
  it.each([
    ['en', 'Your member ID starts with three letters (for example, XYZ987654321) and is printed on the front of the card.'],
    ['es', 'El número de póliza tiene letras y números, por ejemplo: PLZ44817723, y aparece en su tarjeta.'],
  ])('%s: no identifier: %s', (language, text) => {
    expect(found(text, language)).toEqual([]);
  });
  it('a real number after its label stays', () => {
    expect(found('My member ID is XYZ987654321, please update my file.', 'en')).toEqual(['health-plan-number: member ID is XYZ987654321']);
  });
});
