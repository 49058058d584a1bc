/**
 * A seller's offer and its deadline are the seller's date, not anybody's day
 * (server/src/detection/phi/named-dates.ts, OFFER_BEFORE): "Offer ends 8/31", "20% off until 28
 * Feb.", "promoción válida hasta el 30 de junio". A date in a sentence about somebody stays ("…
 * hasta el 3 de marzo, cuando la operaron"), and so does time off work. The text gate is off, so
 * the rules alone are read. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string, language: string): string[] =>
  scanPhiText(text, { language, textGate: false }).filter((f) => f.kind === 'date').map((f) => f.match);

describe("a seller's deadline", () => {
  it.each([
    ['en', 'Spring skin package: peel, facial and consult. Offer valid till 31 March.'],
    ['en', 'Subscribe & save 15% on your next vitamin delivery. Offer ends 8/31.'],
    ['en', 'Couples massage packages 20% off until 28 Feb.'],
    ['en', 'Use the discount code at checkout, valid through 9/30.'],
    ['es', 'Limpieza dental con descuento: promoción válida hasta el 30 de junio en todas las sucursales.'],
  ])('%s: not an identifier: %s', (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });
  it.each([
    ['en', 'I was off work until 3/15 after my surgery.', '3/15'],
    ['es', 'Mi mamá tuvo descuento en la farmacia hasta el 3 de marzo, cuando la operaron.', '3 de marzo'],
  ])('%s: stays a date: %s', (language, text, date) => {
    expect(dates(text, language)).toEqual([date]);
  });
});
