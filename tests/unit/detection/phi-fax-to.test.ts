/**
 * An instruction to fax something to a number names an office's fax (server/src/detection/phi/
 * org-context.ts, FAX_TO_LEAD): "Fax the signed referral to …", "Please fax the authorization
 * to …". A relative's fax ("my mom's fax is …") stays a phone. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe("an office's fax in an instruction", () => {
  it.each([
    'Referral checklist: Patient name ___ · DOB ___ · Diagnosis ___. Fax the signed referral to 614-555-0133.',
    'Prior auth attached for CPT 97110 x12. Please fax the determination to 614-555-0177 attn Marisol.',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it("keeps a relative's fax", () => {
    expect(phones("My mom's fax is 614-555-0133 if you need to send her the forms.")).toEqual(['614-555-0133']);
  });
});
