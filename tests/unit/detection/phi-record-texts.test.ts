/**
 * A text that keeps a record number, an age over 89 or a relative's name is about somebody
 * (server/src/detection/phi/index.ts `RECORD_KINDS`; README.md, "What the detectors catch"):
 * nothing in it is taken for the organisation's, so an address or a phone the organisation's
 * wording would have kept out is reported. The same text without the record keeps them out.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

/** [options, the record sentence, the organisation-worded rest, the contact expected] */
const CASES: Array<[PhiOptions, string, string, string]> = [
  [EN, 'Pt MRN 00482219.', 'Our address for the ambulance is 1902 Old Mill Rd, call 919-555-0142.', '1902 Old Mill Rd'],
  [EN, 'Patient account 4419920017 is paid in full.', 'Questions? Call our front desk at 608-555-0143.', '608-555-0143'],
  [ES, 'Paciente con expediente 00448120.', 'Nuestra dirección: 3305 Tierra Vista, tel 619 555 0158.', '619 555 0158'],
];

const matches = (text: string, options: PhiOptions): string[] => scanPhiText(text, options).map((f) => f.match);

describe('texts about somebody keep every contact', () => {
  it.each(CASES.map(([o, record, rest, contact]) => [`${record} ${rest}`, contact, o] as const))('%s → %s', (text, contact, options) => {
    expect(matches(text, options)).toContain(contact);
  });
  it.each(CASES.map(([o, , rest, contact]) => [rest, contact, o] as const))('without the record the organisation keeps it: %s', (text, contact, options) => {
    expect(matches(text, options)).not.toContain(contact);
  });
  it("the config's own phone stays the organisation's in a text about somebody", () => {
    const text = 'Patient account 4419920017 is paid in full. Questions? Call our front desk at 608-555-0143.';
    expect(matches(text, { ...EN, allowedPhones: ['608 555 0143'] })).not.toContain('608-555-0143');
  });
});
