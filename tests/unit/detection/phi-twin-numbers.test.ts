/**
 * A number of exactly the same shape next to a record number found is the same kind of number
 * (server/src/detection/phi/labels.ts, findTwinNumbers): a correction ("it's … not …"), a second
 * card. Only next to a finding, so a text without one gains nothing. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('twin numbers', () => {
  it('a corrected licence number', () => {
    expect(found('The clerk typed my license wrong when I picked up Dad’s heart pills, it’s B330-2217-9045 not B330-2217-9054, please fix.')).toEqual([
      'certificate-license-number: B330-2217-9045',
      'certificate-license-number: B330-2217-9054',
    ]);
  });
  it('a lot number of the same shape with no identifier near is nothing', () => {
    expect(found('Recall notice: lots K220-5518-0946 and K220-5518-0964 of the test strips.')).toEqual([]);
  });
});
