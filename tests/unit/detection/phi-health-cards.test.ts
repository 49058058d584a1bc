/**
 * Health cards outside the US are health-plan numbers after their label (server/src/detection/phi/packs/en.ts,
 * `idLabels`): the UK's NHS number, Ontario's OHIP, a provincial "health card" or "care card"; the
 * NHS named as a service is no number. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const plans = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'health-plan-number').map((f) => f.match);

describe('health cards outside the US', () => {
  it.each([
    ['Grandad’s NHS number is 943 476 5919 if the ward asks for it.', '943 476 5919'],
    ['My OHIP is 2231-448-907-KT, the clinic keeps asking me to read it out.', '2231-448-907-KT'],
    ['Her BC care card 9876 543 210 expired while she was in hospital.', '9876 543 210'],
  ])('%s', (text, number) => {
    expect(plans(text)).toEqual([number]);
  });
  it('the NHS as a service is no number', () => {
    expect(plans('The NHS asks everyone over 65 to book a flu jab before December.')).toEqual([]);
  });
});
