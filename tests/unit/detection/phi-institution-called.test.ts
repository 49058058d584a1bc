/**
 * An institution as the object of a contact verb owns the number after it (server/src/detection/
 * phi/org-context.ts, institutionNumberLead): "call the office at (503) …", "call the office line
 * (916) …". A person between the verb and the institution owns it ("call my daughter at the
 * hospital, …"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe('an institution called at its number', () => {
  it.each([
    'Locked out after hours? Call the office at (503) 555-0171, not my cell.',
    "House rules: quiet after 10. If you're locked out call the office line (916) 555-0177, not my personal cell.",
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('keeps the number of a relative reached at an institution', () => {
    expect(phones('Please call my daughter at the hospital, (503) 555-0171, she is a nurse there.')).toEqual(['(503) 555-0171']);
  });
});
