/**
 * Staff sign and introduce themselves with their role (server/src/detection/phi/names.ts):
 * a signature whose job title is followed by the workplace ("— Siobhan, pharmacist, Kinsale
 * Pharmacy"), a department that signs ("— Patient Accounts, Harbor Dental"), and a speaker who is
 * "one of the pharmacists" here. A relative signing with a relation keeps her name. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind.endsWith('-name')).map((f) => f.match);

describe('staff signatures and introductions', () => {
  it.each([
    'Your repeat for Ventolin is ready to collect. — Siobhan, pharmacist, Kinsale Pharmacy',
    'Your balance of $40 is due by the 30th. - Patient Accounts, Harbor Dental',
    "Hi, I'm Dev, one of the nurses on the night team. Call the ward if anything changes.",
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a relative who signs', () => {
    expect(names('Thank you all for the flowers — Siobhan, his daughter')).toContain('Siobhan');
  });
});
