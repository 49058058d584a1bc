/**
 * People in the writer's life named without a relation word (README.md, "People in a story"): a
 * given name of the lexicon (../data: English given names and US births) in a narrative context
 * of the pack:
 * - after a companion or gratitude cue, in a sentence where the writer speaks of themself or a
 *   relative ("went with Marisol", "thanks to Keisha", "fui con Chelo", "gracias a Yesenia");
 * - acting on the writer ("Luca drove me home", "Keisha, who drove me", "Marisol me llevó",
 *   "Yesenia que me llevó"): the pack's object pronouns a few lower-case words after the name;
 * - with the writer in a pair ("me and Tomasz", "Chuy y yo");
 * - owning a personal noun ("Marlene's neuro appt", "Cody's fundraiser", "el parto de Mía").
 * Staff stay negative: a staff title or a profession word of the pack next to the name ("nurse
 * Kim", "Lorena, promotora", "Dr. Lee's office") makes it a clinician or an employee.
 */
import { forEachTriggerWindow, isCapitalized, isLetterCode, isUpperWord, overlapIndex, wordAlternation, wordsIn } from '../text';
import type { Trigger, Word } from '../text';
import { isCommonGivenName, isCountry, isCuratedPlace, isGivenName, isStaffCue, isUsPlace, perPack } from './compile';
import type { CompiledPack } from './compile';
import { isBusinessName } from './contact';
import { MAX_NEAR, forEachWindowNearIdentifiers } from './near';
import { isFirstPersonAt } from './org-context';
import type { TextContext } from './org-context';
import type { Candidate, Emit } from './shapes';
import { nativeRegExp } from '../../scanners/native-regexp';

const SPACE = /^[\s\u00a0]{1,2}$/;
/** After a name that acts: a comma (appositive "Keisha, who drove me") or spaces. */
const ACT_GAP = /^,?[\s\u00a0]{1,2}$/;
/** A possessive ending: "Marlene's", "Cody’s". */
const POSSESSIVE = /['\u2019]s$/;
/** Before a sentence's first word: the text's start, or a sentence break and spaces. */
const SENTENCE_START = /(?:^|[.!?\n:\u201c"][\s\u00a0'"\u201c]*)$/;

interface PeopleLists {
  objects: Set<string>;
  pronounsAfter: Set<string>;
  personalNouns: Set<string>;
  /** Cue phrases as word arrays, longest first. */
  cues: string[][];
  /** Care cues before the name ("pray for") and after it ("in your prayers"), as word arrays. */
  careBefore: string[][];
  careAfter: string[][];
  /** Pairs with the writer: phrases before ("me and") and after ("and I") the name. */
  pairBefore: string[][];
  pairAfter: string[][];
  relativePronouns: Set<string>;
  ofWords: Set<string>;
  origins: Set<string>;
  honorifics: Set<string>;
  /** Capitalised titles of a community's members: "Sister Nkechi". */
  memberTitles: Set<string>;
  /** Animals: "my golden retriever Cooper" is a pet. */
  animals: Set<string>;
  /** Single-word contact verbs ("call", "contact"). */
  contactVerbs: Set<string>;
  /** What may stand between a name and its owner's number (`findContactNames`): spaces, a mark, the pack's `numberNouns` and `contactLinks`. */
  contactGap: RegExp;
  /** Single words that open an address to somebody: greetings and thanks ("hi", "thx", "gracias"). */
  addressWords: Set<string>;
  /** The pack's greetings that open a letter to one person ("Dear", "Querida"). */
  letterGreetings: Set<string>;
  /** Verbs of carrying somebody and the words closing the trip: "drive Jayden to practice". */
  carryVerbs: Set<string>;
  carryEnds: Set<string>;
  /** Health verbs and events, and the words that may sit between a name and them: "Marisol was admitted". */
  healthVerbs: Set<string>;
  healthEvents: Set<string>;
  healthFillers: Set<string>;
  /** The writer as a subject ("I", "we"): "I drove Priyanka to…". */
  subjects: Set<string>;
  /** Words that mark a person as the object (Spanish "a"): "le mandé la foto a Memo". */
  objectMarkers: Set<string>;
  /** Where a person of the community is from, as word arrays: "next door", "down the street", and their first words. */
  community: string[][];
  communityFirsts: Set<string>;
  /** Third-person possessives that give a relation to the name before them: "Dolores, who drives her husband". */
  ownerPossessives: Set<string>;
  /** A record's labels after a full name ("Patricia Lund, MRN"), as one regex anchored after the name, or null. */
  recordLabelAfter: RegExp | null;
  triggers: Trigger[];
}

const phrases = (list: readonly string[] = []): string[][] => list.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

const listsOf = perPack((c): PeopleLists | null => {
  const p = c.pack;
  if (!p.companionCues?.length && !p.objectPronouns?.length) return null;
  const cues = phrases(p.companionCues);
  const careBefore = phrases(p.careCues);
  const careAfter = phrases(p.careCuesAfter);
  const pairBefore = phrases(p.pairsBefore);
  const pairAfter = phrases(p.pairsAfter);
  const objects = new Set((p.objectPronouns ?? []).map((w) => w.toLowerCase()));
  const lasts = [...new Set([...cues, ...pairBefore].map((ph) => ph[ph.length - 1] as string))];
  const triggers: Trigger[] = [];
  // a cue before a capitalised word: "with Marisol", "gracias a Yesenia", "me and Tomasz"
  if (lasts.length) triggers.push(nativeRegExp(`\\b(?:${wordAlternation(lasts)})[,:]?[ \\u00a0]{1,2}\\p{Lu}`, 'gu'));
  const healthVerbs = new Set((p.healthVerbs ?? []).map((w) => w.toLowerCase()));
  const healthEvents = new Set((p.healthEvents ?? []).map((w) => w.toLowerCase()));
  // an object pronoun ("Luca drove me"), a health event ("Marisol was admitted", "Ava is in the
  // NICU"); the name is looked for in the window before it. One pass carries both.
  // and a relation: "Ellen drives Mom to dialysis", "Grandma and Hector drove up".
  const actTriggers = [...objects, ...healthVerbs, ...healthEvents, ...c.relations];
  if (actTriggers.length) triggers.push(nativeRegExp(`[ \\u00a0](?:${wordAlternation(actTriggers, false)})\\b`, healthEvents.size ? 'gi' : 'g'));
  // a pair with the writer; the name is looked for before it: "Chuy y yo", "Ray and I"
  if (pairAfter.length) triggers.push(nativeRegExp(`[ \\u00a0](?:${pairAfter.map((ph) => ph.map((w) => w.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')).join('[ \\\\u00a0]')).join('|')})(?![\\p{L}])`, 'giu'));
  // a care cue, whole (its last word alone, "of", "for", would open a window at every "of Tulsa"): "pray for Marge"
  if (careBefore.length) triggers.push(nativeRegExp(`\\b(?:${wordAlternation(careBefore.map((ph) => ph.join(' '))).replace(/ /g, '[ \\u00a0]')})[,:]?[ \\u00a0]{1,2}\\p{Lu}`, 'gu'));
  // a care cue after the name; the name is looked for before it: "keep Dorothy in your prayers"
  if (careAfter.length) triggers.push(nativeRegExp(`[ \\u00a0](?:${careAfter.map((ph) => ph.map((w) => w.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&')).join('[ \\\\u00a0]')).join('|')})(?![\\p{L}])`, 'giu'));
  // a possessive ending: "Marlene's neuro appt"
  triggers.push(/['\u2019]s[ \u00a0]/g);
  // a personal noun and "of" before a name: "el parto de Mía"
  const ofWords = new Set((p.personalNounLinks ?? []).map((w) => w.toLowerCase()));
  if (ofWords.size) triggers.push(nativeRegExp(`[ \\u00a0](?:${[...ofWords].join('|')})[ \\u00a0]\\p{Lu}`, 'gu'));
  const origins = new Set((p.originCues ?? []).map((w) => w.toLowerCase()));
  // where a person is from, the name before it: "Jolene from Pine Bluff", "Alma desde Nogales"
  if (origins.size) triggers.push(nativeRegExp(`[ \\u00a0,](?:${[...origins].join('|')})[ \\u00a0]\\p{Lu}`, 'gu'));
  const honorifics = new Set((p.personHonorifics ?? []).map((w) => w.toLowerCase()));
  const memberTitles = new Set((p.memberTitles ?? []).map((w) => w.toLowerCase()));
  // an honorific ("Doña Gloria", "don Aurelio", "Mr. Abernathy") or a member's title in capitals
  // ("Sister Nkechi", "Brother Ray") before a capitalised word: one pass carries both.
  const titleAlternation = [
    ...(honorifics.size ? [wordAlternation([...honorifics])] : []),
    ...[...memberTitles].map((t) => t.charAt(0).toUpperCase() + t.slice(1)),
  ].join('|');
  if (titleAlternation) triggers.push(nativeRegExp(`\\b(?:${titleAlternation})\\.?[ \\u00a0]{1,2}\\p{Lu}`, 'gu'));
  // a greeting opening a letter before a capitalised word: "Dear Ginny,", "Querida Maribel:"
  if (p.letterGreetings?.length) triggers.push(nativeRegExp(`(?<![\\p{L}])(?:${wordAlternation(p.letterGreetings.map((g) => g.toLowerCase()))})[ \\u00a0]\\p{Lu}`, 'gu'));
  const addressWords = new Set([...(p.greetings ?? []), ...(p.companionCues ?? []).filter((w) => !w.includes(' ') && !['with', 'con'].includes(w))].map((w) => w.toLowerCase()));
  // "!" or an emoji, the name addressed before it: "Thx for the ride Kofi!!", "(hi Craig 👋)"
  triggers.push(/!|\p{Extended_Pictographic}/gu);
  const carryVerbs = new Set((p.carryVerbs ?? []).map((w) => w.toLowerCase()));
  const carryEnds = new Set((p.carryEnds ?? []).map((w) => w.toLowerCase()));
  // a verb of carrying before a capitalised word: "drive Jayden to practice"
  if (carryVerbs.size && carryEnds.size) triggers.push(nativeRegExp(`\\b(?:${wordAlternation([...carryVerbs], false)})[ \\u00a0]\\p{Lu}`, 'gu'));
  const subjects = new Set((p.writerSubjects ?? []).map((w) => w.toLowerCase()));
  const objectMarkers = new Set((p.personalObjectMarkers ?? []).map((w) => w.toLowerCase()));
  // the writer, a verb, then a capitalised word: "I drove Priyanka"
  if (subjects.size) triggers.push(nativeRegExp(`\\b(?:${wordAlternation([...subjects], true)})[ \\u00a0]\\p{Ll}{2,15}[ \\u00a0]\\p{Lu}`, 'gu'));
  // a person's object marker: "a Memo"
  if (objectMarkers.size) triggers.push(nativeRegExp(`\\b(?:${[...objectMarkers].join('|')})[ \\u00a0]\\p{Lu}\\p{Ll}`, 'gu'));
  const ownerPossessives = new Set((p.ownerPossessives ?? []).map((w) => w.toLowerCase()));
  // a third-person possessive and a relation or a personal noun, the owner looked for before it: "Dolores, who drives her husband"
  const owned = [...c.relations, ...(p.appointmentWords ?? []), ...(p.personalNouns ?? []), ...healthEvents];
  if (ownerPossessives.size) triggers.push(nativeRegExp(`[ \\u00a0](?:${wordAlternation([...ownerPossessives], false)})[ \\u00a0](?:${wordAlternation(owned, false)})\\b`, 'gi'));
  const labels = (p.recordLabels ?? []).map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]'));
  // a record's label after a name and a separator: "Patricia Lund, MRN", "Noah Brandt / DOB"
  const labelAlternation = labels.length ? `(?:${labels.join('|')})(?![\\p{L}])` : '';
  if (labelAlternation) triggers.push(nativeRegExp(`[,/\u2022(|\u2014\u2013][ \\u00a0]{0,2}${labelAlternation}`, 'giu'));
  const community = phrases(p.communityOrigins);
  // where a person of the community is from, the name before it: "Edna from church", "Hal next door"
  if (community.length) triggers.push(nativeRegExp(`\\b(?:${community.map((ph) => ph.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\u00a0]')).join('|')})(?![\\p{L}])`, 'gu'));
  return {
    community,
    communityFirsts: new Set(community.map((ph) => ph[0] as string)),
    ownerPossessives,
    recordLabelAfter: labelAlternation ? nativeRegExp(`^(?:[ \\u00a0]?[,/\u2022(|]|[ \\u00a0][\u2014\u2013-])[ \\u00a0]{0,2}${labelAlternation}`, 'iu') : null,
    healthVerbs,
    healthEvents,
    healthFillers: new Set((p.healthFillers ?? []).map((w) => w.toLowerCase())),
    subjects,
    carryVerbs,
    carryEnds,
    objectMarkers,
    addressWords,
    letterGreetings: new Set((p.letterGreetings ?? []).map((w) => w.toLowerCase())),
    honorifics,
    memberTitles,
    animals: new Set((p.animalWords ?? []).map((w) => w.toLowerCase())),
    contactVerbs: new Set((p.contactVerbs ?? []).filter((v) => !v.includes(' ')).map((v) => v.toLowerCase())),
    contactGap: contactGapOf([...(p.numberNouns ?? []), ...(p.contactLinks ?? [])]),
    origins,
    objects,
    pronounsAfter: new Set((p.relativePronouns ?? []).map((w) => w.toLowerCase())),
    personalNouns: new Set([...c.relations, ...(p.appointmentWords ?? []), ...(p.personalNouns ?? [])].map((w) => w.toLowerCase())),
    cues,
    careBefore,
    careAfter,
    pairBefore,
    pairAfter,
    relativePronouns: c.relativePronouns,
    ofWords,
    triggers,
  };
});

/** Do words[end - phrase.length, end) spell one of the phrases, joined by spaces (a comma allowed before the name)? */
function phraseBeforeAt(text: string, words: readonly Word[], end: number, list: readonly string[][]): boolean {
  for (const phrase of list) {
    if (end < phrase.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) {
      const w = words[end - phrase.length + k] as Word;
      ok = w.lower === phrase[k] && (k === 0 || SPACE.test(text.slice((words[end - phrase.length + k - 1] as Word).end, w.start)));
    }
    if (ok && /^[,:]?[\s\u00a0]{1,2}$/.test(text.slice((words[end - 1] as Word).end, (words[end] as Word).start))) return true;
  }
  return false;
}

function phraseAfterAt(text: string, words: readonly Word[], from: number, list: readonly string[][]): boolean {
  for (const phrase of list) {
    let ok = from + phrase.length <= words.length;
    for (let k = 0; k < phrase.length && ok; k++) {
      const w = words[from + k] as Word;
      ok = w.lower === phrase[k] && SPACE.test(text.slice((words[from + k - 1] as Word).end, w.start));
    }
    if (ok) return true;
  }
  return false;
}

/** The pack's professions and staff cues ("Dr", "nurse", "promotora"), in the plural too ("specialists", "nurses"). */
function isStaffWord(w: Word | undefined, c: CompiledPack): boolean {
  return w !== undefined && isStaffCue(w.lower, c);
}

/** A name of the lexicon that no title or profession makes a clinician or an employee. */
function personalName(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  const w = words[i] as Word;
  const bare = POSSESSIVE.test(w.text) ? w.text.slice(0, -2) : w.text;
  if (bare.length < 3 || !isCapitalized(bare) || isUpperWord(bare)) return false;
  const n = bare.toLowerCase();
  if (!(isGivenName(bare) || c.packGivenNames.has(n))) return false;
  return nameInStory(text, words, i, c, l);
}

/** A capitalised word no title, profession, proper name or business makes a clinician's or a part of another name. */
function nameInStory(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  const w = words[i] as Word;
  const n = (POSSESSIVE.test(w.text) ? w.text.slice(0, -2) : w.text).toLowerCase();
  if (c.notNames.has(n) || c.relations.has(n) || c.months.has(n)) return false;
  // "nurse Kim", "Dr. Lee", "our injector Tasha", "la promotora Chela": staff before the name.
  for (let k = i - 1; k >= 0 && k >= i - 2 && !breakBetween(text, words[k] as Word, w, c); k--) if (isStaffWord(words[k], c)) return false;
  // "Lorena, promotora voluntaria", "Alicia, our nurse", "Maria in billing", "Jordan helped me at the
  // front desk": staff or a department within six words after it (same sentence).
  for (let k = i + 1; k < words.length && k <= i + 6 && !breakBetween(text, w, words[k] as Word, c); k++) if (isStaffWord(words[k], c)) return false;
  // "my golden retriever Cooper", "Jessie, our therapy dog": a pet or a mascot.
  if (l.animals.size) {
    for (let k = i - 1; k >= 0 && k >= i - 3 && !breakBetween(text, words[k] as Word, w, c); k--) if (l.animals.has((words[k] as Word).lower)) return false;
    if (/^,/.test(text.slice(w.end, w.end + 1))) {
      for (let k = i + 1; k < words.length && k <= i + 4 && !breakBetween(text, w, words[k] as Word, c); k++) if (l.animals.has((words[k] as Word).lower)) return false;
    }
  }
  // "Bad Bunny", "Kwame Mensah's": a given name opens a proper name; after another capitalised word mid-sentence it is a part.
  const prev = words[i - 1];
  if (prev && isCapitalized(prev.text) && SPACE.test(text.slice(prev.end, w.start)) && !opensSentence(text, words, i - 1, c)) return false;
  // "Keller Plumbing", "Grace Chapel": a business or an institution, not a person.
  const next = words[i + 1];
  if (next && SPACE.test(text.slice(w.end, next.start)) && isCapitalized(next.text) && (c.institutionWords.has(next.lower) || c.businessWords.includes(next.lower))) return false;
  return true;
}

/** A capitalised name after an honorific, with no profession or staff cue next to it ("Nuestra promotora del año: ¡Doña Lupe Villa!"). */
function honouredName(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const w = words[i] as Word;
  if (w.text.length < 2 || !isCapitalized(w.text) || isUpperWord(w.text) || c.notNames.has(w.lower) || c.relations.has(w.lower) || c.months.has(w.lower)) return false;
  for (let k = Math.max(0, i - 6); k < words.length && k <= i + 4; k++) {
    const x = words[k] as Word;
    if (k !== i && isStaffWord(x, c) && !(k < i ? breakBetween(text, x, w, c) : breakBetween(text, w, x, c))) return false;
  }
  return true;
}

/** Does the text speak of the writer or a relative anywhere (the pack's first-person words, its relations)? */
function personalText(ctx: TextContext, c: CompiledPack): boolean {
  const self = c.pack.firstPersonWords ?? ['my', 'i', 'me'];
  return ctx.anyWord('people:personal', (w) => self.includes(w) || c.relations.has(w));
}

/** Does the writer speak of themself anywhere in the text (the pack's first-person words)? */
function writerText(ctx: TextContext, c: CompiledPack): boolean {
  const self = c.pack.firstPersonWords ?? ['my', 'i', 'me'];
  return ctx.anyWord('people:writer', (w) => self.includes(w));
}

/** A full stop after a word of four letters or more, or after a digit or a closing mark: a sentence ends ("Ms." and "Sr." do not). */
const FULL_STOP = /(\p{L}{4,}|[\p{N})\]"'\u201d])\.[\s\u00a0]/gu;

/** The pack's honorifics and professional titles: written with a period, they end no sentence ("la psicóloga Srta. Javiera", "Licda. Ana"). */
const titleAbbreviationsOf = perPack(
  (c) => new Set([...(c.pack.personHonorifics ?? []), ...(c.pack.roleTitles ?? []), ...(c.pack.honorifics ?? [])].map((w) => w.toLowerCase()))
);

/** Does word k open a sentence, a line or a label's value? Not after a title written with its period ("Srta. Javiera León"). */
function opensSentence(text: string, words: readonly Word[], k: number, c: CompiledPack): boolean {
  const w = words[k] as Word;
  if (!SENTENCE_START.test(text.slice(Math.max(0, w.start - 4), w.start))) return false;
  const before = words[k - 1];
  return !(before && /^\.[\s\u00a0]{1,2}$/.test(text.slice(before.end, w.start)) && titleAbbreviationsOf(c).has(before.lower));
}

/** Is there a sentence break between words a and b (a before b)? */
function breakBetween(text: string, a: Word, b: Word, c: CompiledPack): boolean {
  const gap = text.slice(a.end, b.start);
  if (/[!?;\n]/.test(gap)) return true;
  if (!gap.includes('.')) return false;
  const titles = titleAbbreviationsOf(c);
  const between = text.slice(a.start, b.start);
  FULL_STOP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_STOP.exec(between)) !== null) if (!titles.has((m[1] as string).toLowerCase())) return true;
  return false;
}

/**
 * Is the name at word i the one the writer addresses: closed by "!" or an emoji, with a greeting
 * or thanks of the pack at most five words before it in its clause ("Thx for the ride Kofi!!",
 * "(hi Craig 👋)", "gracias Yesenia 🙏")?
 */
function addressed(text: string, words: readonly Word[], i: number, l: PeopleLists): boolean {
  const w = words[i] as Word;
  if (!/^[\s\u00a0]?(?:!|\p{Extended_Pictographic})/u.test(text.slice(w.end, w.end + 3))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const x = words[k] as Word;
    if (/[.!?;:\n]/.test(text.slice(x.end, (words[k + 1] as Word).start))) return false;
    if (l.addressWords.has(x.lower)) return true;
  }
  return false;
}

/** Where a text, a line or a sentence opens, before a greeting: start, a newline, an end mark or an emoji. */
const MESSAGE_OPEN = /(?:^|[\n.!?\p{Extended_Pictographic}])[\s\u00a0"'\u201c*]{0,3}$/u;
/** After the name a salutation names: a comma, a colon, "!" or the end of its line. */
const SALUTATION_CLOSE = /^(?:[\s\u00a0]?[,:!]|[\s\u00a0]*(?:\n|$))/;

/**
 * Is the name at word i the one a letter opens with, after one of the pack's `letterGreetings`
 * ("Dear Ginny, I'm writing this from the rehab wing", "Querida Maribel: el abuelo ya está en
 * casa")? The greeting opens the text, a line or a sentence, the given name (and surname) follows
 * it and a comma, a colon, "!" or the line's end closes it. A casual greeting ("Hi Priya, I'll be
 * out Friday") opens a message to a colleague as often, so it names no one here.
 */
function salutation(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  const greeting = words[i - 1];
  if (!greeting || !l.letterGreetings.has(greeting.lower) || !SPACE.test(text.slice(greeting.end, (words[i] as Word).start))) return false;
  if (!MESSAGE_OPEN.test(text.slice(Math.max(0, greeting.start - 4), greeting.start))) return false;
  return SALUTATION_CLOSE.test(text.slice(nameEndAt(text, words, i, c)));
}

/**
 * Is the name at word i what the writer does something to: "I drove Priyanka to Mass General"
 * (the writer as subject, one verb, the name), "le mandé la foto a Memo", "se lo das a Ale" (the
 * pack's object marker after a lower-case word, in a sentence where the writer speaks of
 * themself)? A town of the gazetteer is no person here ("fui a Houston").
 */
function objectOfWriter(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists, ctx: TextContext): boolean {
  const w = words[i] as Word;
  const verb = words[i - 1];
  const subject = words[i - 2];
  if (!verb || !SPACE.test(text.slice(verb.end, w.start))) return false;
  if (subject && l.subjects.has(subject.lower) && verb.text === verb.lower && SPACE.test(text.slice(subject.end, verb.start)) && !c.placeCuesBefore.has(verb.lower)) return !isUsPlace(w.text);
  if (!l.objectMarkers.has(verb.lower) || verb.text !== verb.lower || !subject || subject.text !== subject.lower) return false;
  return !isUsPlace(w.text) && isFirstPersonAt(ctx, w.start, c);
}

/** Where the name found at word i ends: its surname joined by one space, if capitalised and not a cue. */
function nameEndAt(text: string, words: readonly Word[], i: number, c: CompiledPack): number {
  const w = words[i] as Word;
  if (POSSESSIVE.test(w.text)) return w.end - 2;
  const next = words[i + 1];
  if (next && text.slice(w.end, next.start) === ' ' && isCapitalized(next.text) && !isUpperWord(next.text) && !c.notNames.has(next.lower) && !c.placeCuesBefore.has(next.lower) && !c.months.has(next.lower)) {
    return POSSESSIVE.test(next.text) ? next.end - 2 : next.end;
  }
  return w.end;
}

/**
 * Is the name at word i carried somewhere: a verb of the pack's `carryVerbs` in lower case right
 * before it, one of its `carryEnds` right after the name ("drive Jayden to practice", "took Walt
 * Pruitt home", "picked Tessa up")? A town of the gazetteer that is no given name is no person here.
 */
function carried(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  const verb = words[i - 1];
  const w = words[i] as Word;
  if (!verb || verb.text !== verb.lower || !l.carryVerbs.has(verb.lower) || !SPACE.test(text.slice(verb.end, w.start))) return false;
  if (isUsPlace(w.text) && !isGivenName(w.text)) return false;
  const end = nameEndAt(text, words, i, c);
  let k = i + 1;
  while (k < words.length && (words[k] as Word).start < end) k++;
  const next = words[k];
  return !!next && next.text === next.lower && l.carryEnds.has(next.lower) && SPACE.test(text.slice(end, next.start));
}

/** Is the name at word i (with its surname) followed by a care cue: "keep Dorothy in your prayers"? */
function careFollows(text: string, words: readonly Word[], i: number, l: PeopleLists): boolean {
  if (l.careAfter.length === 0) return false;
  // "keep Betty Lou Harper in your prayers": up to two more capitalised words of the name.
  let k = i + 1;
  while (k < words.length && k <= i + 2 && isCapitalized((words[k] as Word).text) && SPACE.test(text.slice((words[k - 1] as Word).end, (words[k] as Word).start))) k++;
  const next = words[k];
  return !!next && SPACE.test(text.slice((words[k - 1] as Word).end, next.start)) && phraseAfterAt(text, words, k, l.careAfter);
}

/**
 * The name at word i as the subject of what follows: where it ends and the index of the first word
 * after it, or null when it is no subject. After a place cue or a link word it is none ("flu season
 * in Jackson has…"); a full name counts only in a text `aboutPeople` accepts ("Selena Gomez was
 * diagnosed with lupus" in a text about nobody is a public figure's).
 */
function nameAsSubject(
  text: string,
  words: readonly Word[],
  i: number,
  c: CompiledPack,
  l: PeopleLists,
  aboutPeople: () => boolean
): { end: number; next: number } | null {
  const prev = words[i - 1];
  if (prev && (c.placeCuesBefore.has(prev.lower) || l.ofWords.has(prev.lower))) return null;
  const end = nameEndAt(text, words, i, c);
  if (end > (words[i] as Word).end && !aboutPeople()) return null;
  let next = i + 1;
  while (next < words.length && (words[next] as Word).start < end) next++;
  return { end, next };
}

/**
 * Is the name at word i the subject of a health event of the pack: "Bryce rolled his ankle",
 * "Marisol was admitted", "Ava is in the NICU", "Ezra's been in the hospital" (the possessive
 * ending as a contraction)? The event follows the name (and its surname) through at most five of
 * the pack's `healthFillers`, lower-case words of one clause; the event may be written in
 * capitals ("ER").
 */
function healthSubject(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists, ctx: TextContext): boolean {
  if (l.healthVerbs.size === 0 && l.healthEvents.size === 0) return false;
  const subject = nameAsSubject(text, words, i, c, l, () => personalText(ctx, c));
  if (subject === null) return false;
  const end = subject.end;
  let k = subject.next;
  const prevEnd0 = POSSESSIVE.test((words[k - 1] as Word).text) ? (words[k - 1] as Word).end : end;
  let prevEnd = prevEnd0;
  for (let n = 0; k < words.length && n <= 5; k++, n++) {
    const x = words[k] as Word;
    if (!SPACE.test(text.slice(prevEnd, x.start))) return false;
    if (x.text === x.lower && l.healthVerbs.has(x.lower)) return true;
    if (n > 0 && l.healthEvents.has(x.lower) && (x.text === x.lower || isUpperWord(x.text))) return true;
    if (x.text !== x.lower || !l.healthFillers.has(x.lower)) return false;
    prevEnd = x.end;
  }
  return false;
}

/**
 * Is word k a relative of the writer: a relation title in capitals ("Mom", "Grandma") or a
 * possessive of the pack before a relation ("our kids", "my mom")?
 */
function relativeAt(text: string, words: readonly Word[], k: number, c: CompiledPack): boolean {
  const x = words[k];
  if (!x) return false;
  if (isCapitalized(x.text) && !isUpperWord(x.text) && c.relationTitles.has(x.lower)) return true;
  const rel = words[k + 1];
  return x.text === x.lower && c.possessives.has(x.lower) && !!rel && rel.text === rel.lower && c.relations.has(rel.lower) && SPACE.test(text.slice(x.end, rel.start));
}

/** Is there a profession or staff cue of the pack among the twelve words before word i in its sentence ("The night nurse, Marcos, checked on my dad")? */
function staffEarlier(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const w = words[i] as Word;
  for (let k = i - 1; k >= 0 && k >= i - 12 && !breakBetween(text, words[k] as Word, w, c); k--) if (isStaffWord(words[k], c)) return true;
  return false;
}

/**
 * Is the name at word i paired with a relative of the writer by a coordinator of the pack:
 * "Grandma and Hector drove up", "my mom and Hector", "Hector and Grandma"?
 */
function pairedWithRelative(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const w = words[i] as Word;
  const link = words[i - 1];
  if (link && link.text === link.lower && c.coordinators.has(link.lower) && SPACE.test(text.slice(link.end, w.start))) {
    const r = words[i - 2];
    if (r && SPACE.test(text.slice(r.end, link.start))) {
      if (isCapitalized(r.text) && !isUpperWord(r.text) && c.relationTitles.has(r.lower)) return true;
      if (relativeAt(text, words, i - 3, c) && words[i - 2] === r) return true;
    }
  }
  const after = words[i + 1];
  return !!after && after.text === after.lower && c.coordinators.has(after.lower) && SPACE.test(text.slice(w.end, after.start)) && !!words[i + 2] && SPACE.test(text.slice(after.end, (words[i + 2] as Word).start)) && relativeAt(text, words, i + 2, c);
}

/** Does the name at word i act on the writer: "Luca drove me", "Keisha, who drove me", "Marisol me llevó"? */
function actsOnWriter(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  const w = words[i] as Word;
  // "estamos en Florida y nos…", "la Virgen de Guadalupe me…": after a place cue or a link word the name is no subject.
  const prev = words[i - 1];
  if (prev && (c.placeCuesBefore.has(prev.lower) || l.ofWords.has(prev.lower))) return false;
  let prevEnd = w.end;
  for (let k = i + 1; k < words.length && k <= i + 3; k++) {
    const x = words[k] as Word;
    if (!(k === i + 1 ? ACT_GAP : SPACE).test(text.slice(prevEnd, x.start))) return false;
    // "Ellen drives Mom to dialysis", "Naomi watched our kids": a relative of the writer as the object.
    if (k > i + 1 && relativeAt(text, words, k, c) && !staffEarlier(text, words, i, c)) return true;
    if (x.text !== x.lower) return false;
    // "Ring us for…": an object pronoun right after the word makes it a verb where objects follow verbs.
    if (l.objects.has(x.lower)) return !(k === i + 1 && c.pack.objectsAfterVerb);
    // "Keisha, who drove me": a relative pronoun only right after the name.
    if (k > i + 1 && l.relativePronouns.has(x.lower)) return false;
    if (c.coordinators.has(x.lower)) return false;
    prevEnd = x.end;
  }
  return false;
}

/**
 * Is the name at word i followed by where the person is from or lives ("Jolene from Pine Bluff",
 * "Deshawn from Cleveland Heights", "Kenny in Wichita", "Alma desde Nogales", "Gloria, de Pharr")? A town of the gazetteer, one
 * or two words, not the first words of an organisation's name ("from Tulsa Health").
 */
function fromPlace(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): boolean {
  // "the ER at Freeman in Joplin", "admitted to Mercy in Cedar Rapids": after a preposition of a
  // home's street, or a place cue that is no origin cue nor ends a companion cue ("shoutout to
  // Bibi in…", "a review from Kenny in…"), the name is an institution's.
  const prev = words[i - 1];
  if (prev && prev.text === prev.lower) {
    if ((c.pack.homeStreetPrepositions ?? []).includes(prev.lower)) return false;
    if (c.placeCuesBefore.has(prev.lower) && !l.origins.has(prev.lower) && !phraseBeforeAt(text, words, i, l.cues)) return false;
  }
  const cue = words[i + 1];
  const first = words[i + 2];
  if (!cue || !first || !l.origins.has(cue.lower) || cue.text !== cue.lower) return false;
  if (!ACT_GAP.test(text.slice((words[i] as Word).end, cue.start)) || !SPACE.test(text.slice(cue.end, first.start)) || !isCapitalized(first.text)) return false;
  const second = words[i + 3];
  const joined = !!second && SPACE.test(text.slice(first.end, second.start)) && isCapitalized(second.text);
  if (joined && isUsPlace(`${first.text} ${(second as Word).text}`)) return !isCapitalized((words[i + 4] as Word | undefined)?.text ?? '') || !SPACE.test(text.slice(second.end, (words[i + 4] as Word).start));
  return isUsPlace(first.text) && !isGivenName(first.text) && !joined;
}

/**
 * Does the name at word i own a relation or a personal noun named after it in its clause: the
 * pack's `ownerPossessives` and a relation, a personal noun or a health event within six
 * lower-case words ("Dolores, who has driven her husband Frank…", "Marcus shares how his
 * grandmother's hearing aid…", "Tonight Marcus finally ate after his surgery")? A coordinator between
 * ("Kim and her husband") gives the relation to somebody else's pair; a full name in a text in
 * which the writer does not speak of themself is a public figure's ("Taylor Swift thanked her mom").
 */
function ownsRelationAfter(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists, ctx: TextContext): boolean {
  if (l.ownerPossessives.size === 0) return false;
  const subject = nameAsSubject(text, words, i, c, l, () => writerText(ctx, c));
  if (subject === null) return false;
  const end = subject.end;
  let k = subject.next;
  let prevEnd = end;
  for (let n = 0; k < words.length && n <= 6; k++, n++) {
    const x = words[k] as Word;
    if (!(n === 0 ? ACT_GAP : SPACE).test(text.slice(prevEnd, x.start))) return false;
    if (x.text !== x.lower || c.coordinators.has(x.lower)) return false;
    if (n > 0 && l.ownerPossessives.has(x.lower)) {
      const r = words[k + 1];
      // (a curly apostrophe: the word's lower form is normalised, so its case is checked on its text)
      if (!r || r.text !== r.text.toLowerCase() || !SPACE.test(text.slice(x.end, r.start))) return false;
      const owned = POSSESSIVE.test(r.lower) ? r.lower.slice(0, -2) : r.lower;
      // "Marcus finally ate solid food after his surgery": a personal noun or a health event of the
      // pack too, in a text where the writer speaks of themself or a relative ("Selena opened up
      // about her transplant" is a public figure's).
      return c.relations.has(owned) || ((l.personalNouns.has(owned) || l.healthEvents.has(owned)) && personalText(ctx, c));
    }
    prevEnd = x.end;
  }
  return false;
}

/**
 * Where the full name at word i ends when a record's label of the pack follows it ("RE: Patricia
 * Lund, MRN 00562913", "Noah Brandt / DOB 03-22-2014", "member Harold T. Biggs, Member ID …"): a
 * given name of the lexicon, an optional initial and a capitalised surname; -1 otherwise.
 */
function recordNameEnd(text: string, words: readonly Word[], i: number, c: CompiledPack, l: PeopleLists): number {
  if (!l.recordLabelAfter) return -1;
  const w = words[i] as Word;
  let k = i + 1;
  const initial = words[k];
  if (initial && initial.text.length === 1 && isCapitalized(initial.text) && SPACE.test(text.slice(w.end, initial.start)) && text.charAt(initial.end) === '.') k++;
  const surname = words[k];
  if (!surname || !isCapitalized(surname.text) || isUpperWord(surname.text) || POSSESSIVE.test(surname.text) || c.notNames.has(surname.lower)) return -1;
  if (!/^\.?[\s\u00a0]{1,2}$/.test(text.slice((words[k - 1] as Word).end, surname.start))) return -1;
  return l.recordLabelAfter.test(text.slice(surname.end, surname.end + 24)) ? surname.end : -1;
}

/**
 * Is the name at word i followed by where the person of the writer's community is from: one of
 * the pack's `communityOrigins`, an origin cue allowed before it ("Edna from church", "Hal next
 * door", "Dee down the street")?
 */
function fromCommunity(text: string, words: readonly Word[], i: number, l: PeopleLists): boolean {
  if (l.community.length === 0) return false;
  let k = i + 1;
  const cue = words[k];
  if (!cue || !SPACE.test(text.slice((words[i] as Word).end, cue.start))) return false;
  if (l.origins.has(cue.text)) k++;
  const first = words[k];
  return !!first && l.communityFirsts.has(first.lower) && phraseAfterAt(text, words, k, l.community);
}

export function findPeople(text: string, emit: Emit, c: CompiledPack, ctx: TextContext): void {
  const l = listsOf(c);
  if (!l) return;
  forEachTriggerWindow(text, l.triggers, 48, 48, (words) => {
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (!isCapitalized(w.text)) continue;
      const possessive = POSSESSIVE.test(w.text);
      let found = false;
      if (possessive) {
        // "Marlene's neuro appt", "Cody's fundraiser", "Brody's out two weeks with a concussion": a
        // personal noun within four lower-case words of its clause; an eponym ("Addison's disease") is no owner.
        let prevEnd = w.end;
        for (let k = i + 1; k < words.length && k <= i + 4 && !found; k++) {
          const x = words[k] as Word;
          if (x.text !== x.lower || /[,.;:!?()\n\u2014]/.test(text.slice(prevEnd, x.start)) || (k === i + 1 && c.eponymNouns.has(x.lower))) break;
          prevEnd = x.end;
          found = l.personalNouns.has(x.lower);
        }
        // "Ezra's been in the hospital since March": the ending as a contraction before a health event.
        found = found || healthSubject(text, words, i, c, l, ctx);
      } else {
        const prev = words[i - 1];
        const cued = phraseBeforeAt(text, words, i, l.cues) && (isFirstPersonAt(ctx, w.start, c) || personalText(ctx, c));
        // "pray for Marge", "keep Dorothy Vance in your prayers": care for a person of the community, in any sentence.
        const cared = phraseBeforeAt(text, words, i, l.careBefore) || careFollows(text, words, i, l);
        const paired = phraseBeforeAt(text, words, i, l.pairBefore) || (!!words[i + 1] && SPACE.test(text.slice(w.end, (words[i + 1] as Word).start)) && phraseAfterAt(text, words, i + 1, l.pairAfter));
        // "el parto de Mía", "la cirugía de Lupita": a personal noun and a link word before the name.
        const owner =
          !!prev && l.ofWords.has(prev.lower) && SPACE.test(text.slice(prev.end, w.start)) && !!words[i - 2] && l.personalNouns.has((words[i - 2] as Word).lower) && !isUsPlace(w.text);
        found =
          cued ||
          cared ||
          paired ||
          owner ||
          fromPlace(text, words, i, c, l) ||
          fromCommunity(text, words, i, l) ||
          carried(text, words, i, c, l) ||
          actsOnWriter(text, words, i, c, l) ||
          healthSubject(text, words, i, c, l, ctx) ||
          ownsRelationAfter(text, words, i, c, l, ctx) ||
          pairedWithRelative(text, words, i, c) ||
          (addressed(text, words, i, l) && personalText(ctx, c)) ||
          salutation(text, words, i, c, l) ||
          objectOfWriter(text, words, i, c, l, ctx);
      }
      // "Doña Gloria", "don Aurelio Méndez", "Mr. Abernathy": an honorific names a person, in the lexicon or not.
      const title = words[i - 1];
      // "Contact Sister Grace, office ext. 12": after a contact verb of the pack a member's title names the office's contact.
      const member =
        !!title && l.memberTitles.has(title.lower) && isCapitalized(title.text) && !isUpperWord(title.text) && SPACE.test(text.slice(title.end, w.start)) && !l.contactVerbs.has(words[i - 2]?.lower ?? '');
      // An honorific in capitals before a name that is not ("living with MS. Every dollar helps") is an abbreviation closing a sentence.
      const capitalsOnly = !!title && isUpperWord(title.text) && !isUpperWord(w.text);
      if (!possessive && title && !capitalsOnly && l.honorifics.has(title.lower) && /^\.?[\s\u00a0]{1,2}$/.test(text.slice(title.end, w.start))) {
        if (honouredName(text, words, i, c)) emit('person-name', w.start, nameEndAt(text, words, i, c));
        continue;
      }
      // A member's title takes a given name of the lexicons only ("Sister Act", "Brother Bear" are
      // titles of works), and no eponym after it ("Sister Mary Joseph nodule").
      if (!possessive && member) {
        const end = nameEndAt(text, words, i, c);
        let k = i + 1;
        while (k < words.length && (words[k] as Word).start < end) k++;
        const after = words[k];
        // "Please keep Sister Nkechi in your prayers": a name outside the lexicons in a construction of the story.
        if ((isGivenName(w.text) || found) && !(after && c.eponymNouns.has(after.lower)) && honouredName(text, words, i, c)) emit('person-name', w.start, end);
        continue;
      }
      // "RE: Patricia Lund, MRN …", "Noah Brandt / DOB …": the person a record is about.
      if (!possessive && !found) {
        const recordEnd = recordNameEnd(text, words, i, c, l);
        // Staff words after the name belong to the record's addressee ("…, SSN …, requesting records"): only a title or a profession before it makes staff.
        const staffBefore = [words[i - 1], words[i - 2]].some((x) => isStaffWord(x, c) || (!!x && c.staffTitles.has(x.lower)));
        if (recordEnd > 0 && isGivenName(w.text) && !c.notNames.has(w.lower) && !isUpperWord(w.text) && !staffBefore) {
          emit('person-name', w.start, recordEnd);
          continue;
        }
      }
      if (!found || !personalName(text, words, i, c, l)) continue;
      emit('person-name', w.start, nameEndAt(text, words, i, c));
    }
  });
}

const NAME_KINDS = new Set(['relative-name', 'person-name', 'subject-name']);

/**
 * Spaces, one mark (",", ":", "(", a dash) and up to two of the given link words, each with an
 * optional "." and ":" or "#" ("Maricela, tel. 559…", "Dana 505…", "Rhonda at 410-…").
 */
function contactGapOf(links: readonly string[]): RegExp {
  const link = links.length ? `(?:${wordAlternation(links.map((w) => w.toLowerCase()))})\\.?[\\s\\u00a0]{0,2}(?:[:#][\\s\\u00a0]{0,2})?` : '(?!)';
  return nativeRegExp(`^[\\s\\u00a0]{0,2}(?:[,:(\\u2014\\u2013-][\\s\\u00a0]{0,2})?(?:${link}){0,2}\\(?$`, 'iu');
}

/** A person's own contact detail or record: a given name right before one names its owner. */
const CONTACT_KINDS = new Set(['phone', 'email', 'ssn']);

/**
 * Names of the people whose number, address or SSN the text gives (README.md, "People in a
 * story"): a given name of the lexicons, with its surname, right before a phone, an email or an
 * SSN that the detectors kept as personal ("call Dana 505 555 0195", "text Rhonda at 410-…",
 * "Esposa: Maricela, tel. 559…", "Contacto: Mari 210.555.0173", "(Anthony, 561-08-9932)"). The
 * clinic's own lines never reach here, and a title or a profession near the name keeps a staff
 * member's name out, as everywhere in this file; so does a business's mailbox ("Jane Doe,
 * jane.doe@sunriseclinic.com") and a possessive before the word ("my London number"). Runs on the
 * findings only.
 */
export function findContactNames(text: string, found: readonly Candidate[], c: CompiledPack): Candidate[] {
  const l = listsOf(c);
  if (!l) return [];
  const out: Candidate[] = [];
  const overlapsFound = overlapIndex(found);
  let looked = 0;
  for (const f of found) {
    if (!CONTACT_KINDS.has(f.kind) || ++looked > 64) continue;
    // "Jane Doe, jane.doe@sunriseclinic.com": a name before a business's mailbox is its employee's.
    if (f.kind === 'email' && isBusinessName((text.slice(f.start, f.end).split('@')[1] ?? '').split('.')[0] ?? '', c.businessWords)) continue;
    const words = wordsIn(text, f.start - 48, f.start);
    let k = words.length - 1;
    while (k >= 0 && (words[k] as Word).end > f.start) k--;
    // The name's last word: before at most two link words, with only the gap's characters between.
    for (let back = 0; back < 3 && k >= 0; back++, k--) {
      const w = words[k] as Word;
      // A link word ("at", "Tel.") is part of the gap.
      if (l.contactGap.test(text.slice(w.start, f.start))) continue;
      if (!isCapitalized(w.text) || isUpperWord(w.text) || !l.contactGap.test(text.slice(w.end, f.start))) break;
      const surname = words[k - 1] && SPACE.test(text.slice((words[k - 1] as Word).end, w.start)) && personalName(text, words, k - 1, c, l);
      const first = surname ? k - 1 : k;
      if (!surname && !personalName(text, words, k, c, l)) break;
      // "my London number", "our Chase account": after a possessive the word names a thing the owner has.
      const owner = words[first - 1];
      if (owner && c.possessives.has(owner.lower) && SPACE.test(text.slice(owner.end, (words[first] as Word).start))) break;
      const start = (words[first] as Word).start;
      const end = POSSESSIVE.test(w.text) ? w.end - 2 : w.end;
      if (!overlapsFound(start, end)) out.push({ kind: 'person-name', start, end });
      break;
    }
  }
  return out;
}

/** The index of the word that starts at `at`, or -1. */
function wordAt(words: readonly Word[], at: number): number {
  for (let k = 0; k < words.length; k++) if ((words[k] as Word).start === at) return k;
  return -1;
}

/**
 * The name listed next to the name at words [i, j) (README.md, "People in a story"): after it
 * (`dir` 1) or before it (`dir` -1), joined by a comma, a coordinator of the pack or both ("Herb
 * and Lorraine", "Mom, Dad, Lucia and I", "Bev & Hal"). Returns the word index or -1.
 */
function listedNext(text: string, words: readonly Word[], i: number, j: number, dir: 1 | -1, c: CompiledPack): number {
  const gapOk = (a: number, b: number): 'comma' | 'link' | null => {
    const gap = text.slice(a, b);
    if (/^,[\s\u00a0]{1,2}$/.test(gap)) return 'comma';
    const mid = gap.trim();
    return /^[\s\u00a0]{1,2}\S+[\s\u00a0]{1,2}$/.test(gap) && c.coordinators.has(mid) ? 'link' : null;
  };
  const spaced = (a: number, b: number, comma: boolean): boolean => (comma ? /^,?[\s\u00a0]{1,2}$/ : SPACE).test(text.slice(a, b));
  if (dir === 1) {
    const last = words[j - 1] as Word;
    const a = words[j];
    if (!a) return -1;
    const g = gapOk(last.end, a.start);
    // "Mia, Leo, and Rosie": a comma, then a coordinator.
    if (g === 'comma' && c.coordinators.has(a.lower) && words[j + 1] && SPACE.test(text.slice(a.end, (words[j + 1] as Word).start))) return j + 1;
    if (g) return j;
    if (c.coordinators.has(a.lower) && spaced(last.end, a.start, true) && words[j + 1] && SPACE.test(text.slice(a.end, (words[j + 1] as Word).start))) return j + 1;
    return -1;
  }
  const first = words[i] as Word;
  const b = words[i - 1];
  if (!b) return -1;
  if (gapOk(b.end, first.start)) return i - 1;
  const before = words[i - 2];
  if (c.coordinators.has(b.lower) && SPACE.test(text.slice(b.end, first.start)) && before && spaced(before.end, b.start, true)) return i - 2;
  return -1;
}

/**
 * Names of the story found again (README.md, "People in a story"): each other occurrence of a
 * name already found as a relative's or a person's ("Theo had his tonsils out. My son Theo…"),
 * and a given name listed with a found name ("Herb and Lorraine", "my sister Renata and
 * Joaquin"), unless a title, a profession or a proper name makes it a clinician's or a part. Runs
 * on the findings only: one look-up per distinct name and a window around each finding.
 */
export function findNamesAgain(text: string, found: readonly Candidate[], c: CompiledPack, from: readonly Candidate[] = found): Candidate[] {
  const l = listsOf(c);
  if (!l) return [];
  const out: Candidate[] = [];
  const overlapsFound = overlapIndex(found);
  const taken = (s: number, e: number): boolean => overlapsFound(s, e) || out.some((f) => f.start < e && s < f.end);
  // Bounded work on hostile input: 16 distinct names, 64 names found again. `from`: the names to
  // look for again (all of `found` by default; the names found near identifiers on a second call).
  const queue = from.filter((f) => NAME_KINDS.has(f.kind)).slice(0, 64);
  const seen = new Set<string>();
  for (const f of queue) {
    if (f.kind === 'subject-name' || seen.size >= 16 || out.length >= 64) continue;
    const first = (text.slice(f.start, f.end).split(/[\s\u00a0]/)[0] ?? '').replace(POSSESSIVE, '');
    if (first.length < 3 || !isCapitalized(first) || isUpperWord(first) || seen.has(first)) continue;
    seen.add(first);
    for (let at = text.indexOf(first); at >= 0 && out.length < 64; at = text.indexOf(first, at + first.length)) {
      const after = at + first.length;
      if ((at > 0 && isLetterCode(text.charCodeAt(at - 1))) || isLetterCode(text.charCodeAt(after)) || taken(at, after)) continue;
      const words = wordsIn(text, at - 48, after + 48);
      const i = wordAt(words, at);
      if (i >= 0 && nameInStory(text, words, i, c, l)) out.push({ kind: f.kind, start: at, end: nameEndAt(text, words, i, c) });
    }
  }
  // Lists: a given name joined to a found name, in either direction, and on along the list.
  const list = [...queue, ...out.filter((f) => !queue.includes(f))];
  for (let q = 0; q < list.length && q < 64; q++) {
    const f = list[q] as Candidate;
    const words = wordsIn(text, f.start - 48, f.end + 48);
    const i = wordAt(words, f.start);
    if (i < 0) continue;
    let j = i + 1;
    while (j < words.length && (words[j] as Word).start < f.end) j++;
    for (const dir of [1, -1] as const) {
      const k = listedNext(text, words, i, j, dir, c);
      if (k < 0) continue;
      const w = words[k] as Word;
      if (POSSESSIVE.test(w.text) && dir === -1) continue;
      const end = dir === 1 ? nameEndAt(text, words, k, c) : w.end;
      if (taken(w.start, end) || !personalName(text, words, k, c, l)) continue;
      const kind = f.kind === 'subject-name' ? 'person-name' : f.kind;
      const next = { kind, start: w.start, end } as Candidate;
      out.push(next);
      list.push(next);
    }
  }
  return out;
}

/** A word that makes the capitalised word after it part of a place's or an institution's name ("St. Luke's", "San José", "Fort Wayne"). */
const PLACE_OPENER = /^(?:st|ste|saint|san|santa|santo|mount|mt|fort|ft|lake|port)$/i;

/**
 * Names of the people around a text's identifiers (README.md, "People in a story"): a text that
 * already gives a phone, a date, an address or a record number is about private people, and a
 * common given name near one of those is reported as a person's name with no further cue
 * ("Who: Tomas | Task: took Mom to ortho … Notes: next visit 7/29", "Jimmy can you pull the
 * statements? … her SSN (412-66-8093)", "— comment by Sofia"). Only the common given names of
 * ../data (5,000 US births since 1930, 50,000 for a name that is also a word) and the pack's own;
 * the exclusions of every name (a title or a profession near it, a pet, a part of a proper name or
 * a business) apply, and a word after "St." or "San" opens a place. A text without an identifier
 * gets nothing from here, so a look-alike (with no finding) never gains one. Bounded: the
 * surroundings (near.ts) of the first 64 identifiers, 64 names.
 */
export function findNamesNearIdentifiers(text: string, found: readonly Candidate[], c: CompiledPack): Candidate[] {
  const l = listsOf(c);
  if (!l) return [];
  const out: Candidate[] = [];
  const overlapsFound = overlapIndex(found);
  // Names are no anchors: names lead to names through the lists of findNamesAgain only. "Jane Doe,
  // jane.doe@sunriseclinic.com": a business's mailbox is its employee's, as in findContactNames.
  const anchor = (f: Candidate): boolean =>
    !NAME_KINDS.has(f.kind) && !(f.kind === 'email' && isBusinessName((text.slice(f.start, f.end).split('@')[1] ?? '').split('.')[0] ?? '', c.businessWords));
  forEachWindowNearIdentifiers(text, found, anchor, (words) => {
    for (let i = 0; i < words.length && out.length < MAX_NEAR; i++) {
      const w = words[i] as Word;
      if (!isCapitalized(w.text) || overlapsFound(w.start, w.end)) continue;
      const last = out[out.length - 1];
      if (last && w.start < last.end) continue;
      const bare = POSSESSIVE.test(w.text) ? w.text.slice(0, -2) : w.text;
      if (!(isCommonGivenName(bare) || c.packGivenNames.has(bare.toLowerCase()))) continue;
      const prev = words[i - 1];
      if (prev && PLACE_OPENER.test(prev.text) && /^\.?[\s\u00a0]{1,2}$/.test(text.slice(prev.end, w.start))) continue;
      // A name that is also a place, after a place cue or qualifying the noun after a possessive: "from Denver", "my London number".
      if (prev && (isUsPlace(bare) || isCountry(bare) || isCuratedPlace(bare))) {
        const next = words[i + 1];
        if (c.placeCuesBefore.has(prev.lower)) continue;
        if (c.possessives.has(prev.lower) && next && next.text === next.lower && SPACE.test(text.slice(w.end, next.start))) continue;
      }
      if (!personalName(text, words, i, c, l)) continue;
      out.push({ kind: 'person-name', start: w.start, end: nameEndAt(text, words, i, c) });
    }
  });
  return out;
}
