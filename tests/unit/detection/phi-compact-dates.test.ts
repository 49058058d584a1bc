/**
 * Dates without separators, as cameras, logs and HL7 messages write them (server/src/detection/phi/dates.ts,
 * findCompactDates): "IMG_20230815_101500.jpg", a birth date in a PID segment, EXIF's "2022:07:19";
 * not a number after its label ("Order #20240612", "Lot 20231212") nor an impossible month.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('compact dates', () => {
  it.each([
    ['Please blur the file name before posting: IMG_20230815_101500_grandpa_icu.jpg', '20230815'],
    ['PID|1||448812||HALE^ROSA||19470322|F', '19470322'],
    ['EXIF: DateTimeOriginal 2022:07:19 16:02:11, caption "Mom after her stroke"', '2022:07:19'],
  ])('%s', (text, date) => {
    expect(dates(text)).toContain(date);
  });
  it.each(['Order #20240612 shipped with two boxes of test strips.', 'Lot 20231212 of the syringes was recalled.', 'Part number 20241399 is out of stock.'])('no date: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
