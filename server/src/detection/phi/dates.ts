/**
 * Dates beyond the shapes in shapes.ts: month/day without a year ("on 4/17"), day.month.short
 * year ("12.4.23"), bare ordinal days ("on the 11th", "Wednesday the 16th"), ordinals in words
 * ("the twelfth", "November twentieth", "the eighteenth of May"), and holidays that name a day
 * ("on Christmas Eve", "born on the Fourth of July"). Fractions, scores, ratios, floors and
 * "the 3rd time" pass; bare years are never dates.
 */
import { execNotAfterLetter, forEachTriggerWindow, isCapitalized, overlapIndex, wordAlternation, wordEndingBy, wordStartingFrom, wordsIn } from '../text';
import type { Word } from '../text';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import { MAX_NEAR, forEachWindowNearIdentifiers } from './near';
import { VERSION_NEAR } from './shapes';
import type { Candidate, Emit } from './shapes';
import { nativeRegExp } from '../../scanners/native-regexp';

const MONTH_DAY = /(?<![\p{N}/.\-:$])(\d{1,2})\/(\d{1,2})(?![\p{N}%]|[/.-]\p{N})/gu;
const DMY_SHORT = /(?<![\p{N}.\-/])(\d{1,2})\.(\d{1,2})\.(\d{2}|(?:19|20)\d{2})(?![\p{N}]|\.\p{N})/gu;
const ORDINAL_DAY = /\b[Tt]he[ \u00a0]{1,2}(\d{1,2})(?:st|nd|rd|th)\b/g;
const RECURRING_AFTER = /^[\s\u00a0]{1,2}of[\s\u00a0]{1,2}(?:each|every|the)[\s\u00a0]{1,2}month\b/i;
const VERSION_BEFORE = /(?:\bv|version|ver\.?|release|build|firmware|update)\s{0,3}$/i;
/** A date's cue right before the number: "on 9.18.24", "DOB 9.18.24", "el 18.9.24". */
const DATE_CUE_BEFORE = /(?:\b(?:on|dob|dod|date|born|since|el|del|desde|fecha)|:)\s{0,2}$/iu;

function prevWordText(text: string, words: readonly Word[], at: number, maxGap = 4): string | null {
  const i = wordEndingBy(words, at);
  const w = words[i];
  if (!w || at - w.end > maxGap) return null;
  return w.lower;
}

function nextWordText(text: string, words: readonly Word[], at: number, maxGap = 3): string | null {
  const i = wordStartingFrom(words, at);
  const w = words[i];
  if (!w || w.start - at > maxGap || /[.!?;]/.test(text.slice(at, w.start))) return null;
  return w.lower;
}

/** A date right before a coordinator: "on 1/8 and 2/5". */
const DATE_AND_BEFORE = /\d{1,2}\/\d{1,2}[\s\u00a0]{1,2}\p{L}{1,3}[\s\u00a0]{1,2}$/u;

/**
 * Is "a/5" or "a/10" (a no more than the denominator) a date rather than a score ("Knowledge 5/5",
 * "Slide 1/5", "pain 8/10", "10/10 would recommend")? Only after one of the pack's
 * `scoreDateCues` ("on 3/5", "el 3/10"), after a date and a coordinator ("on 1/8 and 2/5"), or
 * before an appointment word of the pack ("my 3/5 appt").
 */
function scoreShapedDate(text: string, words: readonly Word[], start: number, end: number, prev: string | null, c: CompiledPack): boolean {
  if (prev !== null && (c.pack.scoreDateCues ?? []).includes(prev)) return true;
  if (prev !== null && c.coordinators.has(prev) && DATE_AND_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  const next = nextWordText(text, words, end);
  return next !== null && (c.pack.appointmentWords ?? []).includes(next);
}

/** A text's opening "3/7 " before a word or an emoji. */
const OPENS_THREAD_POST = /^[\s\u00a0]+[\p{L}\p{Extended_Pictographic}]/u;
/** A number pair written as a day and month. */
const MONTH_DAY_SHAPE = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/;

/**
 * Is the number pair (the part no greater than the whole, neither zero-padded) a part's place in
 * its series: after one of the pack's `partWords` ("Slide 3/7", "parte 2/5"), or opening the text
 * before a word or an emoji as a thread's posts do ("7/14 La quimio…", "8/8 If anyone wants to
 * talk…") in a text that writes no other day and month ("3/12 LVM re kit shipped 2/27" is a log's date)?
 */
function partOfSeries(text: string, start: number, end: number, prev: string | null, c: CompiledPack): boolean {
  if (prev !== null && (c.pack.partWords ?? []).includes(prev)) return true;
  // Only the text's first pair can open it: look back over spaces only (a pair mid-text stops at the word before it).
  for (let i = start - 1; i >= 0; i--) if (!/[\s\u00a0]/.test(text.charAt(i))) return false;
  return OPENS_THREAD_POST.test(text.slice(end, end + 4)) && !MONTH_DAY_SHAPE.test(text.slice(end));
}

export function findMoreDates(text: string, emit: Emit, c: CompiledPack, currentYear: number): void {
  // "on 4/17", "discharged 3/2", "10/27," — not "1/2 cup", "9/10 pain", "24/7", "120/80".
  MONTH_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_DAY.exec(text)) !== null) {
    let month = Number(m[1]);
    let day = Number(m[2]);
    const start = m.index;
    const end = start + m[0].length;
    // Day first ("22/03", "el 15/10"): the day is over 12 and the month is written with two digits
    // or a date cue comes before; "24/7" stays a figure of speech.
    if (month > 12 && month <= 31 && day >= 1 && day <= 12) {
      const cue = prevWordText(text, wordsIn(text, start - 16, start), start);
      if ((m[2] as string).length !== 2 && !(cue !== null && c.dateCuesBefore.has(cue))) continue;
      [month, day] = [day, month];
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const words = wordsIn(text, start - 24, end + 24);
    const next = nextWordText(text, words, end);
    const prev = prevWordText(text, words, start);
    // A part with a leading zero ("28/09", "03/14") is written as a date, never a fraction or a score.
    const zeroPadded = /^0\d$/.test(m[1] as string) || /^0\d$/.test(m[2] as string);
    if (next && c.fractionFollowers.has(next) && !zeroPadded) continue;
    if (prev && c.fractionCuesBefore.has(prev) && !zeroPadded) continue;
    // "Apgar scores were 8/9": a score word two words back.
    const i2 = wordEndingBy(words, start) - 1;
    if (i2 >= 0 && c.fractionCuesBefore.has((words[i2] as Word).lower) && !c.dateCuesBefore.has(prev ?? '')) continue;
    if (/^[\s\u00a0]?(?:x|×)/.test(text.slice(end, end + 2))) continue;
    if (!zeroPadded && Number(m[1]) <= Number(m[2]) && partOfSeries(text, start, end, prev, c)) continue;
    // Proper fractions with a small denominator (1/2, 2/3, 3/4) need a date cue.
    const cued = prev !== null && c.dateCuesBefore.has(prev);
    if (month < day && day <= 4 && !cued) continue;
    // A score out of five or ten as written: "4/5", "8/10" (not "3/05", a two-digit month, nor "15/10", over its denominator).
    if ((m[2] === '10' || m[2] === '5') && Number(m[1]) <= Number(m[2]) && !scoreShapedDate(text, words, start, end, prev, c)) continue;
    emit('date', start, end);
  }
  DMY_SHORT.lastIndex = 0;
  while ((m = DMY_SHORT.exec(text)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31))) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "upgraded to BIND 9.18.24": a version after an update's words, unless a date's cue is right before ("updated on 9.18.24").
    if (VERSION_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index)) && !DATE_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    emit('date', m.index, m.index + m[0].length);
  }
  // "on the 11th", "Wednesday the 16th" — not "the 3rd floor", "the 2nd time".
  ORDINAL_DAY.lastIndex = 0;
  while ((m = ORDINAL_DAY.exec(text)) !== null) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    // "by the 5th of each month", "the 1st of every month": a day that recurs names no date.
    if (RECURRING_AFTER.test(text.slice(end, end + 24))) continue;
    if (ordinalFollowed(text, wordsIn(text, end, end + 24), end, c)) emit('date', m.index, end);
  }
  forEachTriggerWindow(text, [ordinalTrigger(c)], 24, 40, (words) => findSpelledOrdinals(text, words, emit, c));
  findHolidays(text, emit, c);
  findWeekdayDays(text, emit, c);
  findDayOfMonth(text, emit, c);
  findOtherDayOrders(text, emit, c);
  findCompactDates(text, emit, currentYear);
}

/**
 * A date written without separators, as cameras, logs and HL7 messages write it: "IMG_20240612_183301",
 * "PID|…|19520817|", or with colons as EXIF does ("2023:11:02 09:14:55"); a valid month and day
 * of a year from 1900 to the next, not after a number's label ("#20240612", "order 20240612").
 */
const COMPACT_DATE = /(?<![\p{L}\p{N}#])((?:19|20)\d\d)(:?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?:\d{4,6})?(?![\p{L}\p{N}])/gu;
const NUMBER_LABEL_BEFORE = /(?:#|\b(?:no|nº|n\.º|num|number|número|order|orden|pedido|ref|id|invoice|factura|folio|case|caso|ticket|lot|lote|serial|serie|mrn|acct|account|cuenta)\.?)[\s\u00a0:]*$/iu;

function findCompactDates(text: string, emit: Emit, currentYear: number): void {
  if (!/\d{8}|\d{4}:\d\d:\d\d/.test(text)) return;
  COMPACT_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMPACT_DATE.exec(text)) !== null) {
    const year = Number(m[1]);
    if (year > currentYear + 1) continue;
    if (NUMBER_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // The date itself, without a time glued to it ("202403110842" → "20240311").
    const length = (m[1] as string).length + 2 * (m[2] as string).length + 4;
    emit('date', m.index, m.index + length);
  }
}

interface OtherOrderRes {
  /** "14 feb 2024", "20-Mayo-19", "el 14 de feb.": a day and a short or joiner-less month. */
  dayShort: RegExp;
  /**
   * "marzo 15", "Marzo 3, 2024": the month first, as US Spanish often writes it; or (group 2)
   * "en marzo del 2024", "desde marzo 2024": a month and its year after a date cue.
   */
  monthFirst: RegExp;
  /** "el veinte de mayo": a day in the pack's words. */
  spelled: RegExp | null;
  /** Does the text hold a month name at all (any case)? The month-first and spelled passes need one. */
  anyMonth: RegExp;
  /** A joiner inside a day-month match: "14 de feb". */
  joined: RegExp;
}

const otherOrders = perPack((c): OtherOrderRes | null => {
  const joiners = c.pack.dayMonthJoiners ?? [];
  const months = c.pack.monthNames.filter((m) => m.length > 3 && m === m.toLowerCase());
  const short = c.pack.monthAbbreviations ?? [];
  const dayWords = c.pack.dayWords ?? [];
  return joiners.length && months.length
    ? {
        dayShort: nativeRegExp(
          `(?<![\\p{L}\\p{N}.,/])(\\d{1,2})(?:(?:º|°|ro|er)?[\\s\\u00a0]{1,2}(?:${joiners.join('|')})[\\s\\u00a0]{1,2}(?:${wordAlternation(short)})\\.?|(?:[\\s\\u00a0]|[-/](?=\\p{L}))(?:${wordAlternation(months)}|(?:${wordAlternation(short)})\\.?))(?![\\p{L}])(?:(?:[\\s\\u00a0,]{1,2}|[-/])(?:(?:${joiners.join('|')})[\\s\\u00a0]{1,2})?(\\d{4}|\\d{2})(?![\\p{N}]))?`,
          'gu'
        ),
        monthFirst: nativeRegExp(
          `(?<![\\p{L}])(?:${wordAlternation(months)})[\\s\\u00a0]{1,2}(?:(\\d{1,2})(?![\\p{N}\\p{L}%:])(?:,?[\\s\\u00a0]{1,2}(?:de[\\s\\u00a0]{1,2})?\\d{4}(?![\\p{N}]))?|((?:(?:${joiners.join('|')})[\\s\\u00a0]{1,2})?(?:19|20)\\d\\d)(?![\\p{N}]))`,
          'gu'
        ),
        anyMonth: nativeRegExp(months.join('|'), 'i'),
        joined: nativeRegExp(`[\\s\\u00a0](?:${joiners.join('|')})[\\s\\u00a0]`),
        spelled: dayWords.length
          ? nativeRegExp(`(?<![\\p{L}])(?:${wordAlternation(dayWords)})[\\s\\u00a0]{1,2}(?:${joiners.join('|')})[\\s\\u00a0]{1,2}(?:${wordAlternation(months)})(?![\\p{L}])`, 'gu')
          : null,
      }
    : null;
});

/**
 * Days of the month in the other orders people write in the pack's language: a short month or no
 * joiner ("14 de feb.", "20 mayo 2019", "14-feb-24"), the month first ("marzo 15"), a day in
 * words after a date cue ("el veinte de mayo"), a month and its year after a date cue ("en marzo
 * del 2024", as "en marzo de 2024" is a named day of the pack). Without a joiner the day needs a
 * year after it or a date cue before it; the month-first day must not be a time, a percentage or
 * a count ("mayo 5 pacientes"). The month-first and spelled passes run only when a month name
 * occurs in the text.
 */
function findOtherDayOrders(text: string, emit: Emit, c: CompiledPack): void {
  const res = otherOrders(c);
  if (!res) return;
  const cuedAt = (at: number): boolean => holidayCue(prevWordText(text, wordsIn(text, at - 16, at), at, 3), c);
  let m: RegExpExecArray | null;
  res.dayShort.lastIndex = 0;
  while ((m = res.dayShort.exec(text)) !== null) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    // "3/marzo", "14-feb": a day and a month name joined by a slash or hyphen is written as a date.
    const slashed = /^\d{1,2}[-/]\p{L}/u.test(m[0]);
    if (!res.joined.test(m[0]) && m[2] === undefined && !slashed && !cuedAt(m.index)) continue;
    emit('date', m.index, m.index + m[0].length);
  }
  if (!res.anyMonth.test(text)) return;
  res.monthFirst.lastIndex = 0;
  while ((m = res.monthFirst.exec(text)) !== null) {
    if (m[2] !== undefined) {
      // "en marzo del 2024": a month and its year need a date cue.
      if (cuedAt(m.index)) emit('date', m.index, m.index + m[0].length);
      continue;
    }
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    const words = wordsIn(text, end, end + 24);
    const next = nextWordText(text, words, end, 2);
    if (next !== null && (c.ageUnitsAfter.has(next) || c.fractionFollowers.has(next)) && !c.ordinalFollowers.has(next) && !/,?[\s\u00a0]\d{4}$/.test(m[0])) continue;
    emit('date', m.index, end);
  }
  if (!res.spelled) return;
  res.spelled.lastIndex = 0;
  while ((m = res.spelled.exec(text)) !== null) {
    if (cuedAt(m.index)) emit('date', m.index, m.index + m[0].length);
  }
}

const dayMonthRegex = perPack((c): RegExp | null => {
  const joiners = c.pack.dayMonthJoiners ?? [];
  const months = c.pack.monthNames.filter((m) => m.length > 3 && m === m.toLowerCase());
  return joiners.length && months.length
    ? nativeRegExp(
        `(?<![\\p{L}\\p{N}.,/])(\\d{1,2})(?:º|°|ro|er)?[\\s\\u00a0]{1,2}(?:${joiners.join('|')})[\\s\\u00a0]{1,2}(?:${wordAlternation(months)})(?![\\p{L}])(?:[\\s\\u00a0]{1,2}(?:${joiners.join('|')})[\\s\\u00a0]{1,2}\\d{4}(?![\\p{N}]))?`,
        'gu'
      )
    : null;
});

/**
 * Day, joiner and month in the pack's order ("3 de noviembre", "1º de mayo de 2023"): a date
 * with no cue needed, as "March 3" is in English. A street named after a date ("calle 5 de
 * Mayo") passes.
 */
function findDayOfMonth(text: string, emit: Emit, c: CompiledPack): void {
  const re = dayMonthRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const prev = prevWordText(text, wordsIn(text, m.index - 16, m.index), m.index, 3);
    if (prev !== null && (c.pack.streetTypes ?? []).includes(prev)) continue;
    emit('date', m.index, m.index + m[0].length);
  }
}

/** After "Tuesday 12" / "martes 12": a clock time or a quantity, not a day of the month. */
const TIME_OR_UNIT_AFTER =
  /^(?:[:.h]\d|[\s\u00a0]?(?:[ap]\.?m\b|hrs?\b|horas?\b|h\b|o['\u2019]clock|%|[-\u2013]\d|\/\d)|[\s\u00a0]{0,2}(?:to|till|until|through|a|hasta|-|\u2013)[\s\u00a0]{0,2}(?:noon|midnight|mediod[i\u00ed]a|medianoche)\b|[\s\u00a0]{1,2}(?:to|till|until|through|a|hasta|-|\u2013)[\s\u00a0]{1,2}\d)/i;

/**
 * A day of the month after a weekday: "el martes 12", "Friday 9th", "on Monday, 14". The number
 * must end its phrase or be followed by a month or a function word, never by a time or a unit.
 */
function findWeekdayDays(text: string, emit: Emit, c: CompiledPack): void {
  const re = weekdayTrigger(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execNotAfterLetter(re, text)) !== null) {
    const dayText = m[1] as string;
    const day = Number(dayText);
    const end = m.index + m[0].length;
    if (day < 1 || day > 31) continue;
    const suffix = /^(?:st|nd|rd|th)\b/.exec(text.slice(end, end + 3));
    const dayEnd = end + (suffix ? suffix[0].length : 0);
    const rest = text.slice(dayEnd, dayEnd + 12);
    if (TIME_OR_UNIT_AFTER.test(rest)) continue;
    const words = wordsIn(text, m.index - 16, dayEnd + 24);
    const next = words[wordStartingFrom(words, dayEnd)];
    // "el martes 12", "on Friday 9th": a date cue before the weekday is enough.
    const cued = holidayCue(prevWordText(text, words, m.index), c);
    const closes = /^(?:[\s\u00a0]*(?:[,.;:!?)\u2014\u2013"'\u201d]|$)|[\s\u00a0]*\p{Extended_Pictographic})/u.test(rest);
    const fn = !!next && next.start - dayEnd <= 2 && (c.ordinalFollowers.has(next.lower) || c.months.has(next.lower));
    if (!cued && !closes && !fn) continue;
    if (next && next.start - dayEnd <= 2 && c.ageUnitsAfter.has(next.lower) && !c.ordinalFollowers.has(next.lower) && !c.months.has(next.lower)) continue;
    emit('date', m.index, dayEnd);
  }
}

function holidayCue(word: string | null, c: CompiledPack): boolean {
  return word !== null && (c.holidayCuesBefore.has(word) || c.dateCuesBefore.has(word));
}

const weekdayTrigger = perPack((c): RegExp | null => {
  const list = c.pack.weekdays ?? [];
  const short = c.pack.weekdayAbbreviations ?? [];
  // Not after a letter: matched with execNotAfterLetter (../text). Short names only as written, capitalised ("Sat 17th", not "sat 12").
  const names = short.length ? `${wordAlternation(list)}|(?:${wordAlternation(short, false)})(?![\\p{L}])\\.?` : wordAlternation(list);
  return list.length ? nativeRegExp(`(?:${names}),?[\\s\\u00a0]{1,2}(?:the[\\s\\u00a0]{1,2})?(\\d{1,2})(?![\\p{N}])`, 'gu') : null;
});

/** After a bare ordinal day: the end of a clause, a month ("of June"), or a function word. */
function ordinalFollowed(text: string, words: readonly Word[], end: number, c: CompiledPack): boolean {
  const after = text.slice(end, end + 3);
  if (after === '' || /^[\s\u00a0]*(?:[,.;:!?)\u2014\u2013"'\u201d]|$)/.test(after)) return true;
  if (/^[\s\u00a0]*\p{Extended_Pictographic}/u.test(after)) return true;
  const next = nextWordText(text, words, end, 2);
  return next !== null && c.ordinalFollowers.has(next);
}

function findSpelledOrdinals(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const n = w.lower;
    if (!c.ordinalWords.has(n)) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    // "November twentieth"
    if (prev && c.months.has(prev.lower) && isCapitalized(prev.text) && /^[\s\u00a0]{1,2}$/.test(text.slice(prev.end, w.start))) {
      emit('date', prev.start, w.end);
      continue;
    }
    if (!prev || prev.lower !== 'the') continue;
    // "on the eighteenth of May" (not "the Fourth of July pie auction")
    const month = words[i + 2];
    const cue = words[i - 2];
    if (next && next.lower === 'of' && month && c.months.has(month.lower) && isCapitalized(month.text) && cue && c.dateCuesBefore.has(cue.lower)) {
      emit('date', prev.start, month.end);
      continue;
    }
    // "on the twelfth!!" — "the first time", "the second ring" pass.
    const before = words[i - 2];
    if (before && ['on', 'since', 'until', 'by'].includes(before.lower) && ordinalFollowed(text, words, w.end, c)) {
      const nw = next ? next.lower : null;
      if (nw === null || !['time', 'day', 'week', 'round', 'floor', 'one', 'try', 'place'].includes(nw)) emit('date', prev.start, w.end);
    }
  }
}

const ordinalTrigger = perPack((c): RegExp => nativeRegExp(`\\b(?:${wordAlternation(c.pack.ordinalWords)})\\b`, 'g'));

/** One holiday regex per pack: texts in several languages no longer rebuild it at each switch. */
const holidayRegex = perPack((c): RegExp => {
  const alternatives = [...c.holidays]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\\u2019]?").replace(/ /g, '[\\s\\u00a0]{1,2}'));
  return nativeRegExp(`\\b(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu');
});

function findHolidays(text: string, emit: Emit, c: CompiledPack): void {
  const re = holidayRegex(c);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const prev = prevWordText(text, wordsIn(text, m.index - 16, m.index), m.index, 3);
    if (prev !== null && c.holidayCuesBefore.has(prev)) emit('date', m.index, m.index + m[0].length);
  }
}

/**
 * A month named alone after one of the pack's `monthCuesNearIdentifiers` ("TAVR in March",
 * "nacerá en marzo", "a finales de agosto") is a date in a text that already gives an identifier,
 * within 160 characters of it: the month of an event in a story about somebody. Full month names
 * only ("Mar", "Jun" pass); a number right after it is the other date detectors'. None of this can
 * make a text without a finding report one.
 */
export function findMonthsNearIdentifiers(text: string, found: readonly Candidate[], c: CompiledPack): Candidate[] {
  const cues = monthCues(c);
  const out: Candidate[] = [];
  if (cues.size === 0) return out;
  const overlapsFound = overlapIndex(found);
  forEachWindowNearIdentifiers(text, found, (f) => f.kind !== 'date', (words) => {
    for (let k = 1; k < words.length && out.length < MAX_NEAR; k++) {
      const w = words[k] as Word;
      if (w.lower.length < 3 || !c.months.has(w.lower) || SHORT_MONTHS.has(w.lower)) continue;
      // "may" is a verb in English unless capitalised.
      if (w.lower === 'may' && w.text !== 'May') continue;
      let p = k - 1;
      // "a finales de agosto": the cue may sit before "de".
      if ((words[p] as Word).lower === 'de' && p > 0) p--;
      if (!cues.has((words[p] as Word).lower)) continue;
      if (/^[\s\u00a0,]{0,2}(?:de[\s\u00a0]{1,2}|del[\s\u00a0]{1,2})?\d/.test(text.slice(w.end, w.end + 8))) continue;
      if (overlapsFound(w.start, w.end) || out.some((f) => f.start === w.start)) continue;
      out.push({ kind: 'date', start: w.start, end: w.end });
    }
  });
  return out;
}

const monthCues = perPack((c): Set<string> => new Set(c.pack.monthCuesNearIdentifiers ?? []));
/** Abbreviations of months: too short to tell from words ("Mar", "Jun", "Dec"). */
const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic']);
