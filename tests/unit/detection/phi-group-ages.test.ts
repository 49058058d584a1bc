/**
 * An age of a group is nobody's (ages.ts, `ageOfGroup`; server/src/detection/phi/README.md,
 * "Countries and groups"): the pure rule, with the packs' own lists and with a list that holds a
 * relation. Sentences are written for these tests, not copied from tests/corpus.
 */
import { ageOfGroup } from '../../../server/src/detection/phi/ages';
import { compilePack } from '../../../server/src/detection/phi/compile';
import { en } from '../../../server/src/detection/phi/packs/en';
import { es } from '../../../server/src/detection/phi/packs/es';
import type { PhiLanguagePack } from '../../../server/src/detection/phi/pack';

const of = (pack: PhiLanguagePack, text: string, age: string): boolean => {
  const start = text.indexOf(age);
  return ageOfGroup(text, start, start + age.length, compilePack(pack));
};

describe('an age of a group', () => {
  it.each([
    [en, 'The mayor writes to all residents turning 100 this year.', '100'],
    [en, 'Cards go to anyone aged 105.', '105'],
    [en, 'Our club has members of 90 and over.', '90'],
    [es, 'En el centro atendemos a personas que superan los 95 años.', '95'],
  ])('is the group’s: %#', (pack, text, age) => {
    expect(of(pack, text, age)).toBe(true);
  });
  it.each([
    [en, 'We met residents including a 93-year-old woman.', '93'],
    [en, 'Patients like my grandma, 97, love the garden.', '97'],
    [en, 'Pls everyone, Dad turns 90 on Sunday.', '90'],
    [es, 'Mis abuelos tienen 95 años.', '95'],
  ])('is a person’s: %#', (pack, text, age) => {
    expect(of(pack, text, age)).toBe(false);
  });
  it('a relation listed as a group noun is still the writer’s relatives', () => {
    const withRelation: PhiLanguagePack = { ...es, ageGroupNouns: ['abuelos', 'personas'] };
    expect(of(withRelation, 'Mis abuelos tienen 95 años.', '95')).toBe(false);
    expect(of(withRelation, 'Muchas personas tienen 95 años.', '95')).toBe(true);
  });
});
