/**
 * A government agency's social handle is nobody's identifier (server/src/detection/phi/contact.ts,
 * isBusinessName; session 34): a "gov"/"gob" part, or an acronym (in capitals, or written without a
 * vowel) beside its country. A person's handle with a country, or a given name in capitals, stays
 * an identifier. Sentences are written for these tests, not copied from tests/corpus.
 */
import { isBusinessName } from '../../../server/src/detection/phi/contact';
import { scanPhiText } from '../../../server/src/detection/phi';

describe("agencies' handles", () => {
  it.each(['IMSS_mx', 'MINSA_Peru', 'sct_mx', 'NYCHealthgov', 'SaludGob'])('an agency: %s', (handle) => {
    expect(isBusinessName(handle, [])).toBe(true);
  });
  it.each(['lupita_mx', 'JUAN_mx', 'rosa.peru', 'jake_bb23', 'mrt_runs'])('a person: %s', (handle) => {
    expect(isBusinessName(handle, [])).toBe(false);
  });
  it('in a text: the agency passes, a relative\u2019s handle is reported', () => {
    expect(scanPhiText('Ojalá @IMSS_mx responda: ya van dos meses sin la cita de cardiología.', { language: 'es' })).toEqual([]);
    expect(scanPhiText('Mi hija @lupita_mx ya salió del hospital.', { language: 'es' }).map((f) => f.match)).toContain('@lupita_mx');
  });
});
