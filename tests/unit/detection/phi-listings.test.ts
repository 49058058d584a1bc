/**
 * An organisation's contacts listed after its name on a line, as directories, flyers and signs list
 * them (server/src/detection/phi/org-context.ts `listedAfterOrganisation`, the packs'
 * `organisationNouns`; server/src/detection/phi/README.md, "Messages, offices and
 * organisations"): in a text about nobody, a phone, an email or a street after a name of two or
 * more capitalised words holding an institution, business or organisation noun is the
 * organisation's. A person's contact stays: in a text about somebody, or after a staff title and
 * a name ("Nurse Kate"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };
const CONTACTS = new Set(['phone', 'email', 'street-address']);

const LISTINGS: Array<[PhiOptions, string]> = [
  [EN, 'St. Brigid Parish · 410 Oak Ave · (614) 555-0177 · office@stbrigid-columbus.org. Baptism classes monthly.'],
  [EN, 'Medical equipment supplier: Keystone Mobility Supply, (717) 555-0149, sales@keystonemobility.com.'],
  [EN, 'Harbor Movers Company | Licensed & insured | Free quotes at (206) 555-0163'],
  [ES, 'Agencia Cuidado Seguro · Contratamos cuidadoras · (915) 555-0122 · cuidadoseguro.com'],
  [ES, 'Bufete Ortega & Asociados, 1200 W 6th St, (213) 555-0190. Primera consulta gratis.'],
];

const PERSONAL: Array<[PhiOptions, string, string]> = [
  [EN, 'Your infusion is Thursday. Nurse Kate will come right after to 1640 Pinecrest Ct. Reply C to confirm.', '1640 Pinecrest Ct'],
  [EN, 'My daughter works at Keystone Mobility Supply, her cell is (717) 555-0188 if you need a ramp.', '(717) 555-0188'],
  [ES, 'Mi hermano trabaja en Agencia Cuidado Amigo, su cel es (915) 555-0133.', '(915) 555-0133'],
];

describe("an organisation's contacts listed after its name", () => {
  it.each(LISTINGS.map(([o, t]) => [t, o] as const))('%s', (text, options) => {
    expect(scanPhiText(text, options).filter((f) => CONTACTS.has(f.kind))).toEqual([]);
  });
  it.each(PERSONAL.map(([o, t, s]) => [t, s, o] as const))('a person’s contact stays: %s', (text, span, options) => {
    expect(scanPhiText(text, options).some((f) => CONTACTS.has(f.kind) && f.match === span)).toBe(true);
  });
});
