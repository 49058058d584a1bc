/**
 * A person's own number the organisation writes back is theirs (server/src/detection/phi/org-context.ts,
 * ownNumber): "we've got 07700 900 219 as your mobile", "your mobile number is 0412 555 873"; the
 * office's number named by "their" stays the office's. Sentences are written for these tests, not
 * copied from tests/corpus; the rules are read alone (textGate: false).
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] =>
  scanPhiText(text, { language: 'en', textGate: false })
    .filter((f) => f.kind === 'phone')
    .map((f) => f.match);

describe('a person’s own number in the organisation’s message', () => {
  it.each([
    ["We've got 07700 900 219 as your mobile since your last visit, reply if it changed.", '07700 900 219'],
    ['Our clinic records show your mobile number is 0412 555 873; call us if that changed.', '0412 555 873'],
  ])('%s', (text, phone) => {
    expect(phones(text)).toContain(phone);
  });
  it('the office’s number named by "their" stays the office’s', () => {
    expect(phones('Dr. Patel and the team were gentle, and their number is (512) 555-0177 if you are looking for a dentist.')).toEqual([]);
  });
});
