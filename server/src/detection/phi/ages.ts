/**
 * Ages over 89 beyond the shapes in shapes.ts: in words ("ninety-two", "a hundred and one"),
 * after a person ("Dolores is 91", "Oscar, 97,", "Arlene (94)"), as a birthday ("her 101st
 * birthday", "Happy 90th"), or implied by a birth year ("born in 1931", "1931–2024") relative to
 * the current year. Ages of 89 and under, scores, rooms and measurements pass.
 */
import { forEachTriggerWindow, isCapitalized, isUpperWord, norm, overlapIndex, wordAlternation, wordEndingBy, wordStartingFrom, wordsIn } from '../text';
import type { Word } from '../text';
import { isGivenName, perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate, Emit } from './shapes';
import { MAX_NEAR, forEachWindowNearIdentifiers } from './near';
import { nativeRegExp } from '../../scanners/native-regexp';

const MIN_AGE = 90;
const MAX_AGE = 125;

/** Capitalised words before "Name, 97," that are not people: "Suite 100", "Room 104". */
const NOT_PERSON = new Set(
  'suite room floor ward bed unit building bldg apt box highway hwy route rte exit channel station ep episode vol page chapter section gate level bus interstate i us sr cr fm pier dock lot track'.split(
    ' '
  )
);

/** The words that join the two numbers of a reading (blood pressure "140 con 90", "140 over 90"). */
const PAIRED_READING = new Set(['con', 'sobre', 'over', 'by', 'x', 'por']);

/** Is the age at [start, end) introduced by a cue word about a person? */
function ageByCue(text: string, words: readonly Word[], start: number, end: number, c: CompiledPack, spelled: boolean, closeAt = end): number {
  const b = wordEndingBy(words, start);
  const prev = words[b];
  if (!prev || start - prev.end > 3) return -1;
  // "is almost 95", "de casi 91 años": an approximation between the cue and the age.
  if (APPROXIMATIONS.has(prev.lower) && /^[\s\u00a0]{1,2}$/.test(text.slice(prev.end, start))) return ageByCue(text, words, prev.start, end, c, spelled, closeAt);
  const gap = text.slice(prev.end, start);
  // "pasa de 140 con 90", "140 over 90": the second number of a paired reading, not an age.
  if (PAIRED_READING.has(prev.lower) && /\d[\s\u00a0]{1,2}$/.test(text.slice(Math.max(0, prev.start - 4), prev.start))) return -1;
  let p = prev.lower;
  let subjectIndex = b - 1;
  // "she's 93": the tokenizer keeps "she's" whole.
  const contracted = /^(.+)'(s|re)$/.exec(p);
  if (contracted && /^[\s\u00a0]{1,2}$/.test(gap)) {
    p = `'${contracted[2]}`;
    subjectIndex = b;
  }
  // "Edad: 96": a form's age field (the pack's ageLabels) may put a colon between.
  const labelled = c.ageLabels.has(p) && /^[\s\u00a0]?:[\s\u00a0]{1,2}$/.test(gap);
  if (!labelled && (!/^[\s\u00a0]{1,2}$/.test(gap) || !c.ageCuesBefore.has(p))) {
    // "Oscar, 97," / "(Edna, 94)" / "Arlene (94)"
    if (spelled) return -1;
    // "(91 años 😮)": an emoji may sit before the apposition closes.
    let close = text.charAt(closeAt + (/^[\s\u00a0]?\p{Extended_Pictographic}[\ufe0f]?[\s\u00a0]?/u.exec(text.slice(closeAt, closeAt + 5))?.[0].length ?? 0));
    // A form's fields separated by dashes or bars close the apposition as a comma does ("Paciente: Aurelio Benítez, 91 años — Prótesis…").
    if (/^[\s\u00a0][\u2014\u2013|]/.test(text.slice(closeAt, closeAt + 2))) close = ',';
    // With the word for years the apposition may close at the sentence's end or at the next item:
    // "Firma: Severino Mata, 91 años.", "don Chuy (93 años, diabético)".
    const years = closeAt > end;
    const closesSentence = close === '.' || close === ';' || close === '' || close === '\n';
    const apposition =
      (/^,[\s\u00a0]{1,2}$/.test(gap) && (close === ',' || close === ')' || close === ':' || (years && closesSentence))) ||
      (/^[\s\u00a0]\($/.test(gap) && (close === ')' || (years && close === ',')));
    // "Oscar, 97,", and a person named by a noun: "our patient, 96,", "mi abuela (92)".
    // With the word for years between commas any word may come before ("Tiene demencia, 90 años, salió").
    const person = isCapitalized(prev.text) || isUpperWord(prev.text) || c.ageSubjects.has(prev.lower) || c.relations.has(prev.lower) || (years && /^,/.test(gap));
    if (!apposition || !person || NOT_PERSON.has(prev.lower) || c.months.has(prev.lower)) return -1;
    return prev.start;
  }
  // "fiebre de 102", "una calentura muy alta de 101": a reading of the pack's `ageReadingsBefore`
  // before the cue (one word may sit between unless it names a person: "la presión de mi abuela de 94").
  // The pack's word for years after the number makes it an age, whatever came before ("con oxígeno y tiene 101 años").
  const reading = closeAt > end ? undefined : words[b - 1];
  if (reading && (c.ageReadingsBefore.has(reading.lower) || (!isPersonWord(reading, c) && words[b - 2] && c.ageReadingsBefore.has((words[b - 2] as Word).lower)))) return -1;
  // "en los 90", "de los 90": a decade (the pack's `decadePhrases`), unless years follow ("los 90 años de mi abuela").
  if (!spelled && /0$/.test(text.slice(start, end)) && words[b - 1] && (c.pack.decadePhrases ?? []).includes(`${(words[b - 1] as Word).lower} ${p}`)) {
    const next = words[wordStartingFrom(words, end)];
    if (!next || next.start - end > 2 || !c.yearWords.has(next.lower)) return -1;
  }
  if (spelled || !['is', 'was', "'s", "'re"].includes(p)) return prev.start;
  const subject = words[subjectIndex];
  if (!subject) return -1;
  const s = subject.lower.replace(/'(s|re)$/, '');
  if (!(c.ageSubjects.has(s) || c.relations.has(s) || isCapitalized(subject.text))) return -1;
  return subject.start;
}

/** "90 años o más", "95 y mayores", "90 en adelante", "90 and older", "90+": a bound of a group's ages. */
const GROUP_BOUND_AFTER = /^(?:[\s\u00a0]?\+|[\s\u00a0]{1,2}(?:(?:o|y|or|and)[\s\u00a0](?:más|mas|mayores|older|over|up|above)|en[\s\u00a0]adelante|para[\s\u00a0]arriba)(?![\p{L}]))/u;

/**
 * An age bound of a group, not a person's age: a bound after the number or its word for years
 * ("de 90 años o más"), or a plural noun that is no relation before the pack's "of" word ("los
 * mayores de 90 años", "las personas de 95"; "mis abuelos de 92" stays relatives').
 */
function groupAge(text: string, words: readonly Word[], start: number, end: number, closeAt: number, c: CompiledPack): boolean {
  if (GROUP_BOUND_AFTER.test(text.slice(end, end + 16)) || (closeAt > end && GROUP_BOUND_AFTER.test(text.slice(closeAt, closeAt + 16)))) return true;
  const b = wordEndingBy(words, start);
  const of = words[b];
  const noun = words[b - 1];
  if (!of || !noun || start - of.end > 2 || !c.relationOf.has(of.lower) || noun.text !== noun.lower || !/\p{L}{3}s$/u.test(noun.lower)) return false;
  const singular = [noun.lower.slice(0, -1), noun.lower.slice(0, -2)];
  return !c.relations.has(noun.lower) && !singular.some((w) => c.relations.has(w) || c.ageSubjects.has(w));
}

/**
 * An age found by any detector that is a group's, no individual's: a bound of a group's ages after it
 * ("90 or older"), or one of the pack's `ageGroupNouns` in the four words before it, in the same
 * clause, with no person named or picked out between ("state pensioners turning 100", "personas
 * que superan ya los 100 años"; "patients like my grandma, 97" is grandma's, "patients including a
 * 91-year-old woman" hers).
 */
export function ageOfGroup(text: string, start: number, end: number, c: CompiledPack): boolean {
  if (GROUP_BOUND_AFTER.test(text.slice(end, end + 16))) return true;
  if (c.ageGroupNouns.size === 0) return false;
  const lead = text.slice(Math.max(0, start - 64), start);
  const cut = Math.max(...['.', ',', ';', ':', '!', '?', '(', '\n'].map((mark) => lead.lastIndexOf(mark)));
  const from = start - lead.length + cut + 1;
  const words = wordsIn(text, from, start).filter((w) => w.start >= from && w.end <= start).slice(-4);
  // A relation is never a group of strangers ("mis abuelos de 92" are the writer's).
  const group = words.findIndex((w) => c.ageGroupNouns.has(w.lower) && !c.relations.has(w.lower));
  if (group === -1) return false;
  // "patients including a 91-year-old woman": an article after the group picks one person out of it.
  const person = (w: Word): boolean => {
    const bare = w.lower.replace(/['\u2019]s$/, '');
    return (isCapitalized(w.text) && isGivenName(w.text)) || c.relations.has(bare) || c.ageSubjects.has(bare) || c.indefiniteWords.has(w.lower);
  };
  return !words.slice(group + 1).some(person);
}

/** A word that names a person before an age: a capitalised name, a relation or an age subject of the pack. */
function isPersonWord(w: Word, c: CompiledPack): boolean {
  return isCapitalized(w.text) || c.relations.has(w.lower) || c.ageSubjects.has(w.lower);
}

function unitAfter(text: string, words: readonly Word[], end: number, c: CompiledPack): boolean {
  const next = text.charAt(end);
  // "101°F", "102 °C": a temperature.
  if (/^[\s\u00a0]?[\u00b0\u2109\u2103]/.test(text.slice(end, end + 2))) return true;
  if (/[%\p{N}]/u.test(next) || ((next === '.' || next === ',' || next === ':' || next === '/') && /\p{N}/u.test(text.charAt(end + 1)))) return true;
  const a = wordStartingFrom(words, end);
  const w = words[a];
  return !!w && w.start - end <= 2 && c.ageUnitsAfter.has(w.lower);
}

/** "100 years of …": the pack's word for years, then its duration word, right after the number. */
function yearsOfAfter(words: readonly Word[], end: number, c: CompiledPack): boolean {
  const a = wordStartingFrom(words, end);
  const years = words[a];
  const of = words[a + 1];
  return !!years && !!of && years.start - end <= 2 && c.yearWords.has(years.lower) && c.yearsOfWords.has(of.lower) && !(words[a + 2] && c.oldWords.has((words[a + 2] as Word).lower));
}

/** After "N years of": a relative, or a possessive and a relative or an age subject of the pack ("103 years of Great-Aunt Millie", "100 years of Grandma", "los 104 años de nuestra residente"). */
function yearsOfPerson(words: readonly Word[], end: number, c: CompiledPack): boolean {
  const a = wordStartingFrom(words, end);
  const who = words[a + 2];
  if (!who) return false;
  const first = who.lower.split('-').pop() ?? who.lower;
  const owned = words[a + 3];
  return c.relations.has(who.lower) || c.relations.has(first) || (c.possessives.has(who.lower) && !!owned && (c.relations.has(owned.lower) || c.ageSubjects.has(owned.lower)));
}

/** "nan's", "grandma’s": a relation's possessive. */
function relationPossessive(word: string, c: CompiledPack): boolean {
  const m = /^(.+)['\u2019]s$/u.exec(word);
  return m !== null && c.relations.has(m[1] as string);
}

/** Words of approximation before an age: "almost 95", "casi 91". */
const APPROXIMATIONS = new Set(['almost', 'nearly', 'about', 'around', 'casi', 'cerca', 'como', 'unos', 'aproximadamente', 'quase', 'presque']);

const NUM = /(?<![\d.,$])\b(9\d|1[0-2]\d|1[89]\d\d)(?:(st|nd|rd|th)\b)?(?!\d|[.,]\d)/g;

export function findAges(text: string, emit: Emit, c: CompiledPack, currentYear: number): void {
  NUM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM.exec(text)) !== null) {
    const digits = m[1] as string;
    const value = Number(digits);
    const start = m.index;
    const end = start + m[0].length;
    if (digits.length === 4) {
      if (value >= 1850 && currentYear - value >= MIN_AGE) checkBirthYear(text, wordsIn(text, start - 48, end + 12), start, start + 4, value, emit, c, currentYear);
      continue;
    }
    if (value < MIN_AGE || value > MAX_AGE) continue;
    const words = wordsIn(text, start - 48, end + 24);
    if (m[2] !== undefined) {
      // "her 101st birthday", "Happy 90th!"
      const a = words[wordStartingFrom(words, end)];
      const b = words[wordEndingBy(words, start)];
      // "celebrated her 95th!": a possessive before an ordinal that ends its clause.
      const possessedEnd = !!b && start - b.end <= 2 && c.possessives.has(b.lower) && /^[\s\u00a0]*(?:[,.;:!?)]|$|\p{Extended_Pictographic})/u.test(text.slice(end, end + 3));
      // "his 95th at the pub", "Nan's 100th with cake": a person's possessive, then a preposition or an adverb.
      const personal = !!b && start - b.end <= 2 && (c.personalPossessives.has(b.lower) || relationPossessive(b.lower, c)) && !!a && a.start - end <= 2 && c.ordinalFollowers.has(a.lower);
      // "happy early 90th", "happy belated 95th".
      const before = b ? words[wordEndingBy(words, b.start)] : undefined;
      const happyModified = !!b && !!before && start - b.end <= 2 && c.birthdayModifiers.has(b.lower) && before.lower === 'happy' && b.start - before.end <= 2;
      if ((a && a.start - end <= 2 && c.birthdayWords.has(a.lower)) || (b && b.lower === 'happy' && start - b.end <= 2) || possessedEnd || personal || happyModified) {
        emit('age-over-89', start, end);
      }
      continue;
    }
    if (unitAfter(text, words, end, c)) continue;
    // "celebrated 100 years of the nursing school": a duration, as with spelled ages.
    // ("la residente de 91 años de los apartamentos…" is an age: a preposition before the number makes it one.)
    const before = words[wordEndingBy(words, start)];
    if (yearsOfAfter(words, end, c) && !(before && start - before.end <= 2 && c.relationOf.has(before.lower))) {
      // "Celebrating 103 years of Great-Aunt Millie": the years of a person's life.
      if (yearsOfPerson(words, end, c)) emit('age-over-89', start, end);
      continue;
    }
    // "Ambrosio Pérez, 90 años, salió": the apposition closes after the word for years.
    const next = words[wordStartingFrom(words, end)];
    const closeAt = next && next.start - end <= 2 && c.yearWords.has(next.lower) ? next.end : end;
    if (groupAge(text, words, start, end, closeAt, c)) continue;
    const from = ageByCue(text, words, start, end, c, false, closeAt);
    if (from !== -1 || ageAtPoint(text, words, start, end, c) || parentheticalAge(text, words, start, end, closeAt, c)) emit('age-over-89', start, end);
  }
  forEachTriggerWindow(text, [spelledHint(c)], 48, 48, (words) => findSpelledAges(text, words, emit, c));
  findSpelledBirthYears(text, emit, c, currentYear);
}

interface SpelledYear {
  /** The century phrases' last words without their first letter: does the text hold one (either case of that letter)? */
  hints: string[];
  /** The century phrase, then the year's last two digits in words: "nineteen-thirty", "mil novecientos treinta y dos". */
  year: RegExp;
}
const spelledYearRegex = perPack((c): SpelledYear | null => {
  const centuries = Object.keys(c.pack.centuryWords ?? {});
  const tens = [...c.numberWords].filter(([, v]) => v >= 10 && v < 100).map(([k]) => k);
  const units = [...c.numberWords].filter(([, v]) => v > 0 && v < 10).map(([k]) => k);
  const joiners = [...c.coordinators].filter((j) => /^\p{L}+$/u.test(j));
  const sep = '(?:[\\s\\u00a0]{1,2}|-)';
  return centuries.length
    ? {
        // The century's last word is the rarer one ("novecientos", not "mil" as in "familia").
        hints: centuries.map((w) => (w.split(' ').pop() as string).slice(1)),
        year: nativeRegExp(
          `(?<![\\p{L}])(${centuries.map((w) => w.replace(/ /g, '[\\s\\u00a0]{1,2}')).join('|')})${sep}(${wordAlternation(tens)})(?:${sep}(?:(?:${joiners.join('|') || '(?!)'})[\\s\\u00a0]{1,2})?(${wordAlternation(units)}))?(?![\\p{L}])`,
          'giu'
        ),
      }
    : null;
});

/** A birth year in words after a birth cue: "born in nineteen-thirty", "nació en mil novecientos treinta y dos". */
function findSpelledBirthYears(text: string, emit: Emit, c: CompiledPack, currentYear: number): void {
  const re = spelledYearRegex(c);
  if (!re || !re.hints.some((h) => text.includes(h))) return;
  re.year.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.year.exec(text)) !== null) {
    const century = c.pack.centuryWords?.[norm(m[1] as string).replace(/[\s\u00a0]+/g, ' ')];
    const tens = c.numberWords.get(norm(m[2] as string));
    if (century === undefined || tens === undefined) continue;
    const units = m[3] !== undefined ? (c.numberWords.get(norm(m[3])) ?? 0) : 0;
    if (units > 0 && tens % 10 !== 0) continue;
    const year = century + tens + units;
    const start = m.index;
    const end = start + m[0].length;
    checkBirthYear(text, wordsIn(text, start - 48, end + 12), start, end, year, emit, c, currentYear);
  }
}

/**
 * "At 93, she still drives", "at 96 my dad…": a point in a life (the pack's `agePointWords`)
 * before the number, then a comma or a person (pronoun, possessive, relation) right after it.
 * "sats at 92 on room air" and "at 95 degrees" pass: nothing about a person follows.
 */
function ageAtPoint(text: string, words: readonly Word[], start: number, end: number, c: CompiledPack): boolean {
  const prev = words[wordEndingBy(words, start)];
  if (!prev || !/^[\s\u00a0]{1,2}$/.test(text.slice(prev.end, start))) return false;
  // ", now 101," — an apposition that closes after the age.
  if (c.ageAppositionWords.has(prev.lower)) {
    return /,[\s\u00a0]{1,2}$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) && /^[,)\u2014\u2013]/.test(text.slice(end, end + 1));
  }
  if (!c.agePointWords.has(prev.lower)) return false;
  const next = words[wordStartingFrom(words, end)];
  if (/^,[\s\u00a0]/.test(text.slice(end, end + 2))) {
    // "At 93, she…": a sentence opens with the point in life; "at 92, then 88" is a reading.
    const before = text.slice(Math.max(0, prev.start - 3), prev.start);
    return isCapitalized(prev.text) && (prev.start === 0 || /[.!?\n][\s\u00a0]{0,2}$|^\s*$/.test(before)) && !!next && !/^\p{N}/u.test(text.slice(end + 2, end + 3));
  }
  if (!next || next.start - end > 2 || !/^[\s\u00a0]{1,2}$/.test(text.slice(end, next.start))) return false;
  return c.ageSubjects.has(next.lower) || c.possessives.has(next.lower) || c.relations.has(next.lower);
}

/** The inside of a parenthesis opened at most 40 characters before an age, on its line and clause. */
const OPEN_PARENTHESIS = /\(([^()\n.;:?]{0,40})$/;
/** After the age in a parenthesis: "!", an emoji, then its close or the next item. */
const PARENTHESIS_ITEM_END = /^[\s\u00a0]?(?:!{1,3}|\p{Extended_Pictographic}\ufe0f?)?[\s\u00a0]?[),]/u;

/**
 * An age among the short items of a parenthesis right after a person: "my dad (91, mild
 * dementia)", "my grandfather (hospice, 97)", "Grandpa Jim (now 94!)", "mi abuela (tiene 92)".
 * The age opens the parenthesis, after at most one word of the pack's `ageAppositionWords` or
 * `ageCuesBefore`, or follows another item and a comma; a close or another item follows it; the
 * word before the parenthesis is a relation, an age subject of the pack or a given name of the
 * lexicons ("Tylenol (91, 2 tabs)" is a dose), or any capitalised word when the pack's word for
 * years follows the number ("Chambi (postrada, 94 años)").
 */
function parentheticalAge(text: string, words: readonly Word[], start: number, end: number, closeAt: number, c: CompiledPack): boolean {
  const from = Math.max(0, start - 42);
  const m = OPEN_PARENTHESIS.exec(text.slice(from, start));
  if (!m || !PARENTHESIS_ITEM_END.test(text.slice(closeAt, closeAt + 6))) return false;
  const inside = (m[1] as string).trim().toLowerCase();
  if (inside !== '' && !c.ageAppositionWords.has(inside) && !c.ageCuesBefore.has(inside) && !/,$/.test(inside)) return false;
  const openAt = from + m.index;
  const at = wordEndingBy(words, openAt);
  const prev = words[at];
  if (!prev || !/^[\s\u00a0]{0,2}$/.test(text.slice(prev.end, openAt))) return false;
  // A relation or an age subject of the pack, or a given name of the lexicons ("Tylenol (91, 2 tabs)" is a dose).
  // With the word for years after the number any capitalised name will do ("Sra. Wilma Chambi (postrada, 94 años)").
  const person =
    c.relations.has(prev.lower) || c.ageSubjects.has(prev.lower) || (isCapitalized(prev.text) && (isGivenName(prev.text) || closeAt > end || namedAfterRelation(words, at, c)));
  return person && !NOT_PERSON.has(prev.lower) && !c.months.has(prev.lower) && !c.notNames.has(prev.lower);
}

/** Is words[at] the last of one to three capitalised words right after a relation ("my grandfather Elias Romero")? */
function namedAfterRelation(words: readonly Word[], at: number, c: CompiledPack): boolean {
  let j = at;
  while (j > at - 3 && j > 0 && isCapitalized((words[j] as Word).text) && (words[j] as Word).start - (words[j - 1] as Word).end <= 2) j--;
  const lead = words[j];
  return j < at && !!lead && (c.relations.has(lead.lower) || c.ageSubjects.has(lead.lower));
}

const cueRegexes = new Map<string, RegExp>();
function cueRegex(cue: string): RegExp {
  let re = cueRegexes.get(cue);
  if (!re) {
    re = nativeRegExp(`(?:^|[^\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    cueRegexes.set(cue, re);
  }
  return re;
}

function checkBirthYear(
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
  year: number,
  emit: Emit,
  c: CompiledPack,
  currentYear: number
): void {
  if (year < 1850 || currentYear - year < MIN_AGE) return;
  // "1931–2024": a lifespan of 90 years or more.
  const span = /^[\s\u00a0]?[-\u2013\u2014][\s\u00a0]?(\d{4})(?!\p{N})/u.exec(text.slice(end, end + 8));
  if (span && Number(span[1]) - year >= MIN_AGE && Number(span[1]) <= currentYear) {
    emit('age-over-89', start, end);
    return;
  }
  const before = norm(text.slice(Math.max(0, start - 40), start));
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  // A cue ending in a period right before the year ("Bev (b. 1932)") is cut off by the clause above.
  const tail = before.replace(/[\s\u00a0]+$/, '');
  const cueEnds = (cue: string): boolean => tail.endsWith(cue) && !/\p{L}/u.test(tail.charAt(tail.length - cue.length - 1));
  if (c.birthCues.some((cue) => cueRegex(cue).test(clause) || (cue.endsWith('.') && cueEnds(cue)))) {
    const b = words[wordEndingBy(words, start)];
    // "born in 1931" and "born 1931" count; "born in Oneonta in 1923" too (same clause, 40 chars).
    if (!b || start - b.end <= 3) emit('age-over-89', start, end);
  }
}

/**
 * Ages in the pack's number words: "ninety-two", "ninety one", "a hundred and one", "one hundred
 * two"; "noventa y dos", "ciento uno", "cien". The tens word for 90 and the hundred words come
 * from the pack, and so do the words joining tens and units ("and", "y").
 */
function findSpelledAges(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  const ninety = ninetyWords(c);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const n = w.lower;
    let value = -1;
    let last = i;
    let first = i;
    const tens = ninety.find((t) => n.startsWith(t));
    if (tens !== undefined) {
      value = 90;
      const rest = n.slice(tens.length).replace(/^-/, '');
      if (rest) value += c.numberWords.get(rest) ?? 100;
      else {
        // "ninety two", "noventa y dos"
        let k = i + 1;
        if (words[k] && c.coordinators.has((words[k] as Word).lower)) k++;
        const next = words[k];
        const unit = next ? c.numberWords.get(next.lower) : undefined;
        if (next && unit !== undefined && unit > 0 && unit < 10 && next.start - (words[k - 1] as Word).end <= 2) {
          value += unit;
          last = k;
        }
      }
    } else if (c.hundredWords.has(n)) {
      const prev = words[i - 1];
      if (prev && c.numberWords.get(prev.lower) === 1) first = i - 1;
      value = 100;
      let k = i + 1;
      if (words[k] && c.coordinators.has((words[k] as Word).lower)) k++;
      const unit = words[k] ? c.numberWords.get((words[k] as Word).lower) : undefined;
      if (unit !== undefined && unit > 0 && unit < 20) {
        value += unit;
        last = k;
      }
    }
    if (value < MIN_AGE || value > MAX_AGE) continue;
    const start = (words[first] as Word).start;
    const end = (words[last] as Word).end;
    const after = words[last + 1];
    // "ninety-one years old", "a hundred-year-old", "noventa años de edad"
    const yearWord = after && after.start - end <= 2 ? after.lower.split('-')[0] ?? '' : '';
    const yearsAfter = c.yearWords.has(yearWord);
    const oldAfter =
      yearsAfter &&
      (c.oldWords.has((after as Word).lower.slice(yearWord.length + 1)) ||
        [words[last + 2], words[last + 3]].some((o) => !!o && c.oldWords.has(o.lower)));
    const duration = yearsAfter && !oldAfter && !!words[last + 2] && c.yearsOfWords.has((words[last + 2] as Word).lower);
    // "At a hundred and four, Mae…": a point in a life, as with digits.
    if (!duration && (oldAfter || ageByCue(text, words, start, end, c, true) !== -1 || ageAtPoint(text, words, start, end, c))) {
      if (yearsAfter || !unitAfter(text, words, end, c)) emit('age-over-89', start, end);
    }
    i = last;
  }
}

const ninetyWords = perPack((c): string[] => [...c.numberWords].filter(([, v]) => v === 90).map(([k]) => k));

const spelledHint = perPack((c): RegExp => {
  const list = [...ninetyWords(c), ...c.pack.hundredWords];
  return list.length ? nativeRegExp(`\\b(?:${wordAlternation(list)})`, 'gi') : /(?!)/g;
});

/** Right after a bare number, what makes it a measurement, not an age: a unit, a sign, a fraction or a decimal. */
const MEASURE_AFTER = /^(?:[\s\u00a0]?(?:%|\/|:|°|[.,]\d|-\d|x\b|mg|mcg|ml|cc|kg|lbs?|oz|g\b|cm|mm|in\b|ft|bpm|mmhg|min|mins|minutes|hrs?|hours|days|weeks|units?|degrees|percent|k\b|mph|sec|s\b)|\d)/i;
/** Right before a bare number, what makes it a value or a code: a sign, a slash, a label's colon, a decimal. */
const MEASURE_BEFORE = /(?:[$#/:.+×-]|\d)[\s\u00a0]?$/;

/**
 * Ages near identifiers (README.md, "What the detectors catch"): in a text that already gives an
 * identifier, a bare number of 90 to 110 in the surroundings of one (near.ts) is an age when it
 * follows one of the pack's `ageCuesNearIdentifiers` ("pt is 94", "passed at 97"), stands
 * in apposition after a comma ("Elias Ward, 91,", "Maternal GM living, 96, in Baton Rouge") or
 * carries the sex ("97F hip fx"), and no unit, sign or decimal makes it a measurement ("SpO2 94%",
 * "BP 142/90", "HR 96 bpm"). A text with no identifier gets nothing from here, so a look-alike
 * with no finding never gains one; a pack without those cues gets nothing either. Bounded: the
 * windows of the first 64 identifiers, 64 ages.
 */
export function findAgesNearIdentifiers(text: string, found: readonly Candidate[], c: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  const leads = c.ageCuesNearIdentifiers;
  if (leads.size === 0) return out;
  // A long text has thousands of findings: overlapIndex answers by a binary search; the ages found here are few.
  const overlapsFound = overlapIndex(found);
  const taken = (s: number, e: number): boolean => overlapsFound(s, e) || out.some((f) => f.start < e && s < f.end);
  forEachWindowNearIdentifiers(text, found, (f) => f.kind !== 'age-over-89', (words) => {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return;
    // The words are letters only: the numbers between them are read from the text of the window.
    const from = first.start;
    const to = Math.min(text.length, last.end + 16);
    NEAR_NUMBER.lastIndex = from;
    let m: RegExpExecArray | null;
    while (out.length < MAX_NEAR && (m = NEAR_NUMBER.exec(text)) !== null && m.index < to) {
      const start = m.index;
      const digits = m[1] as string;
      const sexed = m[2] !== undefined;
      const end = start + digits.length + (sexed ? 1 : 0);
      const age = Number(digits);
      if (age < MIN_AGE || age > 110 || taken(start, end)) continue;
      const after = text.slice(start + digits.length, start + digits.length + 8);
      const before = text.slice(Math.max(0, start - 3), start);
      if (!sexed && (MEASURE_AFTER.test(after) || MEASURE_BEFORE.test(before))) continue;
      const prev = words[wordEndingBy(words, start)];
      const apposed = /,[\s\u00a0]{1,2}$/.test(before) && /^(?:[,)]|[\s\u00a0]*$)/.test(after);
      const cued = !!prev && /^[\s\u00a0]{1,2}$/.test(text.slice(prev.end, start)) && (leads.has(prev.lower) || leads.has(prev.lower.replace(/^.+(['\u2019]s)$/, "'s")));
      if (sexed || apposed || cued) out.push({ kind: 'age-over-89', start, end });
    }
  });
  return out;
}

/** A bare number of two or three digits, with the sex written after it ("97F"). */
const NEAR_NUMBER = /(?<![\p{L}\p{N}])(\d{2,3})([FMfm])?(?![\p{L}\p{N}])/gu;

