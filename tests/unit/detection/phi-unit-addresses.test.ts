/**
 * A number between two capitalised words ends an organisation's name (org-context.ts,
 * `listedAfterOrganisation`): "Unit 6/40 Grey St" is a flat's address, so the contact details
 * listed after it are not an organisation's. A unit's name without a number still is one.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const kinds = (text: string): string[] => scanPhiText(text, { language: 'en', reader: false }).map((f) => f.kind);

describe('a flat number inside an address', () => {
  it.each([
    "ship it to Unit 6/40 Grey St, Fremantle and email mags.obrien@gmail.com once it's posted",
    'delivery to Unit 9/3 Kent Rd, Mascot and ping tomasz.wrobel@outlook.com with tracking',
  ])('keeps the email listed after it: %s', (text) => {
    expect(kinds(text)).toContain('email');
  });

  it('still reads a unit of an organisation listed before its mailbox', () => {
    expect(kinds('Contact the Burns Unit Admissions Office, admissions.burns@gmail.com, for transfers.')).not.toContain('email');
  });
});
