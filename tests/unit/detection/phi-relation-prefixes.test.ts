/**
 * Relatives named after a register's prefix or a relation as a form's field (the English pack's `relationPrefixes`;
 * server/src/detection/phi/names.ts, findPrefixedRelativeNames): "Baby of Rekha" names a newborn
 * by its mother, "w/o", "s/o", "d/o" and "h/o" write "wife of", "son of", "daughter of" and
 * "husband of" in South Asian registers and forms. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const relatives = (text: string): string[] =>
  scanPhiText(text, { language: 'en', textGate: false }).filter((f) => f.kind === 'relative-name').map((f) => f.match);

describe('relatives named after a register prefix', () => {
  it.each([
    ['NICU board, cot 4: Baby of Shabnam Qureshi, 1.9 kg, phototherapy day 2.', 'Shabnam Qureshi'],
    ['Weighed today: B/O Adaora Nnaji, 2.4 kg, feeding well.', 'Adaora Nnaji'],
    ['Beneficiary: Meena Kumari w/o Suresh Pal, claim pending.', 'Suresh Pal'],
    ['Imran s/o Abdul Ghafoor, 6 yrs, referred to THQ with fever.', 'Abdul Ghafoor'],
    ['Pension form of Smt. Kamala W/o Late Sri V. Raghavan attached.', 'V. Raghavan'],
  ])('%s', (text, name) => {
    expect(relatives(text)).toContain(name);
  });
  it.each([
    ['Shout-out! s/o Nurse Kim for staying late with us.'],
    ['Insulin pens are B/O Friday; we will text you when they arrive.'],
    ['Baby of the Month: send us your photos by the 30th!'],
  ])('names no relative: %s', (text) => {
    expect(relatives(text)).toEqual([]);
  });
});

describe('any relation as a form field, a colon after it', () => {
  it.each([
    ['Household visit 12. Father: Jahangir, rickshaw puller, works nights.', 'Jahangir'],
    ['Under-5 clinic card. Mother: Nyambura, phone on file.', 'Nyambura'],
  ])('%s', (text, name) => {
    expect(relatives(text)).toContain(name);
  });
  it.each([['Family history. Mother: Breast cancer at 52. Father: MI at 60.'], ['Mother: Diabetes type 2, on metformin.']])('names no relative: %s', (text) => {
    expect(relatives(text)).toEqual([]);
  });
});
