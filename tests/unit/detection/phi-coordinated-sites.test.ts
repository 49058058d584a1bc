/**
 * Towns coordinated before a site noun after "our" are the organisation's sites
 * (server/src/detection/phi/names.ts, coordinatedBeforeSite): "our Tempe and Mesa offices". Given
 * names coordinated after "our" stay relatives. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'en' }).map((f) => `${f.kind}: ${f.match}`);

describe('towns coordinated before a site noun', () => {
  it.each([
    'Flu shots are free this week at our Tempe and Mesa offices.',
    'Both our Tyler and Longview clinics now open at 7.',
    'Ask about evening hours at our Boise and Twin Falls locations.',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('given names coordinated after "our" stay relatives', () => {
    expect(found('Our Madison and Tyler loved the new playground.')).toEqual(['relative-name: Madison', 'relative-name: Tyler']);
  });
});
