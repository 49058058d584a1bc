/**
 * The English of South Asia names a relative before a kinship word ("Bilal bhai", "Saima apa",
 * "Kavitha akka": the English pack's `relationSuffixes`; names.ts, findSuffixedRelativeNames),
 * puts a Hindi-Urdu postposition after a town ("Multan se", "Pune mein": the pack's
 * `placeCuesAfter`), and writes a town before a state of India or a province of Pakistan
 * ("Darbhanga, Bihar"), which is never an identifier itself. Sentences are written for these tests,
 * not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, kind: string): string[] =>
  scanPhiText(text, { language: 'en', textGate: false }).filter((f) => f.kind === kind).map((f) => f.match);

describe('South Asian English: kin after the name, towns before a postposition or a state', () => {
  it.each([
    ['Ammi ka dialysis kal hai, Farhan bhai will drop her at 8.', 'Farhan'],
    ['Nasreen apa please bring the reports on Sunday.', 'Nasreen'],
    ['Latha akka is staying with Appa at the ward tonight.', 'Latha'],
    ['Papa ko Pappu chacha le jayenge for the MRI.', 'Pappu'],
  ])('a relative: %s', (text, name) => {
    expect(found(text, 'relative-name')).toContain(name);
  });
  it.each([
    ['Thanks bhai, the camp schedule is on our page.'],
    ['Dr. Imran bhai will see patients in OPD 3 from 10 am.'],
    ['Haan didi, the clinic opens at nine.'],
    ["Trust your RE's beta and wait for the call."],
  ])('no relative: %s', (text) => {
    expect(found(text, 'relative-name')).toEqual([]);
  });
  it.each([
    ['Mamu Multan se aa rahe hain for the surgery.', 'Multan'],
    ['Dadi Pune mein hai, her sugar is high again.', 'Pune'],
    ['Papa is coming from Gaya, Bihar for the angiography.', 'Gaya'],
  ])('a place: %s', (text, place) => {
    expect(found(text, 'place')).toContain(place);
  });
  it('a state of India is no place: "moved to Kerala"', () => {
    expect(found('After the wedding they moved to Kerala and she began her treatment there.', 'place')).toEqual([]);
  });
});
