/**
 * The organisation's own details are not the patient's: a clinic phone in "call 608-555-0190 to
 * book", the office address in "find us at…", an event date in "Save the date: our picnic is
 * June 7". A finding of these kinds is dropped when its text speaks as the organisation (the
 * pack's `orgCues`) and its sentence is not about a person (no first person, relation or life
 * event). The clinic's configured phones and domains pass in any case (options).
 */
import { escapeRegex } from '../../scanners/match-utils';
import { isCapitalized, isSpaceCode, norm, sentenceAround, tokenize } from '../text';
import type { Word } from '../text';
import { STATE_CODES, isGivenName, isUsPlace, perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';
import { staffSpeaks } from './names';
import { nativeRegExp } from '../../scanners/native-regexp';

const CONTACT_KINDS = new Set(['phone', 'email', 'street-address', 'zip-code']);
/** Findings that name a person: a sentence with one is about somebody. */
/** The kinds that name a person: the consent's subject, a relative, anybody else. */
export const NAME_KINDS: ReadonlySet<string> = new Set(['relative-name', 'person-name', 'subject-name']);
const FREE_MAIL = /(?:@|\bat\b|\[at\]|\(at\))[\s\u00a0]*(?:gmail|googlemail|yahoo|ymail|aol|outlook|hotmail|live|msn|icloud|me|mac|protonmail|proton|pm|fastmail|gmx|zoho|comcast|att|sbcglobal|verizon|bellsouth|earthlink|cox|charter|frontiernet)\b/i;
/** Mailboxes of a role, not a person: "frontdesk@", "privacy@", "smiles@". */
const ROLE_MAILBOX = /^(?:mail|letters|blooddrive|drives?|fundraising|outreach|rsvp|registration|register|tickets|classes|education|community|listeners?|show|podcast|orders?|sales|shop|alumni|giving|development|volunteers?|communications|navigator|nurses?|triage|pharmacy|intake|info|hello|contact|frontdesk|front\.desk|desk|office|privacy|appointments?|billing|records|scheduling|admin|support|team|smiles|reception|help|care|referrals|marketing|press|media|news|events|careers|jobs|feedback|noreply|no-reply|citas|cita|ayuda|contacto|informes|info|soporte|atencion|atención|recepcion|recepción|pacientes|consultas|facturacion|facturación|administracion|administración|hola|clinica|clínica|donaciones|donativos|donar|dona|empleos|empleo|vacantes|reclutamiento|rrhh|voluntarios|voluntariado|prensa|comunicacion|comunicación|ventas|pedidos|pagos|cobranza|quejas|admisiones|farmacia|laboratorio|resultados|expedientes|privacidad|servicios|enfermeria|enfermería|eventos|inscripciones|becas|donations|donate|hr|hiring|recruiting|payments|lab|results)@/i;
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[\s.-]/;
/** "Call 555…", "Questions? Text us at", "Llame al": the sentence opens with the imperative. */
const IMPERATIVE_CALL = /(?:^|[.!?:;\u2014]\s*|\bor\s)(?:Call|CALL|Text|Phone|Fax|Llame|Llámenos|Llamenos|Marque)(?:\s(?:us|now|today|ya|hoy|ahora|al|a)){0,2}(?:\s(?:at|on))?[\s:]{0,2}$/;
const ASK_FOR_BEFORE = /\bask(?:ing)?[\s\u00a0]for[\s\u00a0]{1,2}$/i;
/** Words of the organisation's voice right before its handle (the pack's `orgHandleLeads`): "DM @x", "book with @x". */
const orgHandleLeads = perPack((c): Set<string> => new Set(c.pack.orgHandleLeads ?? []));
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'him', 'hers', "he's", "she's"]);

export interface TextContext {
  /** The text speaks as the organisation somewhere. */
  org: boolean;
  sentenceWords(offset: number): Set<string>;
  /**
   * Does a word of the whole text (lower case, state codes in capitals kept, the word of a
   * possessive too: what `wordSet` holds) pass `test`? The words are read from the start only as
   * far as the first that passes, and kept for the next question; the answer is kept under `key`
   * (one key, one test). A text about somebody answers in its first words.
   */
  anyWord(key: string, test: (word: string) => boolean): boolean;
}

/**
 * The pack's organisation phrases as regexes for "does the text hold one of them": `lowerCase` runs
 * on the lower-cased text; `anyCase`, when every phrase is ASCII, runs on the text itself with
 * each letter in either case, which is the same test as long as the text has no U+0130 (the only
 * characters whose lower case holds an ASCII letter are the ASCII capitals, U+0130 and the
 * Kelvin sign, which becomes "k").
 */
interface OrgPhraseRegexes {
  lowerCase: RegExp;
  anyCase: RegExp | null;
}

function isAscii(phrase: string): boolean {
  for (let index = 0; index < phrase.length; index++) if (phrase.charCodeAt(index) > 127) return false;
  return true;
}

/** A lower-case ASCII phrase as a pattern that matches it whatever the case: "us" → "[uU][sS]". */
function anyCasePattern(phrase: string): string {
  let pattern = '';
  for (const char of phrase) {
    const upper = char.toUpperCase();
    if (char === 'k') pattern += '[kK\u212a]';
    else if (upper !== char) pattern += `[${char}${upper}]`;
    else pattern += escapeRegex(char);
  }
  return pattern;
}

const orgPhrases = perPack((c): OrgPhraseRegexes | null => {
  const phrases = c.orgPhrases;
  return phrases.length
    ? {
        lowerCase: nativeRegExp(phrases.map(escapeRegex).join('|')),
        anyCase: phrases.every((phrase) => isAscii(phrase) && phrase === phrase.toLowerCase()) ? nativeRegExp(phrases.map(anyCasePattern).join('|')) : null,
      }
    : null;
});

/** `c.orgPhrases.some((p) => text.toLowerCase().includes(p))`, in one regex pass, without lower-casing the text when it can. */
function holdsOrgPhrase(text: string, c: CompiledPack): boolean {
  const regexes = orgPhrases(c);
  if (!regexes) return false;
  if (regexes.anyCase && !text.includes('\u0130')) return regexes.anyCase.test(text);
  return regexes.lowerCase.test(text.toLowerCase());
}

/**
 * The words of a text, lower case. A state code in capitals ("Springfield, MA", "Erie, PA",
 * "Portland, ME") is no word: "ma", "pa" and "me" would read as a relation or the first person.
 */
function wordSet(text: string): Set<string> {
  const set = new Set<string>();
  addWords(tokenize(text), set);
  return set;
}

/** Adds the words to `set` as `wordSet` does; true when one of the added words passes `test`. */
function addWords(words: readonly Word[], set: Set<string>, test?: (word: string) => boolean): boolean {
  let passed = false;
  for (const w of words) {
    const word = w.text.length === 2 && STATE_CODES.has(w.text) ? w.text : w.lower;
    set.add(word);
    if (test && !passed && test(word)) passed = true;
    // "Dad's at 311 Oakmont now": a possessive holds its word ("dad").
    if (/['\u2019]s$/.test(word) && word.length > 3) {
      const owner = word.slice(0, -2);
      set.add(owner);
      if (test && !passed && test(owner)) passed = true;
    }
  }
  return passed;
}

/** The first chunk of a text `anyWord` reads; each next one is twice as long, up to the last. */
const FIRST_CHUNK = 512;
const LAST_CHUNK = 65_536;

export function textContext(text: string, c: CompiledPack): TextContext {
  let org = holdsOrgPhrase(text, c);
  if (!org) for (const w of tokenize(text)) if (c.orgCues.has(w.lower)) { org = true; break; }
  const cache = new Map<string, Set<string>>();
  // The words of text[0, read), and the answers given so far.
  const seen = new Set<string>();
  let read = 0;
  let chunk = FIRST_CHUNK;
  const answers = new Map<string, boolean>();
  return {
    org,
    anyWord(key: string, test: (word: string) => boolean): boolean {
      let answer = answers.get(key);
      if (answer !== undefined) return answer;
      answer = false;
      for (const word of seen) {
        if (test(word)) {
          answer = true;
          break;
        }
      }
      while (!answer && read < text.length) {
        // Chunks end before a space, where no word goes on, so they hold the words of the whole text.
        let to = Math.min(text.length, read + chunk);
        while (to < text.length && !isSpaceCode(text.charCodeAt(to))) to++;
        answer = addWords(tokenize(text.slice(read, to)), seen, test);
        read = to;
        chunk = Math.min(LAST_CHUNK, chunk * 2);
      }
      answers.set(key, answer);
      return answer;
    },
    sentenceWords(offset: number): Set<string> {
      const { start, end } = sentenceAround(text, offset);
      const key = `${start}:${end}`;
      let set = cache.get(key);
      if (!set) {
        set = wordSet(text.slice(start, end));
        cache.set(key, set);
      }
      return set;
    },
  };
}

/** The pack's words for one patient ("patient", "paciente"): a sentence about one is about a person. */
const patientWords = perPack((c): Set<string> => new Set((c.pack.patientWords ?? []).map(norm)));

/** Ordinal endings left by the tokenizer after digits (the pack's `ordinalEnds`): "10,000th patient" → "th". */
const ordinalEnds = perPack((c): Set<string> => new Set(c.pack.ordinalEnds ?? []));

/**
 * Does the sentence at `offset` speak of one patient ("our patient, Imogen Vance,", "Un paciente
 * dejó olvidada una cartera", "nuestra paciente Yaritza")? A patient word of the pack after an
 * article, a possessive or an ordinal; in a language whose modifiers come before the noun
 * (English: "our patient portal", "patient education night") it must be followed by a
 * punctuation mark or a capitalised name, unless the pack says its modifiers follow the noun.
 */
function patientIn(text: string, offset: number, c: CompiledPack): boolean {
  const list = patientWords(c);
  if (list.size === 0) return false;
  const { start, end } = sentenceAround(text, offset);
  const words = tokenize(text.slice(start, end));
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!list.has(w.lower) || w.text !== w.lower) continue;
    const prev = (words[i - 1] as Word).lower;
    if (!(c.articles.has(prev) || c.possessives.has(prev) || c.indefiniteWords.has(prev) || ordinalEnds(c).has(prev) || /['\u2019]s$/.test(prev))) continue;
    if (c.pack.nounModifiersAfter) return true;
    const next = words[i + 1];
    const gap = next ? text.slice(start + w.end, start + next.start) : '';
    if (!next || /[,(:\u2014\u2013]/.test(gap) || isCapitalized(next.text)) return true;
  }
  return false;
}

/** Relation words that name one person ("wife", "son"), not a group ("children", "friends": the pack's `groupRelations`). */
const personalRelations = perPack((c): Set<string> => {
  const groups = new Set(c.pack.groupRelations ?? []);
  return new Set([...c.relations].filter((r) => !groups.has(r)));
});

function some(words: Set<string>, list: Set<string>): boolean {
  for (const w of words) if (list.has(w)) return true;
  return false;
}

/** The first person singular when a pack names none (English). */
export const EN_FIRST_PERSON = ['my', 'i', "i'm", 'me', 'mine'];

/** Does the writer speak of themself in these words (the pack's `firstPersonWords`, default English)? */
function speaksOfSelf(words: Set<string>, c: CompiledPack): boolean {
  return (c.pack.firstPersonWords ?? EN_FIRST_PERSON).some((w) => words.has(w));
}

export function isFirstPersonAt(ctx: TextContext, offset: number, c: CompiledPack): boolean {
  const words = ctx.sentenceWords(offset);
  return speaksOfSelf(words, c) || some(words, c.relations);
}

/** Is word i owned by the organisation: "our PA", "our new PA", "our new physical therapist" (the pack's possessives that are organisation cues)? */
function orgOwned(words: readonly Word[], i: number, c: CompiledPack): boolean {
  const own = (w: Word | undefined): boolean => !!w && c.orgCues.has(w.lower) && c.possessives.has(w.lower);
  const lower = (w: Word | undefined): boolean => !!w && w.text === w.lower;
  return own(words[i - 1]) || (lower(words[i - 1]) && (own(words[i - 2]) || (lower(words[i - 2]) && own(words[i - 3]))));
}

/**
 * Does the sentence at `offset` name a clinician? A short title ("Dr") counts before a name, not
 * as a street suffix after one ("300 Hillcrest Dr").
 */
function staffIn(text: string, offset: number, c: CompiledPack): boolean {
  const { start, end } = sentenceAround(text, offset);
  const words = tokenize(text.slice(start, end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // "Meet our new PA, Kayla Brooks, who joins us from Iowa City", "our pharmacist Linda": a
    // profession the organisation calls its own (one lower-case word between), before a name.
    if (c.professions.has(w.lower) && orgOwned(words, i, c) && words[i + 1] && isCapitalized((words[i + 1] as Word).text) && /^,?[\s\u00a0]{1,2}$/.test(text.slice(start + w.end, start + (words[i + 1] as Word).start))) return true;
    // "Meet Tom, our new physical therapist from Boise!": a given name (no town: "desde Brownsville,
    // nuestro equipo…") apposed to the profession the organisation owns.
    if (c.professions.has(w.lower) && orgOwned(words, i, c)) {
      let k = i - 1;
      while (k >= 0 && !(c.orgCues.has((words[k] as Word).lower) && c.possessives.has((words[k] as Word).lower))) k--;
      const name = words[k - 1];
      if (k > 0 && name && isGivenName(name.text) && !isUsPlace(name.text) && /^,[\s\u00a0]{1,2}$/.test(text.slice(start + name.end, start + (words[k] as Word).start))) return true;
    }
    if (!c.staffCues.has(w.lower)) continue;
    const prev = words[i - 1];
    // "her doctor found a lump", "mi médico dice": the patient's clinician, not a biography.
    if (prev && c.possessives.has(prev.lower) && w.text === w.lower) continue;
    const next = words[i + 1];
    // "transporte médico", "equipo médico": a staff word of the pack that is also an adjective,
    // after a noun, with no name after it.
    const adjective =
      (c.pack.staffAdjectives ?? []).includes(w.lower) && !!prev && prev.text === prev.lower && !c.articles.has(prev.lower) && !c.staffCues.has(prev.lower) && !(next && isCapitalized(next.text));
    if (w.lower.length > 3) {
      if (adjective) continue;
      return true;
    }
    // "Hillcrest Dr" is a street; "La Dra. Ramírez" (an article first) is a clinician.
    const afterName = !!prev && isCapitalized(prev.text) && !c.notNames.has(prev.lower) && /^[\s\u00a0]$/.test(text.slice(start + prev.end, start + w.start));
    if (!afterName && !!next && isCapitalized(next.text)) return true;
  }
  return false;
}

/**
 * Does the sentence at `offset` name a relative of somebody other than a third person ("Fr.
 * Mike's mother", "my aunt"), rather than a staff member's own ("her husband")?
 */
function relativeOfSomebody(text: string, offset: number, c: CompiledPack): boolean {
  const { start, end } = sentenceAround(text, offset);
  const words = tokenize(text.slice(start, end));
  const self = new Set(c.pack.firstPersonWords ?? EN_FIRST_PERSON);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!c.relations.has(w.lower)) continue;
    const prev = words[i - 1] as Word;
    if (self.has(prev.lower) || /['\u2019]s$/.test(prev.lower)) return true;
  }
  return false;
}

/** Does the sentence at `offset` end with a question mark? */
function isQuestionAt(text: string, offset: number): boolean {
  const { end } = sentenceAround(text, offset);
  return text.charCodeAt(end) === 63;
}

/** An offset in the sentence before the one at `offset` (or `offset` itself in the first sentence). */
function sentenceBefore(text: string, offset: number): number {
  const { start } = sentenceAround(text, offset);
  let i = start - 1;
  while (i > 0 && /[\s.!?]/.test(text.charAt(i))) i--;
  return Math.max(0, i);
}

/** Does an organisation phrase of the pack ("find us", "nuestra clínica") come before `offset` in its sentence? */
function orgPhraseBefore(text: string, offset: number, c: CompiledPack): boolean {
  const start = sentenceAround(text, offset).start;
  const lead = text.slice(start, offset).toLowerCase();
  if (c.orgPhrases.some((p) => lead.includes(p))) return true;
  // "a free dinner seminar on joint pain at Carrabba's in Naperville": the organisation's event
  // (a noun of the pack's `eventNouns`) earlier in the sentence, within about ten words.
  const events = c.pack.eventNouns ?? [];
  if (events.length && tokenize(text.slice(Math.max(start, offset - 72), offset)).some((w) => w.text === w.lower && events.includes(w.lower))) return true;
  // "Atendemos en Los Ángeles", "We serve Tulsa": the organisation's cue word right before the place's cue.
  const before = tokenize(text.slice(Math.max(start, offset - 32), offset));
  const cue = before[before.length - 2];
  return !!cue && c.orgCues.has(cue.lower) && !c.possessives.has(cue.lower);
}

/**
 * Between the parts of one address: commas, spaces, a suite or unit and a state code ("759 Elm
 * St, Suite 3, Springfield, MA 01199").
 */
const ADDRESS_GAP = /^[\s\u00a0]{0,2},?[\s\u00a0]{0,2}(?:(?:suite|ste|apt|apto|unit|int|depto|piso|#)\.?[\s\u00a0]?[\p{L}\p{N}-]{1,6},[\s\u00a0]{1,2})?(?:[A-Z]{2}[\s\u00a0]{1,2})?$/iu;

/**
 * Places inside an address of the organisation that was dropped ("write to 759 Elm St,
 * Springfield, MA 01199"; "nueva sede: 13171 Van Nuys Blvd, Pacoima, CA 91331") go with it.
 */
function dropAddressPlaces(text: string, found: Candidate[], kept: Candidate[]): Candidate[] {
  if (kept.length === found.length) return kept;
  const dropped = found.filter((f) => (f.kind === 'street-address' || f.kind === 'zip-code') && !kept.includes(f));
  if (dropped.length === 0) return kept;
  const joined = (a: Candidate, b: Candidate): boolean => a.end <= b.start && b.start - a.end <= 24 && ADDRESS_GAP.test(text.slice(a.end, b.start));
  // In order along the text, so a ZIP after a dropped street's town goes too ("…, Kissimmee, FL 34741").
  const out: Candidate[] = [];
  for (const f of [...kept].sort((a, b) => a.start - b.start)) {
    // A name inside the dropped address ("Calle Tito Castro") is the street's.
    if (dropped.some((d) => d.kind === 'street-address' && d.start <= f.start && f.end <= d.end)) continue;
    if ((f.kind === 'place' || f.kind === 'zip-code') && dropped.some((d) => joined(d, f) || (f.kind === 'place' && joined(f, d)))) dropped.push(f);
    else out.push(f);
  }
  return out;
}

/** Titles before a surname in a greeting or an appointment ("Mr. Okafor", "Don Efrén"). */
const TITLES = '(?:Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Don|Doña|Dona)\\.?[\\s\\u00a0]{1,2}\\p{Lu}';
const NAME = "(\\p{Lu}[\\p{L}'\\u2019\\-]{1,20})";

interface AddressRes {
  /** "Hi Dolores,", "Hola Yesenia,", "Dear Mr. Okafor": a greeting to one person. */
  greeting: RegExp | null;
  /** Any appointment word ("appt", "cita"); the words around it are read in code. */
  appointmentWord: RegExp | null;
}

/** After an appointment word: "for Gordon", "de Don Efrén", "for Mr. Okafor". */
const FOR_NAME = nativeRegExp(`^[\\s\\u00a0]{1,2}(?:for|de|para)[\\s\\u00a0]{1,2}(?:${TITLES}|${NAME}(?![\\p{L}]))`, 'u');
/** Before an appointment word: "Tomas's post-op ", "Gordon's ". */
const NAME_OWNS = nativeRegExp(`${NAME}['\\u2019]s[\\s\\u00a0]{1,2}(?:[\\p{L}\\-]{1,15}[\\s\\u00a0]{1,2})?$`, 'u');

const addressRegexes = perPack((c): AddressRes => {
  // The words in either case of their first letter ("Hi", "hi"); the name after them capitalised.
  const alt = (list: readonly string[]): string =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${escapeRegex(w.slice(1))}`)
      .join('|');
  const greetings = c.pack.greetings ?? [];
  const appointments = c.pack.appointmentWords ?? [];
  return {
    greeting: greetings.length
      ? nativeRegExp(`(?:^|[.!?:\\n][\\s\\u00a0]{0,2})(?:${alt(greetings)})[\\s\\u00a0]{1,2}(?:${TITLES}|${NAME}[\\s\\u00a0]{0,2}[,!:.])`, 'gu')
      : null,
    appointmentWord: appointments.length ? nativeRegExp(`\\b(?:${alt(appointments)})(?![\\p{L}])`, 'gu') : null,
  };
});

/**
 * Does the organisation write to one person ("Hi Dolores, reminder: your prep starts 10/22",
 * "Hola Yesenia, su cita es el martes 14 de octubre", "confirming Tomas's post-op visit on Thu
 * Oct 9", "reminder for Mr. Okafor")? Then the dates in the text are that person's appointments,
 * not the organisation's events. The name must be a given name (a title needs none); after a
 * greeting, any capitalised name counts when the text speaks of an appointment.
 */
function addressedToPerson(text: string, c: CompiledPack): boolean {
  const { greeting, appointmentWord } = addressRegexes(c);
  if (!appointmentWord) return false;
  const given = (name: string | undefined): boolean => name === undefined || isGivenName(name) || c.packGivenNames.has(norm(name));
  let appointment = false;
  appointmentWord.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = appointmentWord.exec(text)) !== null) {
    appointment = true;
    const end = m.index + m[0].length;
    const after = FOR_NAME.exec(text.slice(end, end + 40));
    if (after && given(after[1])) return true;
    const before = NAME_OWNS.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (before && given(before[1])) return true;
  }
  if (!greeting) return false;
  greeting.lastIndex = 0;
  while ((m = greeting.exec(text)) !== null) {
    const name = m[1];
    if (given(name)) return true;
    // A name the lexicon lacks ("Hola Yesenia,") counts after a greeting when the text speaks of an appointment.
    if (appointment && name !== undefined && !c.notNames.has(norm(name))) return true;
  }
  return false;
}

/** Words of booking before an appointment (the pack's `bookingWords`): the organisation invites ("Book your appt today! … Oct 12"). */
const bookingWords = perPack((c): Set<string> => new Set(c.pack.bookingWords ?? []));

/**
 * Is the date at `start` one reader's appointment: an appointment word of the pack owned by the
 * reader's possessive ("your appt", "your colonoscopy", the pack's `readerPossessives`) earlier in
 * its sentence, within about ten words, and no booking word before it ("Book your appt today")?
 */
function appointmentOfReader(text: string, start: number, c: CompiledPack): boolean {
  const readers = c.pack.readerPossessives ?? [];
  const appointments = c.pack.appointmentWords ?? [];
  if (!readers.length || !appointments.length) return false;
  const sentence = sentenceAround(text, start).start;
  const words = tokenize(text.slice(Math.max(sentence, start - 80), start));
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!appointments.includes(w.lower)) continue;
    // "your appt", "your follow-up colonoscopy": the reader's possessive, one word between allowed.
    const owner = readers.includes((words[i - 1] as Word).lower) ? i - 1 : i >= 2 && readers.includes((words[i - 2] as Word).lower) ? i - 2 : -1;
    if (owner < 0) continue;
    if (words.slice(0, owner).some((x) => bookingWords(c).has(x.lower))) return false;
    return true;
  }
  return false;
}

/** Drops the organisation's own contact details and event dates (see the module comment). */
export function dropOrganisationDetails(text: string, found: Candidate[], c: CompiledPack, ctx: TextContext): Candidate[] {
  if (found.length === 0) return found;
  const kept = keepPersonalDetails(text, found, c, ctx).filter((f) => !businessContact(text, f, c, ctx));
  // A person's own number or address the organisation writes back ("we've got 07700 900318 as
  // your mobile", "we have your address as 3 Millbrook Lane, Totnes TQ9 5HD") stays, and the
  // town and postcode written right after such an address stay with it.
  const own = kept.length < found.length ? found.filter((f) => !kept.includes(f) && (ownNumber(text, f) || ownAddress(text, f))) : [];
  return dropAddressPlaces(text, found, own.length ? withAddressParts(text, found, kept.concat(own), own) : kept);
}

/** Somebody's own address named before it: "your address as", "my home address is", "su domicilio:". */
const OWN_ADDRESS_LEAD = /(?:^|[^\p{L}])(?:your|my|his|her|tu|mi|su)[\s\u00a0](?:(?:home|postal|mailing|billing|delivery|new|current|registered)[\s\u00a0])?(?:address|direcci[oó]n|domicilio)(?:[\s\u00a0](?:is|as|es|was|now|still|on[\s\u00a0]file))*[\s\u00a0:.-]{0,3}$/iu;

/** Is the street address at `f` named as a person's own ("your address as", "my new address:")? */
function ownAddress(text: string, f: Candidate): boolean {
  return f.kind === 'street-address' && OWN_ADDRESS_LEAD.test(text.slice(Math.max(0, f.start - 48), f.start));
}

/** `kept` with the towns and postcodes of `found` written right after one of the `own` addresses ("…, Harrogate HG1 4TE"). */
function withAddressParts(text: string, found: Candidate[], kept: Candidate[], own: Candidate[]): Candidate[] {
  const ends = own.filter((f) => f.kind === 'street-address');
  if (ends.length === 0) return kept;
  const out = [...kept];
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    if (f.kind !== 'place' && f.kind !== 'zip-code') continue;
    if (!ends.some((a) => a.end <= f.start && f.start - a.end <= 24 && ADDRESS_GAP.test(text.slice(a.end, f.start)))) continue;
    if (!out.includes(f)) out.push(f);
    ends.push(f);
  }
  return out;
}

/** Somebody's own mobile or number named before it: "your mobile 07911…", "my cell:", "su celular es el". */
const OWN_NUMBER_LEAD = /(?:^|[^\p{L}])(?:your|my|his|her|tu|mi|su)[\s\u00a0](?:(?:own|new|personal|home|cell|mobile)[\s\u00a0])?(?:mobile|cell|cellphone|cell[\s\u00a0]phone|m[oó]vil|celular|cel|number|n[uú]mero)(?:[\s\u00a0](?:number|no\.?|is|es|el|as))*[\s\u00a0:.]{0,3}$/iu;
/** The number named as somebody's right after it: "07700 900318 as your mobile", "… es mi celular". */
const OWN_NUMBER_AFTER = /^[\s\u00a0,]{0,2}(?:as|is|es|como)[\s\u00a0](?:your|my|his|her|tu|mi|su)[\s\u00a0](?:(?:new|cell|mobile)[\s\u00a0])?(?:mobile|cell|cellphone|number|m[oó]vil|celular|n[uú]mero)(?![\p{L}])/iu;

/** Is the phone at `f` named as a person's own ("your mobile", "my cell", "as your mobile")? */
function ownNumber(text: string, f: Candidate): boolean {
  return f.kind === 'phone' && (OWN_NUMBER_LEAD.test(text.slice(Math.max(0, f.start - 40), f.start)) || OWN_NUMBER_AFTER.test(text.slice(f.end, f.end + 40)));
}

/** A domain naming an institution after the mailbox: "@hospitalsanrafael.org", "@clinicadelvalle.com", "@dhs.texas.gov". */
const INSTITUTION_DOMAIN = /@[^\s@]*(?:hospital|cl[ií]nica|clinic|salud|health|m[eé]dic|farmacia|pharmacy|fundaci[oó]n|foundation|iglesia|parroquia|church|escuela|school)[^\s@]*$|@[^\s@]*\.gov(?:\.\p{L}{2})?$/iu;
/** A full name apposed to the contact after it: "Jane Doe, ", "Rosa María Ortiz: ". */
const FULL_NAME_LEAD = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+){1,2}[\s\u00a0]?[,:(\u2014\u2013-]?[\s\u00a0]{0,2}$/u;
/** Somebody's own mailbox named before it: "mi correo es", "my work address (", "su email:". */
const OWN_MAIL_LEAD = /(?:^|[^\p{L}])(?:mi|mis|my|su|sus|his|her|their)[\s\u00a0](?:\p{L}+[\s\u00a0])?(?:correo|email|e-mail|mail|address|direcci[oó]n|imeil|cuenta)(?![\p{L}])/iu;
/** A line named by its noun and a definite article, with no possessive among the words of its name: "la línea de la Cruz Roja, ", "the hotline for veterans: ". */
const LINE_NOUN_LEAD = /(?:^|[^\p{L}])(?:la|esta|the|this|our)[\s\u00a0](?:\p{L}+[\s\u00a0])?(?:l[ií]nea|hotline|helpline|lifeline)(?:[\s\u00a0]{1,2}(?!(?:mi|mis|su|sus|tu|tus|my|his|her|their)(?![\p{L}]))[\p{L}]+){1,5}[\s\u00a0]?[,:(\u2014\u2013-]?[\s\u00a0]{0,2}(?:es[\s\u00a0](?:el[\s\u00a0])?|is[\s\u00a0]|al[\s\u00a0]|at[\s\u00a0])?$/iu;
/** A world or national day apposed to a date or stated of it: ", Día Mundial del Enfermo", " es el Día Internacional de…", ", World Kidney Day". */
const OBSERVANCE_AFTER = /^[\s\u00a0]*(?:,|:|\u2014|\u2013|-|\(|[\s\u00a0](?:es|fue|será|sera|is|was|will[\s\u00a0]be)(?:[\s\u00a0](?:el|la|the))?)[\s\u00a0]{0,2}(?:(?:D[ií]a|Jornada|Semana|Mes|A[ñn]o)[\s\u00a0](?:Mundial|Internacional|Nacional|Panamericano)|(?:World|International|National)[\s\u00a0](?:\p{Lu}[\p{L}'\u2019-]*[\s\u00a0]){1,3}(?:Day|Week|Month))/u;
/** The observance before the date: "Día Mundial de la Diabetes, 14 de noviembre", "Día Nacional de la Prueba del VIH (27 de junio)". */
const OBSERVANCE_BEFORE = /(?:D[ií]a|Jornada|Semana)[\s\u00a0](?:Mundial|Internacional|Nacional)(?:[\s\u00a0][\p{L}]+){0,5}[\s\u00a0]?(?:,|:|\(|\u2014|\u2013|-)[\s\u00a0]{0,2}(?:(?:el|this|on)[\s\u00a0])?$|(?:World|International|National)(?:[\s\u00a0]\p{Lu}[\p{L}'\u2019-]*){1,3}[\s\u00a0](?:Day|Week|Month)[\s\u00a0]?(?:,|:|\(|\u2014|\u2013|-|is|on)[\s\u00a0]{0,2}$/u;

/**
 * Is the date a world or national day ("el 11 de febrero, Jornada Mundial del Enfermo"), in a
 * sentence with no life event of the pack (its personal cues other than the first-person words)?
 */
function observanceDay(text: string, f: Candidate, c: CompiledPack, ctx: TextContext): boolean {
  if (!OBSERVANCE_AFTER.test(text.slice(f.end, f.end + 48)) && !OBSERVANCE_BEFORE.test(text.slice(Math.max(0, f.start - 72), f.start))) return false;
  const self = c.pack.firstPersonWords ?? EN_FIRST_PERSON;
  for (const w of ctx.sentenceWords(f.start)) if (c.personalCues.has(w) && !self.includes(w) && !c.possessives.has(w)) return false;
  return true;
}

/**
 * A business's contact in any text, whoever speaks: a toll-free number ("Main number is
 * 800-633-4227", "llamé al 1-800-275-2273") in a text about no relative, or a number, address or company mailbox after an
 * imperative to the reader ("Questions? Email support@…", "fax 402-555-0188 or mail to …, PO Box
 * 3400", "Escriba a …") in a sentence about nobody (no first person, relation, third person or
 * life event).
 */
function businessContact(text: string, f: Candidate, c: CompiledPack, ctx: TextContext): boolean {
  // "Get vaccinated before Thanksgiving": a holiday (named, not numbered: the Spanish pack lists
  // "14 de marzo" among its named days) is a day of somebody's life only in a text about somebody.
  if (f.kind === 'date') {
    const day = text.slice(f.start, f.end);
    if (observanceDay(text, f, c, ctx)) return true;
    return !/\d/.test(day) && c.holidayNames.has(norm(day)) && !textAboutSomebody(ctx, c);
  }
  if (!CONTACT_KINDS.has(f.kind)) return false;
  if ((f.kind === 'email' || f.kind === 'phone') && staffSignatureBefore(text, f.start, c)) return true;
  if (f.kind === 'street-address' && afterOrganisationName(text, f.start, c)) return true;
  if (f.kind !== 'zip-code' && !textAboutSomebody(ctx, c) && listedAfterOrganisation(text, f.start, c)) return true;
  // "1 Hospital Drive", "1 Medical Center Dr": a street named after a campus is an institution's.
  if (f.kind === 'street-address' && campusStreet(text.slice(f.start, f.end), c)) return true;
  const lead = text.slice(Math.max(0, f.start - 24), f.start);
  // A toll-free line is a business's, even when the writer called it; a relative who answers it
  // ("my husband answers 1-800-…") is identified by it.
  // A toll-free hotline ("la línea nacional 1-833-…", "the national helpline, 1-800-…") is a business's in any text.
  // The relative must be in the number's own sentence: "…with the grandkids. Talk with our joint
  // team at 800-555-0142" is the business's line (none of the corpus's 136 toll-free numbers in
  // development texts is anybody's identifier).
  if (f.kind === 'phone' && TOLL_FREE.test(text.slice(f.start, f.end))) {
    if (PERSONAL_LEAD.test(lead)) return false;
    if (HOTLINE_LEAD.test(text.slice(Math.max(0, f.start - 40), f.start))) return true;
    for (const w of ctx.sentenceWords(f.start)) if (c.relations.has(w)) return false;
    return true;
  }
  if (f.kind === 'email' && FREE_MAIL.test(text.slice(f.start, f.end))) return false;
  // "tsocial@hospitalsanrafael.org", "recepcion.clinica@saludfamiliar.org": a mailbox at an institution's domain is its
  // office's or its staff's, unless somebody calls it their own ("mi correo del trabajo es …", "my work address (…)").
  // A full name right before it ("Jane Doe, jane.doe@sunriseclinic.com") makes it that person's.
  if (f.kind === 'email' && INSTITUTION_DOMAIN.test(text.slice(f.start, f.end))) {
    const mailLead = text.slice(Math.max(0, f.start - 48), f.start);
    if (!OWN_MAIL_LEAD.test(mailLead) && !FULL_NAME_LEAD.test(mailLead)) return true;
  }
  // "la línea de la Cruz Roja, 787-…", "the hotline, …": a line named by its noun is an organisation's.
  if (f.kind === 'phone' && LINE_NOUN_LEAD.test(lead.length < 24 ? lead : text.slice(Math.max(0, f.start - 56), f.start))) return true;
  if (f.kind === 'phone' && !PERSONAL_LEAD.test(lead)) {
    // "Hi, this is Jordan, pharmacist at Valley Drug … call me back at …": staff who introduced themselves give the office's line.
    if (staffSpeaks(text, c)) return true;
    // "(718) 555-0100 ext. 214": a line with extensions is an office's.
    if (EXTENSION_AFTER.test(text.slice(f.end, f.end + 14))) return true;
    const sentenceLead = text.slice(Math.max(sentenceAround(text, f.start).start, f.start - 96), f.start);
    // "Para sacar cita llamen al …", "To book an appointment, call …": the number books a visit.
    if (BOOKING_LEAD.test(sentenceLead)) return true;
    // "el número de trabajo social del hospital es el …", "the pharmacy's number at the clinic is …".
    if (institutionNumberLead(sentenceLead, c)) return true;
    // "cuando llamé al 305-555-0112 nadie contestó": a number the writer dialled is an office's ("lo llamé al …" is a person's).
    if (DIALLED_LEAD.test(lead)) return true;
    // "Fax completed form to 503-…", "Please fax determination to …": the reader is told to fax an office.
    if (FAX_TO_LEAD.test(sentenceLead)) return true;
  }
  if ((f.kind === 'email' || f.kind === 'phone') && (INFO_LABEL.test(lead) || officeLabelBefore(lead, c)) && !textAboutSomebody(ctx, c)) return true;
  const address = f.kind === 'street-address' || f.kind === 'zip-code';
  const imperative = address ? WRITE_HINT.test(text.slice(Math.max(0, f.start - 96), f.start)) && WRITE_TO.test(text.slice(sentenceAround(text, f.start).start, f.start)) : IMPERATIVE_CONTACT.test(lead);
  if (!imperative) return false;
  // "Orders: text 575-555-0148" in a post about Mama Lupe is hers: the whole text must be about
  // nobody, the words of the address itself aside ("Calle Tito Castro" names no uncle).
  return address ? !aboutSomebody(wordSet(`${text.slice(0, f.start)} ${text.slice(f.end)}`), c) : !textAboutSomebody(ctx, c);
}

/**
 * Is the contact at `start` part of a staff member's signature or contact line: a full name, then
 * a credential in capitals or a job title holding a profession of the pack, then the contact,
 * the parts joined by commas or bars ("— Gail Torres, MSW | Patient Family Liaison | gtorres@…",
 * "Media contact: Jenna Ruiz, Communications Manager, media@…, 555-…")? A state's code is no
 * credential. Bounded: the 120 characters before the contact.
 */
function staffSignatureBefore(text: string, start: number, c: CompiledPack): boolean {
  const parts = text.slice(Math.max(0, start - 120), start).split(/[|,;\u2022]/).map((p) => p.trim());
  if (parts.length < 3 || (parts[parts.length - 1] ?? '') !== '') return false;
  let title = false;
  // From the contact back: other contacts may sit between ("media@…, 555-…"), then titles, then the name.
  for (let k = parts.length - 2; k >= 0 && k >= parts.length - 6; k--) {
    const part = parts[k] as string;
    if (/^[\w.+-]+@[\w.-]+$|^[\d\s().+-]{7,}$|^ext\.?\s?\d+$/i.test(part)) continue;
    const credential = /^[A-Z]{2,5}(?:-[A-Z]{1,2})?$/.test(part) && !STATE_CODES.has(part);
    const words = tokenize(part);
    const jobTitle = words.length > 0 && words.length <= 5 && words.every((w) => isCapitalized(w.text) || nameJoiners(c).has(w.lower)) && words.some((w) => c.professions.has(w.lower) || c.jobTitleWords.has(w.lower));
    if (credential || jobTitle) {
      title = true;
      continue;
    }
    // The name: two or three capitalised words after an optional label ("Media contact: Jenna Ruiz").
    const name = /(?:^|[:\u2014\u2013-]\s?)(\p{Lu}[\p{Ll}'\u2019-]+(?:\s\p{Lu}\.?)?\s\p{Lu}[\p{Ll}'\u2019-]+)$/u.exec(part);
    return title && !!name;
  }
  return false;
}

/** Does the street's name hold one of the pack's campus words ("Hospital Drive", "Medical Center Dr")? */
function campusStreet(address: string, c: CompiledPack): boolean {
  const words = c.pack.campusWords ?? [];
  return words.length > 0 && tokenize(address).some((w) => isCapitalized(w.text) && words.includes(w.lower));
}

/** Lower-case words that may join the capitalised words of an organisation's name (the pack's `nameJoiners`): "Fundación del Hospital DHR". */
const nameJoiners = perPack((c): Set<string> => new Set(c.pack.nameJoiners ?? []));

/**
 * Is the address right after an organisation's name and a comma or colon ("Harbor Point Health,
 * 77 Wharf St", "Centro de Salud Boricua: 1200 W Vine St", "a la Fundación del Hospital DHR,
 * 5501 S McColl Rd")? The name is a run of capitalised words (joined by "of", "de", "del"…) with
 * an institution or business word of the pack among them; an address after a family ("the
 * Hollister family, 1906 Quail Run Dr") stays theirs.
 */
function afterOrganisationName(text: string, start: number, c: CompiledPack): boolean {
  // "Centro Médico Latino, ahora en el 4500…", "Riverside Clinic, now at 12 Elm St": a few lower-case words may come between.
  let lead = text.slice(Math.max(0, start - 64), start);
  if (!/[,:][\s\u00a0]{1,2}$/.test(lead)) lead = lead.replace(/(?:[\s\u00a0]\p{Ll}{1,8}){1,3}[\s\u00a0]$/u, ' ');
  if (!/[,:][\s\u00a0]{1,2}$/.test(lead)) return false;
  const words = tokenize(lead);
  let institution = false;
  let capitals = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (isCapitalized(w.text) || /^\p{Lu}{2,}$/u.test(w.text)) {
      capitals++;
      if (organisationWord(w, c)) institution = true;
      continue;
    }
    if (nameJoiners(c).has(w.lower) && i > 0) continue;
    break;
  }
  return institution && capitals >= 2;
}

const organisationNouns = perPack((c): Set<string> => new Set((c.pack.organisationNouns ?? []).map(norm)));

/**
 * A word that heads an organisation's name: an institution, business or organisation noun of the
 * pack that is no profession or staff title ("Nurse Kate" is a person; "Riverside Clinic",
 * "Bufete Lira & Asociados" are organisations).
 */
function organisationWord(w: Word, c: CompiledPack): boolean {
  if (c.professions.has(w.lower) || c.staffCues.has(w.lower)) return false;
  return c.institutionWords.has(w.lower) || c.businessWords.includes(w.lower) || organisationNouns(c).has(norm(w.text));
}
/** Where the parts of a listing line split: a middle dot, a bar, a bullet, a comma, a semicolon, a colon, an emoji. */
const LISTING_PARTS = /[\u00b7|\u2022,;:\p{Extended_Pictographic}]/u;

/**
 * Is the contact at `start` listed after an organisation's name on its line, as directories,
 * flyers and signs list them ("Parroquia Santa Cecilia · 1800 S Main St · (323) 555-0142",
 * "Proveedor DME: MedSupply OKC, (405) 555-0111", "Head Start del Valle Central, (559) 555-…")?
 * One part of the line before it (at most 120 characters, parts split by `LISTING_PARTS`) is a
 * name of two or more capitalised words (joiners of the pack between) holding an institution,
 * business or organisation noun of the pack that is no profession or staff title ("Nurse Kate will
 * come to 1640 Timberline Ct" names a person). The caller asks that the text be about nobody.
 */
function listedAfterOrganisation(text: string, start: number, c: CompiledPack): boolean {
  const from = Math.max(0, start - 120, text.lastIndexOf('\n', start - 1) + 1);
  const parts = text.slice(from, start).split(LISTING_PARTS);
  for (const part of parts) {
    const words = tokenize(part);
    let capitals = 0;
    let organisation = false;
    let previousEnd = 0;
    for (const w of words) {
      // A number between two words ends a name: "Unit 4/12 Smith St" is a flat's address, not a unit's.
      if (/\d/.test(part.slice(previousEnd, w.start))) {
        capitals = 0;
        organisation = false;
      }
      previousEnd = w.end;
      if (isCapitalized(w.text) || /^\p{Lu}{2,}$/u.test(w.text)) {
        capitals++;
        if (organisationWord(w, c)) organisation = true;
      } else if (!nameJoiners(c).has(w.lower) && w.text !== '&') {
        capitals = 0;
        organisation = false;
      }
      if (organisation && capitals >= 2) return true;
    }
  }
  return false;
}

/** Do these words speak of the writer, a relative, a life event or a third person? */
function aboutSomebody(words: Set<string>, c: CompiledPack): boolean {
  return speaksOfSelf(words, c) || some(words, c.relations) || some(words, c.personalCues) || some(words, THIRD_PERSON);
}

/** `aboutSomebody` over the words of the whole text, reading them only as far as the first that makes it so. */
export function textAboutSomebody(ctx: TextContext, c: CompiledPack): boolean {
  const self = c.pack.firstPersonWords ?? EN_FIRST_PERSON;
  return ctx.anyWord('org:somebody', (w) => self.includes(w) || c.relations.has(w) || c.personalCues.has(w) || THIRD_PERSON.has(w));
}

/** A hotline's noun, a few words of its name, then the number: "la línea nacional ", "the crisis helpline: ". */
const HOTLINE_LEAD = /(?:^|[^\p{L}])(?:l[ií]nea|hotline|helpline|lifeline)(?:[\s\u00a0]{1,2}[\p{L}]+){0,3}[\s\u00a0,:]{1,3}$/iu;
const EXTENSION_AFTER = /^[\s\u00a0,]{0,2}(?:ext\.?|extension|extensión|x)[\s\u00a0]?\d/i;
/** A booking purpose before a number: "para sacar cita llamen al", "to book an appointment, call". */
const BOOKING_LEAD =
  /\b(?:para|to)[\s\u00a0](?:sacar|hacer|pedir|agendar|programar|book|make|schedule|request)[\s\u00a0](?:(?:una|su|an|a|your)[\s\u00a0])?(?:cita|citas|appointment|appointments|appt|visit)\b[^.!?\d]{0,24}$/i;
/** "Info:", "Informes:", "More info:": a label for the reader before a contact. */
const INFO_LABEL = /(?:^|[\s\u00a0.!(])(?:info|informes|información|informacion|more info|details)[\s\u00a0]?:[\s\u00a0]{0,2}$/i;
const officeLabelRegex = perPack((c): RegExp | null => {
  const labels = c.pack.officeLabels ?? [];
  return labels.length ? nativeRegExp(`(?:^|[.!?:;,|\\u2022\\n][\\s\\u00a0]{0,2})(?:${labels.map((l) => l.split(' ').map(escapeRegex).join(GAP)).join('|')})[\\s\\u00a0]?:?[\\s\\u00a0]{0,2}$`, 'iu') : null;
});
/**
 * A label of the pack's `officeLabels` opening its clause right before a contact: "Urgencias: ",
 * "Pedidos al ". Built once per pack.
 */
function officeLabelBefore(lead: string, c: CompiledPack): boolean {
  const re = officeLabelRegex(c);
  return !!re && re.test(lead);
}
/**
 * The writer dialled the number right after, or was told to, in Spanish: "llamé al ", "marqué el ", "que llamara al "; not after an object pronoun ("lo
 * llamé al"). English "I called 702-…" stays a phone: the English corpus writers label it as one.
 */
const DIALLED_LEAD = /(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:lo|la|le|los|las|les|te)[\s\u00a0])(?:llam[eé]|marqu[eé]|llamamos|marcamos|llamara|marcara|llamáramos|llamaramos)[\s\u00a0](?:al|el)[\s\u00a0]$/u;
/** Words joining a number word to the institution that owns it (the pack's `ownerJoiners`): "the number of the clinic". */
const ownerJoiners = perPack((c): Set<string> => new Set(c.pack.ownerJoiners ?? []));
const NUMBER_WORD_HINT = /n[uú]mero|tel[eé]fono|number|phone|l[ií]nea|line/i;

/**
 * A number word, then an institution of the pack as its owner, before the number: "el número de
 * trabajo social del hospital es el …", "the number of the pharmacy at the clinic is …". A number
 * the writer calls theirs ("mi número") is not asked about here.
 */
function institutionNumberLead(lead: string, c: CompiledPack): boolean {
  const words = tokenize(lead);
  if (!NUMBER_WORD_HINT.test(lead) && !words.some((w) => c.numberNouns.has(w.lower) || c.contactVerbHeads.has(w.lower))) return false;
  let numberAt = -1;
  let byVerb = false;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as Word).lower;
    // A contact verb of the pack before the institution that owns the number: "llame al programa de trasplantes del hospital, 787-…".
    if (c.contactVerbHeads.has(w)) {
      numberAt = i;
      byVerb = true;
      continue;
    }
    // "llame a mi hija del hospital", "call Rosa at the clinic": a person between the verb and the institution owns the number.
    if (byVerb && numberAt >= 0 && (c.possessives.has(w) || c.relations.has(w) || (isCapitalized((words[i] as Word).text) && !c.institutionWords.has(w) && !c.businessWords.includes(w)))) {
      numberAt = -1;
      continue;
    }
    // A number word of the pack ("number", "phone", "número", "línea").
    if (c.numberNouns.has(w)) {
      const prev = words[i - 1];
      // "the neuro clinic's scheduling line": an institution's own number.
      const owner = words[i - 2];
      if ((prev && /['\u2019]s$/.test(prev.lower) && c.institutionWords.has(prev.lower.slice(0, -2))) || (owner && /['\u2019]s$/.test(owner.lower) && c.institutionWords.has(owner.lower.slice(0, -2)) && prev?.text === prev?.lower)) return true;
      // "mi número", "my daughter's number": somebody's own.
      const owned = !!prev && (c.possessives.has(prev.lower) || (c.pack.firstPersonWords ?? []).includes(prev.lower) || /['\u2019]s$/.test(prev.lower));
      numberAt = owned ? -1 : i;
      byVerb = false;
      continue;
    }
    if (numberAt < 0 || i - numberAt > 8 || !c.institutionWords.has(w)) continue;
    const before = words[i - 1];
    // "Call the store at …", "llame a la clínica al …": the institution is the contact verb's object.
    if (byVerb && before && (i - numberAt === 1 || (i - numberAt === 2 && c.articles.has(before.lower)) || (i - numberAt === 3 && c.articles.has(before.lower) && c.pack.personalObjectMarkers?.includes((words[i - 2] as Word).lower)))) return true;
    const joiner = before && c.articles.has(before.lower) ? words[i - 2] : before;
    if (joiner && (ownerJoiners(c).has(joiner.lower) || c.pack.articleContractions?.includes(joiner.lower))) return true;
  }
  return false;
}

/** A person's own line right before a number: "my cell", "mi número", "her phone". */
const PERSONAL_LEAD = /\b(?:my|his|her|mi|su)\s(?:cell|phone|number|line|n[uú]mero|cel|celular|tel[eé]fono)\b[^\d]{0,6}$/i;
/** An instruction to fax something to the number: "Fax completed form to", "please fax the determination to", "envíe por fax al". */
const FAX_TO_LEAD = /(?:^\s*|[.!?:;\u00b7]\s*|\bplease\s)(?:fax|send\s(?:[\w-]+\s){0,3}by\sfax|env[ií]e(?:\s[\p{L}-]+){0,3}\spor\sfax)(?:\s[\p{L}\p{N}'-]+){0,4}\s(?:to|al|a)\s{1,2}$/iu;
/**
 * An imperative to the reader right before a contact, after a question, a comma or "or":
 * "Questions? Email", "or call", "For records, fax"; a bare label ("Fax: …") is no imperative.
 */
const IMPERATIVE_CONTACT = /(?:[?!]\s+|,\s*|\b(?:or|o)\s)(?:call|text|phone|fax|e-?mail|llame|ll[aá]menos|marque|escriba|env[ií]e|mande)(?:\s(?:us|now|today|al|a|anytime))?(?:\s(?:at|on))?\s{1,2}$/i;
/**
 * An imperative to send mail to a named office, before the address in its sentence: "mail to
 * Health Information Management, PO Box 3400", "escriba a Servicios al Paciente, …", or to the
 * address as the other way to write ("Escriba a info@… o a 917 Calle…"); not "mail it to PO Box
 * 12", an errand.
 */
const WRITE_HINT = /\b(?:write|mail|send|escr[ií]b|env[ií]e|mande)/i;
const WRITE_TO =
  /\b(?:write|mail|send)(?:\s(?:us|your\s\w+))?\sto\s\p{Lu}[^,]{0,60},\s{1,2}$|\b(?:escriba|escr[ií]banos|env[ií]e|mande)\s(?:a|al)\s\p{Lu}[^,]{0,60},\s{1,2}$|\b(?:write|mail|escriba|escr[ií]banos|env[ií]e|mande)\b(?:[^.!?]|\.(?=\S)){0,80}\b(?:or|o)\s(?:to|a)\s{1,2}$/iu;

/**
 * A contact verb of the pack and a given name right before a number ("call Marge at ", "text
 * Rhonda ", "reach out to Pam (", "call Lorna Hedges, ", "llame a Marta al "), or a given name
 * owning it ("Rhonda's cell: ", "el cel de Rhonda: "). Built once per pack.
 */
const GAP = '[\\s\\u00a0]';
const nameBeforeNumberOf = perPack((c): RegExp | null => {
  const verbs = c.pack.contactVerbs ?? [];
  const nouns = c.pack.numberNouns ?? [];
  // The first letter in either case ("Call Marge", "call Marge"); the rest as listed.
  const phrase = (p: string): string => p.split(' ').map(escapeRegex).join(GAP).replace(/^\p{L}/u, (l) => `[${l.toUpperCase()}${l.toLowerCase()}]`);
  const name = '(\\p{Lu}\\p{Ll}{2,15})';
  const branches: string[] = [];
  if (verbs.length > 0) branches.push(`(?:^|[^\\p{L}])(?:${verbs.map(phrase).join('|')})${GAP}{1,2}${name}(?:${GAP}\\p{Lu}\\p{Ll}{1,20})?`);
  if (nouns.length > 0) {
    const noun = `(?:${nouns.map(phrase).join('|')})`;
    branches.push(`(?:^|[^\\p{L}])${name}['\\u2019]s${GAP}${noun}`);
    const of = [...c.relationOf];
    if (of.length > 0) branches.push(`(?:^|[^\\p{L}])${noun}${GAP}(?:${of.map(escapeRegex).join('|')})${GAP}${name}`);
  }
  return branches.length > 0 ? nativeRegExp(`(?:${branches.join('|')})${GAP}{0,2}(?:at|on|al|:|,|-)?${GAP}{0,2}\\(?$`, 'u') : null;
});

/**
 * Is the number at `start` a named person's ("call Marge at 712.555.0133", "text Rhonda
 * 402-555-0199")? A given name of the lexicons, with no profession or staff cue of the pack
 * within three words before it ("call our coordinator Jenny at").
 */
function namedOwnerBefore(text: string, start: number, c: CompiledPack): boolean {
  const lead = text.slice(Math.max(0, start - 48), start);
  const m = nameBeforeNumberOf(c)?.exec(lead);
  if (!m) return false;
  const name = (m[1] ?? m[2] ?? m[3]) as string;
  const n = name.toLowerCase();
  if (!(isGivenName(name) || c.packGivenNames.has(norm(name))) || c.notNames.has(n) || c.months.has(n)) return false;
  const before = tokenize(lead);
  let nameAt = before.length - 1;
  while (nameAt >= 0 && !(before[nameAt] as Word).text.startsWith(name)) nameAt--;
  for (let k = Math.max(0, nameAt - 3); k < nameAt; k++) {
    const w = (before[k] as Word).lower;
    const singular = w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
    if (c.professions.has(w) || c.professions.has(singular) || c.staffCues.has(w)) return false;
  }
  return true;
}

/** The pack's event nouns as a set (perPack: built once per pack). */
const eventNounSet = perPack((c): Set<string> => new Set(c.pack.eventNouns ?? []));

/**
 * In a text that speaks as the organisation somewhere (`ctx.org`), is the date the organisation's:
 * its sentence speaks as the organisation (an organisation cue or phrase, or one of its events:
 * "el sorteo … se hace el 8 de diciembre", "la Media Maratón de Bogotá es el 28 de julio") and is
 * about nobody (no personal cue, relation, third person, reader's appointment, patient or person
 * named), unless the text writes to one person? A text with no organisation voice keeps its
 * dates: an event noun alone there may be anybody's day.
 */
function organisationDate(text: string, f: Candidate, found: Candidate[], c: CompiledPack, ctx: TextContext, addressed: () => boolean): boolean {
  const words = ctx.sentenceWords(f.start);
  if (!some(words, c.orgCues) && !some(words, eventNounSet(c)) && !c.orgPhrases.some((p) => [...words].join(' ').includes(p))) return false;
  if (some(words, c.personalCues) || some(words, personalRelations(c)) || some(words, THIRD_PERSON)) return false;
  // "Your appt: Tue 6/11 3:40pm", "your colonoscopy is scheduled for 10/14": one reader's appointment.
  if (appointmentOfReader(text, f.start, c)) return false;
  // "nuestra paciente Yaritza vino el 18/01", "the clinic's 10,000th patient … on Tuesday, April 8": one patient's day.
  if (patientIn(text, f.start, c)) return false;
  // "UPDATE 14.08.2025: our Mateo's MRI was clear": a sentence in which a relative or a person is named.
  const { start, end } = sentenceAround(text, f.start);
  if (found.some((n) => NAME_KINDS.has(n.kind) && n.start >= start && n.end <= end)) return false;
  // The organisation's event, unless it writes to one person about their appointment.
  return !addressed();
}

function keepPersonalDetails(text: string, found: Candidate[], c: CompiledPack, ctx: TextContext): Candidate[] {
  const role = (f: Candidate): boolean => f.kind === 'email' && ROLE_MAILBOX.test(text.slice(f.start, f.end));
  const staffBio = (f: Candidate): boolean => {
    if (f.kind !== 'place') return false;
    const words = ctx.sentenceWords(f.start);
    // "Anyone from Fox Chapel know if Dr. Ahn's office…?": a question asks about the writer's place.
    if (speaksOfSelf(words, c) || isQuestionAt(text, f.start)) return false;
    return staffIn(text, f.start, c) && !some(words, personalRelations(c));
  };
  if (!ctx.org) return found.filter((f) => !role(f) && !staffBio(f));
  const relations = personalRelations(c);
  let addressed: boolean | undefined;
  const addressedOnce = (): boolean => (addressed ??= addressedToPerson(text, c));
  const orgSpeaks = (words: Set<string>): boolean => some(words, c.orgCues) || c.orgPhrases.some((p) => [...words].join(' ').includes(p));
  return found.filter((f) => {
    if (role(f)) return false;
    if (f.kind === 'phone' && /^[\s\u00a0,]{0,2}(?:ext\.?|extension|x)[\s\u00a0]?\d/i.test(text.slice(f.end, f.end + 14))) return false;
    if (CONTACT_KINDS.has(f.kind)) {
      // "¿Alguien conoce una clínica cerca del 90031?": the writer asks; the organisation answers.
      if (isQuestionAt(text, f.start)) return true;
      const words = ctx.sentenceWords(f.start);
      if (f.kind === 'email') {
        const address = text.slice(f.start, f.end);
        if (FREE_MAIL.test(address) || !some(words, c.orgCues)) return true;
        return speaksOfSelf(words, c);
      }
      if (some(words, c.personalCues) || some(words, relations) || some(words, THIRD_PERSON)) return true;
      // "Reminder for Mr. Okafor: … Transport pickup at 88 Birchwood Ct.": the address in a message to one person is theirs.
      if (f.kind === 'street-address' && (addressed ??= addressedToPerson(text, c))) return true;
      // "call Marge at 712.555.0133", "text Rhonda 402-555-0199": a person's own number.
      if (f.kind === 'phone' && !TOLL_FREE.test(text.slice(f.start, f.end)) && namedOwnerBefore(text, f.start, c)) return true;
      // Toll-free numbers, and a number after an imperative to the reader ("Questions? Call …"), are an organisation's.
      if (f.kind === 'phone' && TOLL_FREE.test(text.slice(f.start, f.end))) return false;
      if (f.kind === 'phone' && IMPERATIVE_CALL.test(text.slice(Math.max(0, f.start - 24), f.start))) return false;
      // The organisation speaks in this sentence or one of the two before ("Visit us! 12 Elm St").
      const before = sentenceBefore(text, f.start);
      return !(orgSpeaks(words) || orgSpeaks(ctx.sentenceWords(before)) || orgSpeaks(ctx.sentenceWords(sentenceBefore(text, before))));
    }
    if (f.kind === 'place' || f.kind === 'relative-name') {
      const words = ctx.sentenceWords(f.start);
      if (speaksOfSelf(words, c) || f.kind !== 'place') return true;
      // A staff member's biography ("Dr. Brandt grew up near Chadron", "our new nurse moved
      // here from Tuskegee with her husband") is not about the patient; a sentence about a
      // patient's relative ("caring for Fr. Mike's mother, Teresa, who came home to Opelousas") is.
      if (staffIn(text, f.start, c) && !isQuestionAt(text, f.start) && !relativeOfSomebody(text, f.start, c)) return false;
      // The organisation's address or site ("Find us at …, Houston, TX"): an organisation phrase
      // before the place, in a sentence about nobody. A patient's story names the place before
      // the organisation ("Marisol, de Paterson, acudió a nuestra clínica").
      if (!orgPhraseBefore(text, f.start, c) || some(words, c.personalCues) || some(words, relations) || some(words, THIRD_PERSON)) return true;
      // "Ganadora de la rifa de la feria: Sra. Blanca Olvera, del barrio Logan": a person named before the place in its sentence is from there.
      const { start } = sentenceAround(text, f.start);
      return found.some((n) => NAME_KINDS.has(n.kind) && n.start >= start && n.end <= f.start);
    }
    if (f.kind === 'person-name' && ASK_FOR_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) {
      // "Tours daily; ask for Brenda in admissions": a staff member the organisation names; "call
      // me at the shop? Ask for Ruthie." is the writer (this sentence, or the first person in the one before).
      const personal = (words: Set<string>): boolean => speaksOfSelf(words, c) || some(words, relations) || some(words, c.personalCues);
      return personal(ctx.sentenceWords(f.start)) || speaksOfSelf(ctx.sentenceWords(sentenceBefore(text, f.start)), c);
    }
    if (f.kind === 'social-handle') {
      // "Book with our injector @x", "our Plano location or DM @x": a handle the organisation's
      // voice ("our", a booking or messaging imperative) introduces within two words, in a
      // sentence where nobody speaks of themself or a relative, is the organisation's.
      const words = ctx.sentenceWords(f.start);
      if (speaksOfSelf(words, c) || some(words, relations) || some(words, c.personalCues)) return true;
      const { start } = sentenceAround(text, f.start);
      const lead = tokenize(text.slice(Math.max(start, f.start - 48), f.start)).slice(-2);
      return !lead.some((w) => orgHandleLeads(c).has(w.lower) || (c.orgCues.has(w.lower) && c.possessives.has(w.lower)));
    }
    if (f.kind === 'date') return !organisationDate(text, f, found, c, ctx, addressedOnce);
    return true;
  });
}
