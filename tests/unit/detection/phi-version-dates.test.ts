/**
 * A dotted day-month-year after a software update's words is a version, not a date
 * (server/src/detection/phi/dates.ts): "upgraded to BIND 9.18.24"; a date's cue right before keeps
 * it a date ("on 9.18.24"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('versions shaped like dates', () => {
  it.each(['The pharmacy kiosks were upgraded to OpenSSL 3.10.22 overnight.', 'Firmware for the infusion pumps: release notes for PumpOS 4.11.23 attached.'])('a version: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
  it.each([
    ['Records updated on 9.18.24 after my mom’s surgery.', '9.18.24'],
    ['My dad was discharged 3.11.23 and the software update came later.', '3.11.23'],
  ])('a date: %s', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
});
