/**
 * A day of the month after a short weekday name, capitalised as written (the packs'
 * `weekdayAbbreviations`; dates.ts, findWeekdayDays): "Thurs 14th", "Sat 17th?", "Friday the
 * 8th." A lower-case "sat", opening hours and a clock time are not dates. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string, language = 'en'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('short weekday names before a day of the month', () => {
  it.each([
    ['Any chance Mum can come in Weds 19th? The ferry only runs midweek.', 'Weds 19th'],
    ['Booked her hearing test for Sat 22nd, after the market.', 'Sat 22nd'],
    ['Dad goes back to the surgeon on Friday the 8th.', 'Friday the 8th'],
  ])('%s', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
  it.each(['We sat 12 hours in the waiting room before anyone saw him.', 'Opening hours: Sat 9-1, Sun closed.', 'Fri 3 pm works for the staff meeting.'])(
    'no date: %s',
    (text) => {
      expect(dates(text)).toEqual([]);
    }
  );
});
