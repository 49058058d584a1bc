/**
 * Staff named by a role's label in English forms and notices (server/src/detection/phi/packs/en.ts,
 * roleLabels and roleTitles; officers.ts): "Vaccinator: Mrs. …", "Inspector assigned: …", "Media
 * contact: …", and a surname after "Dr." is no town. A team captain, an insurance's principal
 * member and a priest in a parish notice are people of the story and stay. The text gate is off,
 * so the rules alone are read. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en', textGate: false }).map((f) => `${f.kind}: ${f.match}`);

describe('staff named by a role label (en)', () => {
  it.each([
    ['Outreach tally: 22 children traced, 19 vaccinated. Vaccinator: Mrs. Ngozi Eze. Cold chain OK.', 'Ngozi Eze'],
    ['Permit PHX 44120 renewed. Inspector assigned: Claire Dubois. Next visit in 2027.', 'Claire Dubois'],
    ['"Wait times fell by a third this year," said the chief nursing officer. Media contact: Tara Quinn, 651-555-0172.', 'Tara Quinn'],
  ])('no name: %s', (text, name) => {
    expect(found(text).join(' | ')).not.toContain(name);
  });
  it('reads a surname after "Dr." as no town', () => {
    expect(found('Hi Dr. Fenwick, my son Caleb (MRN 30044187) has had a fever since 1/9.')).not.toContain('place: Fenwick');
  });
  it.each([
    ['Team captain: Andre Dubois. Our grandpa Lucien is 94 and will cheer at the finish line.', 'Andre Dubois'],
    ['NHIF No: 4418823 | Principal member: Peter Otieno Ouma | Beneficiary (spouse): Mary Akinyi', 'Peter Otieno Ouma'],
  ])('a name: %s', (text, name) => {
    expect(found(text).join(' | ')).toContain(name);
  });
});
