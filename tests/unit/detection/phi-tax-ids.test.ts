/**
 * An employer's tax number after "Tax ID" or "EIN" is an organisation's, not a record number (the
 * English pack's notIdContext: tax, ein); a person's tax number in a Social Security shape stays an
 * SSN. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('tax numbers', () => {
  it.each([
    'Gifts are tax deductible. Hospice Foundation Tax ID 52-3318870.',
    'Questions about your statement? Our federal tax ID is 27-1049925.',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it("a person's tax number in an SSN's shape stays", () => {
    expect(found('My tax ID 521-44-0913 was on the intake form.')).toEqual(['ssn: 521-44-0913']);
  });
  it('a patient ID next to the word tax stays', () => {
    expect(found('Patient ID 4471-2209, tax receipt attached.')).toEqual(['medical-record-number: Patient ID 4471-2209']);
  });
});
