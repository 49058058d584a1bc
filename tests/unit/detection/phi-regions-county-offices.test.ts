/**
 * State-level regions outside the US (the English pack's `states`: Canada's provinces, the UK's
 * nations, Australia's states) are never identifiers, and a county that names an organisation
 * ("Haakon County Health Center", "Wheeler County Library") is the organisation's (places.ts,
 * countyAt). A town before a province, and a county a person lives in, stay places. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('regions and county offices', () => {
  it.each([
    'Good news for anyone in Manitoba: pharmacists can now treat pink eye.',
    'Prescriptions have been free in Scotland since 2011, so no prepayment card is needed.',
    'Walk-in flu shots at the Custer County Health Department every Thursday.',
    'Large-print books are available from the Baker County Library on request.',
  ])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
  it.each([
    ['Dad moved to Brandon, Manitoba, after the stroke so my sister can help.', 'Brandon'],
    ['My grandma still lives out in Baker County and drives herself to dialysis.', 'Baker County'],
  ])('%s', (text, place) => {
    expect(places(text)).toEqual([place]);
  });
});
