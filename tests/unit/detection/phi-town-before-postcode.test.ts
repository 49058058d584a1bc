/**
 * A town the gazetteer lacks, closing an address before its postcode (server/src/detection/phi/
 * places.ts, unlistedTown and TRAILING_POSTCODE): "7 Gum Tree Rd, Yackandandah 3749" in a text
 * about somebody, its postcode read as one. The organisation's own address still passes. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'place').map((f) => f.match);
const kinds = (text: string): string[][] => scanPhiText(text, { language: 'en' }).map((f) => [f.kind, f.match]);

describe('an unlisted town before a postcode', () => {
  it('finds the town of a patient', () => {
    expect(places('Gran is home again at 7 Gum Tree Rd, Yackandandah 3749, thanks for the cards.')).toEqual(['Yackandandah']);
  });

  it('reads the postcode after it as a postcode, not a record number', () => {
    expect(kinds('Gran is home again at 7 Gum Tree Rd, Yackandandah 3749, thanks for the cards.')).toContainEqual(['zip-code', '3749']);
  });

  it("keeps a province's code out of the postcode", () => {
    expect(kinds('Mum is recovering at home now: 14 Rue des Pins, Wakefieldtown QC J8Y 3R5, cards welcome.')).toContainEqual(['zip-code', 'J8Y 3R5']);
  });

  it("leaves the organisation's own address alone", () => {
    expect(places('Our podiatry clinic has moved: 7 Gum Tree Rd, Yackandandah 3749. Opening hours are unchanged.')).toEqual([]);
  });
});
