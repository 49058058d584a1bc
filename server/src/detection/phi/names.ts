/**
 * Names of relatives and household members introduced by a relation ("my son Luca", "her
 * neighbour, Ines,", "Grandpa Walt", "sons Calvin and Ruel"), families ("the Yellowhorse
 * family"), and people who sign or introduce themselves ("— Carla", "this is Glenda"). Relatives'
 * names are never allowed by the patient's consent (README.md, consent scope). Staff titles
 * (Dr., nurse, hygienist…) are not relations, so staff names pass.
 */
import { forEachTriggerWindow, isCapitalized, isLetterBefore, isUpperWord, norm, notAfterLetter, tokenize, wordAlternation, wordsIn } from '../text';
import type { Trigger, Word } from '../text';
import { STATE_CODES, STATE_NAMES, isCountry, isGivenName, isUsPlace, perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate, Emit } from './shapes';
import { nativeRegExp } from '../../scanners/native-regexp';
import { escapeRegex } from '../../scanners/match-utils';

/** The characters between a relation word and a name: spaces, one comma, "(" or ":". */
const NAME_GAP = /^[\s\u00a0]{0,2}[,(:]?[\s\u00a0]{0,2}$|^[\s\u00a0]?[\u2014\u2013][\s\u00a0]?$|^[\s\u00a0]-[\s\u00a0]$/;
/** After an apposed name: a comma, a closing parenthesis or a dash ("my friend from church, Dolores, drove me"). */
const APPOSITION_CLOSE = /^(?:[,)]|[\s\u00a0]?[\u2014\u2013]|[\s\u00a0]-[\s\u00a0])/;
const AND_GAP = /^[\s\u00a0]{1,2}$/;
/** Does the word end with "'s" or "’s" (a possessive)? */
function hasPossessiveEnd(word: string): boolean {
  const apostrophe = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

function bareName(word: Word): { start: number; end: number; text: string } {
  if (hasPossessiveEnd(word.text)) return { start: word.start, end: word.end - 2, text: word.text.slice(0, -2) };
  return word;
}

function looksLikeName(word: Word | undefined, c: CompiledPack, monthsToo = false): boolean {
  if (!word) return false;
  const bare = bareName(word).text;
  if (bare.length < 2 || !isCapitalized(bare) || isUpperWord(bare)) return false;
  const n = norm(bare);
  // After a relation word a month is a name ("Grandma June"); elsewhere it is a month.
  if (monthsToo && c.months.has(n) && n.length > 3) return !c.relations.has(n);
  return !c.notNames.has(n) && !c.relations.has(n) && !c.months.has(n);
}

export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** Between modifier words: spaces, or a number ("of 52 years"). */
const MODIFIER_GAP = /^[\s\u00a0]{1,2}(?:\d{1,3}[\s\u00a0]{1,2})?$/;
/** Words after a name that make it an organisation's ("our Child Life office"). */
const ORG_AFTER = new Set(['office', 'center', 'centre', 'team', 'program', 'programme', 'unit', 'services', 'clinic', 'department', 'foundation', 'fund', 'house']);

/** A following capitalised word joined by one space is a surname or "Jr.": "Lyle Ostrander", "Vernon Jr.". */
function nameEnd(text: string, words: readonly Word[], i: number, c: CompiledPack): number {
  const first = words[i] as Word;
  let end = bareName(first).end;
  if (hasPossessiveEnd(first.text)) return end;
  const next = words[i + 1];
  if (next && text.slice(first.end, next.start) === ' ') {
    const n = next.lower;
    if (n === 'jr' || n === 'sr') return text.charCodeAt(next.end) === 46 ? next.end + 1 : next.end;
    if (next.text.length === 1 && next.text === next.text.toUpperCase() && text.charCodeAt(next.end) === 46) return next.end + 1;
    if (looksLikeName(next, c) && !c.placeCuesBefore.has(n)) end = bareName(next).end;
  }
  return end;
}

function isPossessed(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, (words[i] as Word).start);
  if (!/^[\s\u00a0]{1,2}$/.test(gap)) return false;
  // "great-grandson", "foster son", "little brother", "late husband": one adjective may sit between.
  if (c.possessives.has(prev.lower) || hasPossessiveEnd(prev.text)) return true;
  const before = words[i - 2];
  if (before && /^[\s\u00a0]{1,2}$/.test(text.slice(before.end, prev.start)) && /^[a-z-]{3,12}$/.test(prev.text)) {
    return c.possessives.has(before.lower) || hasPossessiveEnd(before.text);
  }
  return false;
}

export function findRelativeNames(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const n = w.lower;
    if (!c.relations.has(n) && !c.socialRelations.has(n)) continue;
    // "her MA, Brianna", "Dr. Lee's PA": two capitals are a staff credential, not "ma" or "pa"
    // (shorthand written in capitals, "my DH Curtis", stays a relation).
    if (w.text.length <= 2 && isUpperWord(w.text) && !c.possessedOnly.has(n)) continue;
    // "my son", "Grandpa Walt", or a relation in lower case ("proud parents Kase and Mallory");
    // a capitalised "Sister Hattie" or "Brother Amos" without "my" is a title, not a relation.
    const titled = c.relationTitles.has(n) && isCapitalized(w.text);
    const lowerCase = w.text === w.lower;
    const possessed = isPossessed(text, words, i, c);
    const labelled = !titled && !lowerCase && !possessed && labelsName(text, words, i, c);
    if (!titled && !lowerCase && !possessed && !labelled) continue;
    // "my boys Tanner and Colt", "my oldest, Noah" — but "the boys Tanner coached".
    if (!possessed && c.possessedOnly.has(n)) continue;
    // "Nuestra Señora del Carmen": a capitalised possessive and relation are a title of the Virgin, not "our wife".
    if (possessed && c.possessedOnly.has(n) && isCapitalized(w.text) && !isUpperWord(w.text) && i > 0 && isCapitalized((words[i - 1] as Word).text) && /^(?:de|del)$/.test(words[i + 1]?.lower ?? '')) continue;
    // "Sister Mary Agnes", "la hermana Guadalupe": a religious title, capitalised or after an
    // article; "my sister Alma", "thanks, sister Alma" are relatives.
    const before = words[i - 1];
    const article = !!before && (c.articles.has(before.lower) || (c.pack.articleContractions ?? []).includes(before.lower));
    // "la enfermera jefa Carmen", "nurse manager Kim": a profession right before the relation makes it a job title.
    if (!possessed && !!before && (c.pack.professions ?? []).includes(before.lower)) continue;
    // "Maribel Soto, la madre de Adrián": somebody's relation (the pack's `relationOf` after it) is no title.
    const of = words[i + 1];
    const somebodys = lowerCase && !!of && of.text === of.lower && c.relationOf.has(of.lower) && /^[\s\u00a0]$/.test(text.slice(w.end, of.start));
    if (!possessed && !labelled && c.religiousTitles.has(n) && (isCapitalized(w.text) || article) && !somebodys) continue;
    // "Brantley, Pastor Dale's grandson", "Ines (my neighbour)": the name before its relation.
    nameBefore(text, words, i, emit, c);
    // "Marcy is my sister", "Can Jen drive? she's my niece": a name before a copula.
    if (possessed) copularName(text, words, i, emit, c);
    let k = i + 1;
    let next = words[k];
    if (!next || !NAME_GAP.test(text.slice(w.end, next.start))) continue;
    // "my friend from church, Dolores,", "my roommate at the time, Jess,": a phrase opened by one of
    // the pack's `relationPhraseLinks` (at most five lower-case words or numbers), then the name
    // apposed between commas (or a dash or parentheses), a given name of the lexicons.
    if (possessed && k === i + 1 && next.text === next.lower && c.relationPhraseLinks.has(next.lower) && /^[\s\u00a0]{1,2}$/.test(text.slice(w.end, next.start))) {
      let m = k + 1;
      while (m < words.length && m <= k + 5 && (words[m] as Word).text === (words[m] as Word).lower && /^[\s\u00a0]{1,2}(?:\d{1,3}[\s\u00a0]{1,2})?$/.test(text.slice((words[m - 1] as Word).end, (words[m] as Word).start))) m++;
      const named = words[m];
      const gap = named ? text.slice((words[m - 1] as Word).end, named.start) : '';
      if (named && /^,[\s\u00a0]{1,2}$/.test(gap) && looksLikeName(named, c) && isPackGivenName(named, c)) {
        const end = nameEnd(text, words, m, c);
        if (APPOSITION_CLOSE.test(text.slice(end, end + 3))) {
          emit('relative-name', named.start, end);
          continue;
        }
      }
    }
    // "mi hermana mayor Irma", "mi hijo el mayor, Ricardo", "my brother in law Gary", "my husband
    // of 52 years, Earl": up to four modifier words of the pack between the relation and the name.
    if (possessed && c.relationModifiers.has(next.lower) && next.text === next.lower) {
      let m = k;
      let prevEnd = w.end;
      while (m < words.length && m < k + 4) {
        const mw = words[m] as Word;
        const gap = text.slice(prevEnd, mw.start);
        if (!c.relationModifiers.has(mw.lower) || mw.text !== mw.lower || !(MODIFIER_GAP.test(gap) || (m === k && NAME_GAP.test(gap)))) break;
        prevEnd = mw.end;
        m += 1;
      }
      const after = words[m];
      // "mi hija la de Chicago": a place after the modifiers is not her name.
      if (m > k && after && NAME_GAP.test(text.slice(prevEnd, after.start)) && (isGivenName(bareName(after).text) || !isUsPlace(bareName(after).text))) {
        k = m;
        next = after;
      }
    }
    // "soy la hermana de Marco Antonio Ibarra", "Leticia, mamá de Alexis", "el esposo de la hermana
    // Ofelia": somebody's relation (the pack's `relationOf`), an article, a possessive or a religious
    // title or honorific allowed, then a given name of the lexicons is a relative too.
    // ("mi hermano de Houston": after a possessive the word after "de" is where the relative lives.)
    let ofList = false;
    if (k === i + 1 && !possessed && c.relationOf.has(next.lower) && next.text === next.lower) {
      const named = relationOfName(text, words, k + 1, c);
      if (named !== -1) {
        k = named;
        next = words[k] as Word;
        // "father of Tama, Hine and Wiremu": names the lexicons lack, listed after somebody's relation.
        ofList = PLAIN_NAME.test(next.text) && NAME_LIST_AFTER.test(text.slice(next.end, next.end + 24));
        if (!isGivenName(bareName(next).text) && !(ofList && !isUsPlace(next.text))) continue;
      }
    }
    // "grandmother Miss Gloria", "neighbor Mr. Clarence", "mi suegro don Beto"
    if ((HONORIFICS.has(next.lower) || c.honorifics.has(next.lower)) && words[k + 1] && /^\.?[\s\u00a0]{1,2}$/.test(text.slice(next.end, (words[k + 1] as Word).start))) {
      k += 1;
      next = words[k] as Word;
    }
    // "June's husband Frank": the possessor is a person too.
    const owner = words[i - 1];
    // A month before "'s" and a relation is a name too ("June's husband").
    if (owner && hasPossessiveEnd(owner.text) && looksLikeName(owner, c, true) && isGivenName(bareName(owner).text)) {
      emit('person-name', owner.start, bareName(owner).end);
    }
    // "(hi Craig" and similar asides are left alone: the name must come right after.
    // A short month right after the relation is a name unless a day follows it ("his daughter Jan says", "my sister May is").
    const shortMonthName = c.months.has(next.lower) && next.text.length === 3 && isCapitalized(next.text) && !isUpperWord(next.text) && !/^\.?[\s\u00a0]{0,2}\d/.test(text.slice(next.end, next.end + 4));
    if (!looksLikeName(next, c, true) && !shortMonthName) continue;
    // "our sponsor Walgreens": a social relation names a person only with a given name of the lexicons.
    if (c.socialRelations.has(n) && !isPackGivenName(next, c)) continue;
    const end = nameEnd(text, words, k, c);
    const after = words[k + 1];
    if (after && after.start >= end && ORG_AFTER.has(after.lower) && after.start - end <= 2) continue;
    emit('relative-name', next.start, end);
    // "sons Calvin and Ruel", "parents Kase and Mallory"
    k += 1;
    while (k < words.length && (words[k] as Word).start < end) k++;
    // "mis nietos Mateo, Sofía y Emiliano": after a plural relation, given names of the lexicons listed with commas.
    let listEnd = end;
    for (let listed = 0; (n.endsWith('s') || ofList) && listed < 5; listed++) {
      const item = words[k];
      if (!item || !/^,[\s\u00a0]{1,2}$/.test(text.slice(listEnd, item.start)) || !looksLikeName(item, c) || !(isPackGivenName(item, c) || (ofList && PLAIN_NAME.test(item.text)))) break;
      listEnd = nameEnd(text, words, k, c);
      emit('relative-name', item.start, listEnd);
      k += 1;
      while (k < words.length && (words[k] as Word).start < listEnd) k++;
    }
    const and = words[k];
    const other = words[k + 1];
    if (and && other && c.coordinators.has(and.lower) && AND_GAP.test(text.slice(and.end, other.start)) && looksLikeName(other, c)) {
      emit('relative-name', other.start, nameEnd(text, words, k + 1, c));
    }
  }
}

/** Where a line, a sentence, a clause or a parenthesis opens: the text before a word that starts one. */
const CLAUSE_OPEN = /(?:^|[.!?\n;:•|·(\u2014\u2013]|[\s\u00a0]-)[\s\u00a0'"\u201c*]{0,3}$/;
/** The characters after a relation used as a label: ":", "(", "," or "-" (a space alone makes a religious title a title). */
const LABEL_PUNCTUATION = /[,(:\u2014\u2013-]/;

/**
 * Is the capitalised relation at word i a label for the given name after it, as notes, forms and
 * dispatch texts write a contact ("Husband Carl drops her off", "Son: Desmond Kaye", "Father
 * (Steve) notified", "Esposa: Maricela, tel.")? The relation opens its clause and a given name of
 * the lexicons follows. A religious title ("Sister Hattie", "Father Mike") counts only with
 * punctuation between, which a title never has; a relation that is a given name too ("Lola
 * Vance") opens a full name, and the pack's `hiredRelations` label staff ("Caregiver: Marisol V.").
 */
function labelsName(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!next || !isCapitalized(w.text) || isUpperWord(w.text) || (c.pack.hiredRelations ?? []).includes(w.lower)) return false;
  const gap = text.slice(w.end, next.start);
  if (!NAME_GAP.test(gap) || !CLAUSE_OPEN.test(text.slice(Math.max(0, w.start - 6), w.start))) return false;
  if (c.religiousTitles.has(w.lower) && !LABEL_PUNCTUATION.test(gap)) return false;
  // "Lola Vance sang": a relation that is also a given name opens a full name ("Son (Duc)", "Son: Duc" label one).
  if (isPackGivenName(w, c) && !LABEL_PUNCTUATION.test(gap)) return false;
  if (!looksLikeName(next, c)) return false;
  if (isPackGivenName(next, c)) return true;
  // A name the lexicons lack ("Wife Aroha on 027…", "Daughter Palesa works in Joburg"): after a
  // relation of the pack's `contactRelations` (not "Baby Shark", "Uncle Sam"), a capitalised word
  // that is no place of the gazetteer.
  if (!PLAIN_NAME.test(next.text) || isUsPlace(bareName(next).text)) return false;
  if ((c.pack.contactRelations ?? []).includes(w.lower)) return true;
  // Any relation as a form's field, a colon after it ("Father: Rafiqul, day labourer", "Mother:
  // Wanjiru"): a name the lexicons lack, unless a lower-case word follows it ("Mother: Breast cancer").
  const after = words[i + 2];
  return /:/.test(gap) && !(after && after.text === after.lower && /^[\s\u00a0]{1,2}$/.test(text.slice(next.end, after.start)));
}
/** Roles a form or a note writes before a contact's relation ("Caller (wife)", "Escort (son)"): no names. */
const CONTACT_ROLES = new Set(['caller', 'contact', 'escort', 'driver', 'visitor', 'informant', 'witness', 'guardian', 'carer', 'caregiver', 'interpreter', 'pickup', 'sender', 'applicant', 'client', 'patient', 'resident', 'parent', 'relative', 'family', 'kin', 'spouse', 'partner', 'informante', 'acompañante', 'familiar', 'contacto', 'tutor', 'tutora', 'paciente']);
/** After the first name of a list: a comma or "and"/"y" and another capitalised word. */
const NAME_LIST_AFTER = /^(?:,[\s\u00a0]{1,2}|[\s\u00a0]+(?:and|y|e|&)[\s\u00a0]+)\p{Lu}\p{Ll}/u;
/** A word written as a name: a capital, then lower-case letters (an apostrophe's possessive allowed). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}{1,15}(?:['\u2019]s)?$/u;

/** A comma, then a state's name or code: ", Nueva Jersey", ", NJ", ", Iowa" (not ", Hine and Wiremu"). */
function stateAfter(rest: string): boolean {
  const m = /^,[\s\u00a0]{1,2}(\p{Lu}[\p{L}.]*(?:[\s\u00a0]\p{Lu}[\p{L}.]*)?)/u.exec(rest);
  if (!m) return false;
  const words = (m[1] as string).split(/[\s\u00a0]/);
  return STATE_CODES.has((words[0] as string).replace(/\./g, '')) || STATE_NAMES.has((m[1] as string).toLowerCase()) || STATE_NAMES.has((words[0] as string).toLowerCase()) || /^nuev[oa]$/i.test(words[0] as string);
}

/** Given names of religious figures after a relation and "de": "la madre de Jesús", "el hijo de María". */
const RELIGIOUS_FIGURES = new Set(['jesús', 'jesus', 'maría', 'maria', 'josé', 'jose', 'dios', 'cristo']);

/**
 * The index of a given name after somebody's relation and its "of" word, at `m`: an article or a
 * possessive, then a religious title or an honorific of the pack, may come first; -1 if none.
 */
function relationOfName(text: string, words: readonly Word[], m: number, c: CompiledPack): number {
  let k = m;
  const lead = (w: Word | undefined): boolean => !!w && w.text === w.lower && (c.articles.has(w.lower) || c.possessives.has(w.lower));
  if (lead(words[k])) k += 1;
  const title = words[k];
  if (title && title.text === title.lower && (c.religiousTitles.has(title.lower) || c.honorifics.has(title.lower))) k += 1;
  const name = words[k];
  if (!name || k - m > 2 || !NAME_GAP.test(text.slice((words[k - 1] as Word).end, name.start)) || !isCapitalized(name.text)) return -1;
  if (RELIGIOUS_FIGURES.has(name.lower) && k === m) return -1;
  // "una vecina de Camden, Nueva Jersey": a town before its state; "vecino de" is a place phrase of the pack.
  const relation = words[m - 2] as Word;
  if ((isUsPlace(name.text) && stateAfter(text.slice(name.end, name.end + 24))) || phraseBefore(words, m, c.placePhrasesBefore)) return -1;
  // "la hija de Carmen, que es enfermera": a profession near the name makes it staff.
  if (staffNear(words, k, c) || c.professions.has(relation.lower)) return -1;
  return k;
}

/** Titles of staff and officials: a name after them is not a relative's. */
const STAFF_TITLES = /^(?:dr|doctor|dra|doctora|nurse|enfermera|enfermero|pastor|rev|fr|father|padre|coach|officer|judge|senator|president|sister|hermana)$/;
/** How far back (characters) a pronoun may point to its name: about one short sentence. */
const ANAPHORA_REACH = 72;

/**
 * A name before a copula and a possessed relation: "Marcy is my sister", "Marcy es mi hermana";
 * after a pronoun ("she's my niece", "ella es mi prima") the last given name of the lexicon
 * before it, within about a sentence, unless a staff title comes before that name. `i` is the
 * relation word, possessed by words[i - 1].
 */
function copularName(text: string, words: readonly Word[], i: number, emit: Emit, c: CompiledPack): void {
  const possessive = words[i - 1];
  const copula = words[i - 2];
  if (!possessive || !copula || !c.possessives.has(possessive.lower) || c.relationCopulas.size === 0) return;
  let pronounAt: number;
  if (c.relationPronouns.has(copula.lower) && !c.relationCopulas.has(copula.lower)) {
    // "she's my niece": the contraction holds the copula.
    if (!/['\u2019]/.test(copula.text)) return;
    pronounAt = copula.start;
  } else if (c.relationCopulas.has(copula.lower)) {
    const subject = words[i - 3];
    if (!subject || !/^[\s\u00a0]{1,2}$/.test(text.slice(subject.end, copula.start))) return;
    if (c.relationPronouns.has(subject.lower)) pronounAt = subject.start;
    else {
      const title = words[i - 4];
      if (!looksLikeName(subject, c) || !isGivenName(subject.text) || (title && STAFF_TITLES.test(title.lower))) return;
      emit('relative-name', subject.start, subject.end);
      return;
    }
  } else return;
  const before = wordsIn(text, pronounAt - ANAPHORA_REACH, pronounAt);
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k] as Word;
    if (w.start >= pronounAt) continue;
    if (!looksLikeName(w, c) || !isGivenName(bareName(w).text)) continue;
    const title = before[k - 1];
    if (title && (STAFF_TITLES.test(title.lower) || HONORIFICS.has(title.lower))) return;
    emit('relative-name', w.start, bareName(w).end);
    return;
  }
}

/** Gaps between a name and its appositive: ", " or " (". */
const APPOSITION_GAP = /^(?:,|[\s\u00a0]?\()[\s\u00a0]{0,2}$|^[\s\u00a0]?[\u2014\u2013-][\s\u00a0]?$/;

/**
 * A name right before an appositive relation: "Brantley, Pastor Dale's 3-month-old grandson",
 * "Ines (my neighbour)", "Cody, her son,", "Linda Ostrowski (daughter)". `i` is the relation word;
 * the appositive starts with a possessive and holds at most four words before the relation, or is
 * the relation alone in parentheses.
 */
function nameBefore(text: string, words: readonly Word[], i: number, emit: Emit, c: CompiledPack): void {
  for (let k = i; k >= 1 && k >= i - 5; k--) {
    const gap = text.slice((words[k - 1] as Word).end, (words[k] as Word).start);
    // words of the appositive: "Pastor Dale's 3-month-old grandson"
    if (/^[\s\u00a0]{1,2}(?:\d{1,3}-)?$/.test(gap)) continue;
    if (!APPOSITION_GAP.test(gap)) return;
    const last = words[k - 1] as Word;
    // "Mom's surgery, my husband": only a given name (or a name from the lexicon) is taken, or a
    // given name and a surname ("Rosa Delgado, our mom").
    if (!looksLikeName(last, c) || hasPossessiveEnd(last.text)) return;
    // "From: Linda Ostrowski (daughter)", "Emergency contact: Ana Ruiz (sister)": the relation alone in parentheses.
    const bracketed = k === i && gap.includes('(') && text.charAt((words[i] as Word).end) === ')';
    // In parentheses the relation names any name written as one, the lexicons' or not ("Femi Okeke (brother)",
    // "Contact: Amina (daughter)"), unless it is a place or a role of the contact ("Caller (wife)").
    const plainName = (w: Word | undefined): boolean => !!w && PLAIN_NAME.test(w.text) && !isUsPlace(bareName(w).text) && !CONTACT_ROLES.has(w.lower);
    const known = (w: Word | undefined): boolean => !!w && (isPackGivenName(w, c) || (bracketed && plainName(w)));
    const given = words[k - 2];
    const full = !isPackGivenName(last, c) && !!given && text.slice(given.end, last.start) === ' ' && looksLikeName(given, c) && known(given);
    if (!full && !known(last)) return;
    const name = full ? (given as Word) : last;
    if (!bracketed && !appositiveLead(words, k, i, c)) return;
    const prev = words[(full ? k - 2 : k - 1) - 1];
    // "Dr. Patel, my surgeon" is staff, not a relative: titles before the name pass.
    if (prev && (c.staffTitles.has(prev.lower) || c.staffCues.has(prev.lower) || (c.pack.professions ?? []).includes(prev.lower))) return;
    emit('relative-name', name.start, last.end);
    return;
  }
}

/** A given name of the English lexicon or of the pack's nicknames ("Chuy", "Lety"). */
function isPackGivenName(word: Word, c: CompiledPack): boolean {
  const bare = bareName(word).text;
  return isGivenName(bare) || c.packGivenNames.has(norm(bare));
}

/**
 * Does the appositive from word k to the relation i name the relation of the name before it?
 * It starts with a possessive ("Jen, my niece", "Brantley, Pastor Dale's grandson"), a relative
 * pronoun and a copula before one ("Rosa, who is our mom", "Milagros, que es mi mamá"), or an
 * article or the relation itself when the relation is somebody else's ("Anselmo, el esposo de
 * Ofelia", "Rigoberto, vecino de la colonia").
 */
function appositiveLead(words: readonly Word[], k: number, i: number, c: CompiledPack): boolean {
  const first = words[k] as Word;
  if (c.possessives.has(first.lower) || hasPossessiveEnd(first.text) || HONORIFICS.has(first.lower) || /^(?:pastor|father|fr|rev|dr)$/.test(first.lower)) return true;
  if (c.relativePronouns.has(first.lower)) {
    const copula = words[k + 1];
    const possessive = words[k + 2];
    return k + 3 <= i && !!copula && c.relationCopulas.has(copula.lower) && !!possessive && c.possessives.has(possessive.lower);
  }
  const of = words[i + 1];
  const somebodys = !!of && c.relationOf.has(of.lower) && of.text === of.lower;
  return somebodys && (k === i || (k === i - 1 && c.articles.has(first.lower) && first.text === first.lower));
}

/** "nuestra Valentina", "our little Eli": a possessive right before a given name from the lexicon. */
export function findPossessedNames(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    let p = words[i - 1] as Word;
    // "our little Eli", "my brave Maddie": one adjective of affection (the pack's) between.
    const adjective = words[i - 2];
    if (adjective && c.affectionAdjectives.has(p.lower) && p.text === p.lower && /^[\s\u00a0]$/.test(text.slice(adjective.end, p.start))) p = adjective;
    // "my 3-year-old Zara", "our 14-month-old Eli": an age compound (its digits dropped by the tokenizer) between.
    else if (adjective && /^(?:year|month|week|day)s?-old$/.test(p.lower) && /^[\s\u00a0]\d{1,2}-$/.test(text.slice(adjective.end, p.start))) p = adjective;
    if (!c.possessives.has(p.lower) || !/^[\s\u00a0]$/.test(text.slice((words[i - 1] as Word).end, w.start))) continue;
    if (!looksLikeName(w, c) || !isGivenName(bareName(w).text) || c.months.has(w.lower)) continue;
    // "our Cody clinic", "our Lincoln campus", "our Grace Chapel": a site or a longer proper name.
    const next = words[i + 1];
    if (next && /^[\s\u00a0]{1,2}$/.test(text.slice(w.end, next.start))) {
      if (isCapitalized(next.text) || c.placeOrgNouns.has(next.lower) || c.placeCuesAfter.has(next.lower) || ORG_AFTER.has(next.lower) || c.institutionWords.has(next.lower)) continue;
      // "my London number", "our Austin trip": a town that is also a given name, as a modifier of a noun.
      if (next.text === next.lower && !c.coordinators.has(next.lower) && isUsPlace(bareName(w).text)) continue;
      // "our Yuma and San Luis clinics": towns coordinated before a site noun.
      if (c.coordinators.has(next.lower) && isUsPlace(bareName(w).text) && coordinatedBeforeSite(words, i + 2, c)) continue;
    }
    emit('relative-name', w.start, bareName(w).end);
  }
}

/** Past a coordinator: capitalized words (another town, "San Luis") and then a site noun ("clinics", "offices"). */
function coordinatedBeforeSite(words: readonly Word[], from: number, c: CompiledPack): boolean {
  let capitalized = 0;
  for (let j = from; j < words.length && j < from + 4; j++) {
    const x = words[j] as Word;
    if (isCapitalized(x.text)) capitalized++;
    else return capitalized > 0 && (c.placeOrgNouns.has(x.lower) || ORG_AFTER.has(x.lower));
  }
  return false;
}

const FAMILY_WORDS = new Set(['family', 'families', 'girls', 'boys', 'kids', 'clan', 'household']);

/** "the Yellowhorse family", "the Guidry girls", "la familia Orozco": a family name identifies the patient's relatives. */
export function findFamilyNames(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (!c.familyWordsBefore.has(w.lower)) continue;
    const name = words[i + 1] as Word;
    if (text.slice(w.end, name.start) !== ' ' || !looksLikeName(name, c)) continue;
    emit('relative-name', name.start, nameEnd(text, words, i + 1, c));
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    const after = words[i + 1] as Word;
    // "the Lindqvist house": the pack's own family words, in lower case only ("the White House").
    if (!FAMILY_WORDS.has(after.lower) && !((c.pack.familyWordsAfter ?? []).includes(after.lower) && after.text === after.lower)) continue;
    if ((words[i - 1] as Word).lower !== 'the' || !looksLikeName(w, c)) continue;
    if (text.slice(w.end, (words[i + 1] as Word).start) !== ' ') continue;
    emit('relative-name', w.start, w.end);
  }
}

const DASHES = new Set([0x2014, 0x2013, 45]);
/** A professional credential after a signature's name: ", RD", ", MSW", ", PA-C", ", DDS". */
const CREDENTIAL_AFTER = /^,[\s\u00a0]{0,2}([A-Z]{2,5}(?:-[A-Z]{1,2})?)(?:[,\s\u00a0|.]|$)/;

/** A signature's job title after its name, to the end of the line: ", donor coordinator", ", Patient Advocate". */
const ROLE_AFTER = /^,[\s\u00a0]{0,2}([\p{L}'\u2019-]{2,20}(?:[\s\u00a0][\p{L}'\u2019-]{2,20}){0,3})(?:[.!]?[\s\u00a0]*$|[\s\u00a0]*[,(|]|[\s\u00a0]+(?:at|@|with|from)[\s\u00a0])/u;
function jobTitleAfter(rest: string, c: CompiledPack): boolean {
  const m = ROLE_AFTER.exec(rest);
  return !!m && tokenize(m[1] as string).some((x) => c.professions.has(x.lower) || c.jobTitleWords.has(x.lower));
}

/**
 * Signatures at the end of a text or line ("— Carla", "Thx — Bev", "— Jessa R., Wasilla") and
 * self-introductions ("this is Glenda", "ask for Ruthie") with a given name from the lexicon.
 */
export function findPersonNames(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!looksLikeName(w, c)) continue;
    // Signature: a dash right before, then the end of the text or line, or a comma.
    let j = w.start - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 160)) j--;
    if (j >= 0 && DASHES.has(text.charCodeAt(j)) && w.start - j <= 3) {
      const end = nameEnd(text, words, i, c);
      const ahead = text.slice(end, end + 48); // bounded look-ahead keeps the scan linear
      const lineEnd = ahead.indexOf('\n');
      const rest = lineEnd === -1 ? ahead : ahead.slice(0, lineEnd);
      // "— Hannah Voss, RD", "— Luis Ortega, MSW": a credential in capitals after the name signs a staff member's tip.
      const credential = CREDENTIAL_AFTER.exec(rest);
      // A state's code ("— Jessa R., AK") is where the writer lives, not a credential.
      if (credential && !STATE_CODES.has((credential[1] as string).split('-')[0] as string)) continue;
      // "— Carla Mendes, donor coordinator", "— Dev R., tech", "— Coach Ben": a job title after the name, or a staff title as its first word.
      // "— Front Desk, Pearl Aesthetics": a department signs, not a person.
      if (c.staffTitles.has(w.lower) || jobTitleAfter(rest, c) || tokenize(text.slice(w.start, end)).some((x) => c.professions.has(x.lower))) continue;
      if (/^[.!]?[\s\u00a0'"\u201d]*$/.test(rest) || (rest.charCodeAt(0) === 44 && rest.length <= 40)) {
        emit('person-name', w.start, end);
        continue;
      }
    }
    // "my name is Odette Vance", "se llama Ernesto Salazar": a naming phrase makes any capitalised word a name.
    // "le dicen el Chino", "goes by the Colonel": a nickname may keep its article.
    const article = words[i - 1];
    const nickname =
      !!article && article.text === article.lower && c.articles.has(article.lower) && !!words[i - 2] && !c.relationCopulas.has((words[i - 2] as Word).lower) && phraseBefore(words, i - 1, c.namingPhrases);
    const naming = phraseLengthBefore(words, i, c.namingPhrases);
    if ((naming > 0 || nickname) && !c.placeCuesBefore.has(w.lower)) {
      // "el kinesiólogo se llama Matías", "matrona un amor, se llamaba Rocío": staff the sentence names.
      if (naming > 0 && professionBefore(words, i - naming, c)) continue;
      emit('person-name', w.start, nameEnd(text, words, i, c));
      continue;
    }
    // "Nació Lía", "Welcome to the world, Rowan": a given name of the lexicons after a birth phrase is the
    // child's; "les presento a Marta, nuestra nueva pediatra" introduces staff.
    if (phraseBefore(words, i, c.birthPhrases) && (isGivenName(bareName(w).text) || c.packGivenNames.has(w.lower)) && !staffNear(words, i + 1, c)) {
      emit('person-name', w.start, nameEnd(text, words, i, c));
      continue;
    }
    const p1 = words[i - 1];
    const p2 = words[i - 2];
    if (!p1) continue;
    // "soy Chayo", "I'm Earl": a self-introduction, with a given name from the lexicon where the pack asks for it.
    if (phraseBefore(words, i, c.selfIntroductions) && (!c.pack.introductionsNeedLexicon || isGivenName(bareName(w).text))) {
      if (speaksForOffice(text, words, i, c)) continue;
      emit('person-name', w.start, bareName(w).end);
      continue;
    }
    // "this is Glenda", "it's Lorna", "ask for Ruthie": only given names from the lexicon.
    if (!isGivenName(bareName(w).text)) continue;
    // "Love you, Mikey and Desiree 🎈": a valediction, a comma, given names that close the text or line.
    if (signsAfterValediction(text, words, i, c)) {
      emit('person-name', w.start, bareName(w).end);
      continue;
    }
    const a = p1.lower;
    const b = p2 ? p2.lower : '';
    if ((a === 'is' && b === 'this') || a === "it's" || a === 'its' || (a === 'for' && b === 'ask')) {
      // "Front desk (ask for Tasha)", "ask for Renee in billing": a profession or department of the pack near the name is staff.
      if (a === 'for' && staffNear(words, i, c)) continue;
      if (a !== 'for' && speaksForOffice(text, words, i, c)) continue;
      emit('person-name', w.start, bareName(w).end);
    }
  }
}

/**
 * A self-introduction on an office's behalf: "this is Megan from Dr. Harlow's office", "it's
 * Tanya with Lakeside Family Dental", "I'm Jo at the clinic" (a link word of the pack's
 * `officeLinks`, then within four words a staff title, a profession or a business word), or a
 * capitalised institution or business word right after the name ("this is Mercy Pharmacy").
 * The speaker is staff or the organisation itself (server/src/detection/phi/README.md,
 * "Organisation context").
 */
function speaksForOffice(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const next = words[i + 1];
  if (!next) return false;
  const gap = text.slice((words[i] as Word).end, next.start);
  if (/^[ \u00a0]$/.test(gap) && isCapitalized(next.text) && (c.institutionWords.has(next.lower) || c.businessWords.includes(next.lower))) return true;
  if (!c.officeLinks.has(next.lower) || !/^[ \u00a0,]{1,2}$/.test(gap)) return false;
  // "this is Jordan from Lakeside Toyota", "it's Tracy with St. Anne's billing": a capitalised name
  // right after the link is a business's, unless it is a town, a state or a country ("this is Maria from Tucson").
  if (namesBusinessAfter(text, words, i + 2)) return true;
  for (let k = i + 2; k < words.length && k <= i + 5; k++) {
    const w = words[k] as Word;
    if (/[.!?;]/.test(text.slice((words[k - 1] as Word).end, w.start)) && !c.staffTitles.has((words[k - 1] as Word).lower)) return false;
    if (c.staffTitles.has(w.lower) || c.professions.has(w.lower) || c.businessWords.includes(w.lower)) return true;
  }
  return false;
}

/**
 * `found` without the names of staff (server/src/detection/phi/README.md, "Organisation
 * context"): a speaker with a staff role in apposition after her name ("Hi, I'm Renata Okafor,
 * LCSW", "this is Jordan, your care coordinator", "soy Paqui, la enfermera del centro"), a name
 * right before a professional credential ("Mr Paul Sinclair FRCS"), and a name right after a staff
 * role ("Our BCBA, Ms. Rivera"). Dropped last (index.ts), whether a rule or the PHI reader found
 * the name; only person-name findings, so a relative's and the consent's subject are kept.
 */
export function dropSpeakingStaff(text: string, found: Candidate[], c: CompiledPack): Candidate[] {
  if (!found.some((f) => f.kind === 'person-name')) return found;
  const words = tokenize(text);
  const kept = found.filter((f) => {
    if (f.kind !== 'person-name') return true;
    if (CREDENTIAL_NEXT.test(text.slice(f.end, f.end + 12))) return false;
    const i = wordAt(words, f.start);
    if (i >= 1 && roleRightBefore(text, words, i, c)) return false;
    if (roleInParentheses(text, f.end, c)) return false;
    return i < 1 || !introducesSpeaker(words, i, c) || !roleInApposition(text, words, i, c);
  });
  return kept.length === found.length ? found : kept;
}

/**
 * A professional credential right after a name, a comma allowed: "Mr Paul Sinclair FRCS", "Owen
 * Pritchard, MRPharmS", "Kelly Amos, PA-C". Written in capitals or in the mixed case of a college's
 * letters; a state's code ("Anna, DC") and a form's label ("RN:", a newborn's sex) are none.
 */
const CREDENTIAL_NEXT =
  /^,?[\s\u00a0]{1,2}(?:MD|DDS|DMD|RN|NP|PA-C|RPh|PharmD|PhD|PsyD|LCSW|LMFT|LPC|MSW|RD|RDN|CDCES|IBCLC|FRCS|FRCP|FRCPC|FRACS|FRACP|FACS|FACP|MRCP|MRCGP|MRPharmS|DPT|OTR|CCC-SLP|BCBA|ATC|CNM|LPN|CNA|EMT|DNP|APRN|FNP|FNP-C)(?![\p{L}])(?![\s\u00a0]*:)/u;

/**
 * A staff role right before a name, a comma and an honorific allowed between: "Our BCBA, Ms.
 * Rivera", "our SLP, Miss Carmen", "Our audiologist Rachel", "facilitator Joan Whitley", "Shift
 * lead today: Ms. Pauline", "la psicóloga Mayra". A relation of the writer's within the three words
 * before the role keeps the name ("my sister, a nurse, Ana").
 */
function roleRightBefore(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  let k = i - 1;
  const honorific = words[k] as Word;
  if (HONORIFICS.has(honorific.lower) || c.honorifics.has(honorific.lower)) {
    if (!/^\.?[\s\u00a0]{1,2}$/.test(text.slice(honorific.end, (words[i] as Word).start))) return false;
    k -= 1;
  }
  // "Shift lead today: Ms. Pauline": the day between a role and its colon.
  if ((words[k]?.lower === 'today' || words[k]?.lower === 'hoy') && /^[\s\u00a0]?:/.test(text.slice((words[k] as Word).end, (words[k] as Word).end + 2))) k -= 1;
  const role = words[k];
  if (!role) return false;
  const gap = text.slice(role.end, (words[k + 1] as Word).start);
  if (!/^(?:[\s\u00a0]{1,2}|,[\s\u00a0]{1,2}|[\s\u00a0]?:[\s\u00a0]{1,2})$/.test(gap)) return false;
  // A role that a patient or a relative holds as well is no sign of staff ("Customer: Rosa Delgado", "la maestra Rosaura").
  if (NOT_ONLY_STAFF.has(singular(role.lower))) return false;
  // "the nurse: Micah's pod change": a possessive names whose thing it is.
  if (/^['\u2019]s(?![\p{L}])/u.test(text.slice((words[i] as Word).end, (words[i] as Word).end + 3)) || /['\u2019]s$/.test((words[i] as Word).text)) return false;
  if (!isStaffRole(role.lower, c) && !STAFF_ROLES.has(singular(role.lower))) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) if (c.relations.has((words[j] as Word).lower)) return false;
  // "Coach, Brayden missed practice": a role that opens the text or a sentence with a comma is whom the writer addresses.
  if (gap.startsWith(',') && (k === 0 || /[.!?\n]/.test(text.slice((words[k - 1] as Word).end, role.start)))) return false;
  // "la doctora: Joaquín, mi nieto, …": a relation in apposition after the name makes it a relative.
  for (let j = i + 1; j < words.length && j <= i + 4; j++) if (c.relations.has((words[j] as Word).lower)) return false;
  return true;
}

/**
 * A staff role in parentheses right after a name: "Mrs Begum (first aider)", "Ms Rivera (DSL)",
 * "Dra. Pons (neumóloga)": the role alone, in at most two words. A role a patient may hold as well
 * (NOT_ONLY_STAFF) is no sign.
 */
function roleInParentheses(text: string, end: number, c: CompiledPack): boolean {
  const m = /^[\s\u00a0]{0,2}\(([\p{L}][\p{L}\s\u00a0.-]{0,30})\)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const roleWords = (m[1] as string).toLowerCase().split(/[\s\u00a0.]+/).filter(Boolean);
  const last = roleWords[roleWords.length - 1] as string;
  const first = roleWords[0] as string;
  if (NOT_ONLY_STAFF.has(singular(first)) || NOT_ONLY_STAFF.has(singular(last))) return false;
  // The role itself, at most two words ("first aider"), not a phrase about one ("for the school nurse", "a nurse").
  if (roleWords.length > 2 || PHRASE_OPENERS.has(first)) return false;
  return [first, last].some((w) => isStaffRole(w, c) || STAFF_ROLES.has(singular(w)));
}

/** Words that open a phrase about a role rather than the role itself: "(a nurse)", "(for the school nurse)". */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la', 'for', 'para', 'de']);

/** A word without a plural's final "s" ("pharmacists", "fisioterapeutas"). */
const singular = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);

/** Is the word a profession or a job title of the pack, in the singular or the plural ("one of the pharmacists at…"), or a specialist by the ending of the specialty ("urologist", "neumóloga", "pediatra")? */
function isStaffRole(w: string, c: CompiledPack): boolean {
  return c.professions.has(w) || c.jobTitleWords.has(w) || c.professions.has(singular(w)) || c.jobTitleWords.has(singular(w)) || SPECIALIST.test(w);
}

/** A specialist by the ending of the specialty, English or Spanish: "-ologist", "-ólogo", "-ólogas", "-iatra". */
const SPECIALIST = /^[a-zñáéíóú]{3,}(?:ologists?|ólog[oa]s?|iatras?)$/;

/** Roles of staff the packs' professions lack, as notes and notices write them before a name. */
const STAFF_ROLES = new Set(['bcba', 'slp', 'audiologist', 'instructor', 'facilitator', 'lead', 'trainee', 'consultant', 'driver', 'guide', 'host', 'moderator', 'organiser', 'organizer', 'investigator', 'inspector', 'aider', 'dsl', 'hsa', 'caseworker', 'brigadista', 'promotora', 'promotor', 'motorista', 'chofer', 'secretaria', 'secretario', 'tesorera', 'tesorero', 'secretary', 'treasurer']);
/** Roles the packs list that a patient, a relative or a customer may hold: a name after them may be anybody's. */
const NOT_ONLY_STAFF = new Set(['customer', 'client', 'agent', 'employee', 'tutor', 'tutora', 'volunteer', 'voluntaria', 'voluntario', 'maestra', 'maestro', 'teacher', 'worker', 'trabajador', 'trabajadora', 'pastor', 'pastora', 'member', 'miembro', 'president', 'presidente', 'presidenta', 'officer', 'judge', 'senator', 'mayor']);

/**
 * Does a speaker introduce herself with a staff role anywhere in the text ("Hi, this is Jordan,
 * pharmacist at Valley Drug, calling…")? Then "call me back at …" and "our fax is …" are the
 * office's (org-context.ts, businessContact).
 */
export function staffSpeaks(text: string, c: CompiledPack): boolean {
  // Asked once per contact of the same text: the answer for the last text and pack is kept, so a long text stays linear.
  if (text === staffSpeaksMemo.text && c === staffSpeaksMemo.pack) return staffSpeaksMemo.answer;
  let answer = false;
  if (/\b(?:i['\u2019]m|i am|this is|it['\u2019]s|soy)\s/i.test(text)) {
    const words = tokenize(text);
    for (let i = 1; i < words.length && !answer; i++) {
      answer = isCapitalized((words[i] as Word).text) && introducesSpeaker(words, i, c) && roleInApposition(text, words, i, c);
    }
  }
  staffSpeaksMemo = { text, pack: c, answer };
  return answer;
}
let staffSpeaksMemo: { text: string | null; pack: CompiledPack | null; answer: boolean } = { text: null, pack: null, answer: false };

/** The index of the word starting at `start` (binary search), -1 if none. */
function wordAt(words: readonly Word[], start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (words[mid] as Word).start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Does a self-introduction of the pack ("I'm", "soy") or "this is" / "it's" end right before word i? */
function introducesSpeaker(words: readonly Word[], i: number, c: CompiledPack): boolean {
  const a = (words[i - 1] as Word).lower;
  return phraseBefore(words, i, c.selfIntroductions) || a === "it's" || a === 'its' || (a === 'is' && i > 1 && (words[i - 2] as Word).lower === 'this');
}

/** Indefinite articles before a role in apposition: the writer's own trade, not an office ("I'm Dana, a nurse myself"). */
const INDEFINITE = new Set(['a', 'an', 'un', 'una']);

/**
 * A staff role in apposition after the speaker's name, before the sentence ends: "it's Priya Raman,
 * ODSP caseworker", "this is Jordan, your care coordinator", "soy Paqui, la enfermera del centro",
 * "I'm Renata Okafor, LCSW". A profession or job-title word of the pack within five words of the
 * comma; an indefinite article or a relation before it makes it the writer's own trade or family.
 */
function roleInApposition(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const end = nameEnd(text, words, i, c);
  let k = i + 1;
  while (k < words.length && (words[k] as Word).start < end) k++;
  const first = words[k];
  if (!first || !/^[ \u00a0]*,[ \u00a0]*$/.test(text.slice(end, first.start))) return false;
  for (let j = k; j < words.length && j < k + 5; j++) {
    const w = words[j] as Word;
    if (j > k && /[.!?;(\n]/.test(text.slice((words[j - 1] as Word).end, w.start))) return false;
    if (INDEFINITE.has(w.lower) || c.relations.has(w.lower)) return false;
    if (isStaffRole(w.lower, c)) return true;
  }
  return false;
}

/**
 * Capitalised words from words[k] on that name a business, not a town, a state, a country or a
 * person: "Lakeside Toyota", "St. Anne's", "Northside Imaging" but not "Tucson", "San Antonio",
 * "Fresno County" or "Jose".
 */
function namesBusinessAfter(text: string, words: readonly Word[], k: number): boolean {
  const run: Word[] = [];
  for (let j = k; j < words.length && run.length < 3; j++) {
    const w = words[j] as Word;
    const before = run.length ? (run[run.length - 1] as Word).end : (words[k - 1] as Word).end;
    if (!/^\.?[ \u00a0]{1,2}$/.test(text.slice(before, w.start)) || !isCapitalized(w.text) || isUpperWord(w.text)) break;
    run.push(w);
  }
  if (!run.length || isGivenName((run[0] as Word).text)) return false;
  for (let n = 1; n <= run.length; n++) {
    const name = run.slice(0, n).map((w) => w.lower).join(' ');
    if (isUsPlace(name) || isCountry(name) || STATE_NAMES.has(name)) return n < run.length && !PLACE_TAIL.has((run[n] as Word).lower) && !isUsPlace(run.slice(0, n + 1).map((w) => w.lower).join(' '));
  }
  return true;
}

/** Words after a town's name that make it a larger place, not a business: "Fresno County", "Bay Area". */
const PLACE_TAIL = new Set(['county', 'parish', 'borough', 'city', 'area', 'valley', 'township', 'condado']);

/** What may follow the first name of a card's signature: more names joined by "and", "&" or commas, then "!", "." or emoji. */
const SIGNATURE_REST = /^(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:and|&)[ \u00a0]+|[ \u00a0]*,[ \u00a0]*(?:and|&)[ \u00a0]+)\p{Lu}[\p{L}'\u2019-]{1,20}){0,4}(?:[ \u00a0!.\p{Extended_Pictographic}]|\u200d|\ufe0f)*(?:\n|$)/u;

/** Is word i a given name right after a valediction of the pack and a comma, closing the text or its line? */
function signsAfterValediction(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  if (!c.valedictions.length || i < 1) return false;
  const w = words[i] as Word;
  const p1 = words[i - 1] as Word;
  if (!/^[ \u00a0]*,[ \u00a0]{0,2}$/.test(text.slice(p1.end, w.start))) return false;
  // The longest phrase that matches ("much love", not "love").
  let phrase: string[] = [];
  for (const p of c.valedictions) if (p.length > phrase.length && p.length <= i && p.every((x, k) => (words[i - p.length + k] as Word).lower === x)) phrase = p;
  if (!phrase.length) return false;
  const first = words[i - phrase.length] as Word;
  const before = words[i - phrase.length - 1];
  // The phrase opens its clause: "I love, Mikey" is no closing.
  if (before && !/[.!?\n\p{Extended_Pictographic}]/u.test(text.slice(before.end, first.start))) return false;
  return SIGNATURE_REST.test(text.slice(bareName(w).end, bareName(w).end + 80));
}

/** A profession or department of the pack within four words before word i or three after it. */
function staffNear(words: readonly Word[], i: number, c: CompiledPack): boolean {
  for (let k = Math.max(0, i - 4); k < words.length && k <= i + 3; k++) if (k !== i && c.professions.has((words[k] as Word).lower)) return true;
  return false;
}

/** The length of the first of `phrases` (word arrays) that ends right before word i, 0 if none. */
function phraseLengthBefore(words: readonly Word[], i: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    if (i < phrase.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = (words[i - phrase.length + k] as Word).lower === phrase[k];
    if (ok) return phrase.length;
  }
  return 0;
}

/** A profession or staff role of the pack among the three words before word i, with no relation of the writer's among the six before it ("mi mamá, que es enfermera, se llama Rosa" keeps Rosa). */
function professionBefore(words: readonly Word[], i: number, c: CompiledPack): boolean {
  const roles = c.pack.roleLabels ?? [];
  let found = false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const x = (words[k] as Word).lower;
    if (c.relations.has(x)) return false;
    if (k >= i - 3 && (c.professions.has(x) || roles.includes(x))) found = true;
  }
  return found;
}

/** Do the words before word `i` end with one of `phrases` (word arrays), the gap a space or a comma? */
function phraseBefore(words: readonly Word[], i: number, phrases: readonly string[][]): boolean {
  return phraseLengthBefore(words, i, phrases) > 0;
}

const nameTriggers = perPack((c): Trigger[] => {
  const t: Trigger[] = [
    // case-insensitive: irregexp scans a plain alternation faster than "[Ss]on|[Dd]aughter…"
    nativeRegExp(`\\b(?:${wordAlternation([...c.pack.relations, ...(c.pack.socialRelations ?? [])], false)})\\b`, 'gi'),
    /[\u2014\u2013][ \u00a0]?[A-Z]| -[ \u00a0]?[A-Z]/g,
    /\b(?:[Tt]his is|[Ii]t['\u2019]?s|[Aa]sk for) [A-Z]/g,
    // a valediction of the pack, a comma and a capital: "Love you, Mikey"
    ...(c.valedictions.length ? [nativeRegExp(`\\b(?:${wordAlternation(c.valedictions.map((p) => p.join(' ')))}),[ \\u00a0]{0,2}[A-Z]`, 'g')] : []),
    nativeRegExp(`\\bthe [A-Z][a-z'\\u2019-]+ (?:${[...FAMILY_WORDS, ...(c.pack.familyWordsAfter ?? [])].join('|')})\\b`, 'g'),
  ];
  // a birth phrase: "nació Lía", "welcome baby Rowan"
  if (c.birthPhrases.length) t.push(nativeRegExp(`\\b(?:${wordAlternation(c.birthPhrases.map((p) => p.join(' ')), false)})`, 'gi'));
  const lasts = [...new Set([...c.namingPhrases, ...c.selfIntroductions].map((p) => p[p.length - 1] as string))];
  // a possessive or a family word before a capitalised word: "nuestra Valentina", "la familia Orozco"
  t.push(notAfterLetter(nativeRegExp(`(?:${wordAlternation([...c.pack.possessives, ...(c.pack.familyWordsBefore ?? [])])})[ \\u00a0]\\p{Lu}`, 'gu')));
  // a possessive and an adjective of affection or an age compound before a capitalised word: "our little Eli", "my 3-year-old Zara"
  const modifiers = [...c.affectionAdjectives, '\\d{1,2}-(?:year|month|week|day)s?-old'].join('|');
  if (c.affectionAdjectives.size) t.push(notAfterLetter(nativeRegExp(`(?:${wordAlternation(c.pack.possessives)})[ \\u00a0](?:${modifiers})[ \\u00a0]\\p{Lu}`, 'gu')));
  if (lasts.length) t.push(notAfterLetter(nativeRegExp(`(?:${wordAlternation(lasts)})[ \\u00a0,]{1,3}\\p{Lu}`, 'gu')));
  // a nickname with its article ("le dicen el Chino"), after a naming phrase that does not end in a copula
  const nickLasts = [...new Set(c.namingPhrases.filter((p) => p.length > 1).map((p) => p[p.length - 1] as string))].filter((w) => !c.relationCopulas.has(w));
  if (nickLasts.length) t.push(notAfterLetter(nativeRegExp(`(?:${wordAlternation(nickLasts)})[ \\u00a0]{1,2}(?:${[...c.articles].join('|')})[ \\u00a0]\\p{Lu}`, 'gu')));
  return t;
});

/** All name detectors, over small windows around their triggers (relation words, dashes, "this is"). */
export function findContextNames(text: string, emit: Emit, c: CompiledPack): void {
  forEachTriggerWindow(text, nameTriggers(c), 32, 96, (words) => {
    findRelativeNames(text, words, emit, c);
    findFamilyNames(text, words, emit, c);
    findPersonNames(text, words, emit, c);
    findPossessedNames(text, words, emit, c);
  });
}

/**
 * The pack's relation prefixes (`relationPrefixes`) as one pattern, in lower case, capitalised or
 * in capitals, with an optional "late" after ("W/o Late R. Narayanan"); built once per pack.
 */
const relationPrefixRegex = perPack((c): RegExp | null => {
  const prefixes = c.pack.relationPrefixes ?? [];
  if (prefixes.length === 0) return null;
  const alternation = caseForms(prefixes)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.split(' ').map(escapeRegex).join('[ \\u00a0]{1,2}'))
    .join('|');
  return nativeRegExp(`(?<![\\p{L}\\p{N}/])(?:${alternation})[ \\u00a0]{1,2}(?:(?:[Tt]he[ \\u00a0])?(?:[Ll]ate|LATE)[ \\u00a0]{1,2})?`, 'gu');
});

/** A word of a name after a relation prefix: a capital first, capitals allowed ("FARZANA"), or an initial ("R."). */
const PREFIXED_NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;

/**
 * Relatives named after a prefix of the pack: "Baby of Rekha", "B/O Funmilayo Adebayo", "Pinki
 * w/o Raju", "Bilal s/o Muhammad Aslam". Honorifics ("Mr", "Smt", "Sri") are skipped; the name is
 * one to three capitalised words or initials; a month, a word that is never a name, a relation or
 * a staff title ("s/o Nurse Kim") names no relative.
 */
export function findPrefixedRelativeNames(text: string, emit: Emit, c: CompiledPack): void {
  const re = relationPrefixRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const from = m.index + m[0].length;
    const words = tokenize(text.slice(from, from + 80));
    let k = 0;
    while (k < words.length && (HONORIFICS.has((words[k] as Word).lower) || REGISTER_HONORIFICS.has((words[k] as Word).lower) || c.honorifics.has((words[k] as Word).lower) || c.religiousTitles.has((words[k] as Word).lower))) k++;
    let start = -1;
    let end = -1;
    for (let n = 0; k < words.length && n < 3; k++, n++) {
      const w = words[k] as Word;
      const gap = text.slice(from + (n === 0 ? w.start : (words[k - 1] as Word).end), from + w.start);
      if (n > 0 && !/^\.?[ \u00a0]$/.test(gap)) break;
      if (!PREFIXED_NAME_WORD.test(w.text)) break;
      const lower = norm(w.text);
      // An initial opens a name only before a full word: "R. Narayanan".
      const initial = w.text.length === 1 && text.charCodeAt(from + w.end) === 46 && !!words[k + 1];
      if (n === 0 && ((w.text.length < 2 && !initial) || neverAName(lower, c))) break;
      if (start < 0) start = from + w.start;
      end = from + w.end;
    }
    if (start >= 0) emit('relative-name', start, end);
  }
}

/**
 * Relatives named before a kinship word of the pack (`relationSuffixes`): "Bilal bhai please usi din
 * aa jana", "Saima apa aap kal", "Kavitha akka will take Tue/Thu". The name is the one or two
 * capitalised words right before the suffix; a word that is never a name, a month, a weekday, a
 * relation, a staff title, a word of address ("Thanks bhai", "Haan didi") or a name after a staff
 * title ("Dr. Aslam bhai") names no relative.
 */
export function findSuffixedRelativeNames(text: string, emit: Emit, c: CompiledPack): void {
  const regexes = relationSuffixRegex(c);
  if (!regexes) return;
  let m: RegExpExecArray | null;
  // Where the last match ended: a scan of the whole text goes on from there.
  let reach = 0;
  for (const at of suffixedNameStarts(text, regexes.suffix)) {
    if (at < reach) continue;
    regexes.sticky.lastIndex = at;
    if ((m = regexes.sticky.exec(text)) === null) continue;
    reach = m.index + m[0].length;
    const first = m[1] as string;
    const second = m[2];
    const notName = (w: string): boolean => {
      const lower = norm(w);
      return w.length < 2 || hasPossessiveEnd(w) || neverAName(lower, c) || ADDRESS_WORDS.has(lower) || c.staffTitles.has(lower);
    };
    // "Bablu chacha", "Gurnam Singh chacha"; a first word that is no name leaves the second alone ("Thanks Bilal bhai").
    let start = m.index;
    if (notName(first)) {
      if (second === undefined) continue;
      start = m.index + first.length + 1;
    }
    if (second !== undefined && notName(second)) continue;
    const end = m.index + first.length + (second !== undefined ? second.length + 1 : 0);
    // "Dr. Aslam bhai", "Sir Imran bhai": a staff title right before the name.
    const before = /(\p{L}+)\.?[ \u00a0]{1,2}$/u.exec(text.slice(Math.max(0, start - 16), start));
    if (before && (c.staffTitles.has(norm(before[1] as string)) || c.staffCues.has(norm(before[1] as string)))) continue;
    emit('relative-name', start, end);
  }
}

/** Words of address and assent a writer puts before a kinship word, never a name: "Thanks bhai", "Haan didi", "Suno bhaiya". */
const ADDRESS_WORDS = new Set(['please', 'pls', 'plz', 'sorry', 'haan', 'han', 'ji', 'acha', 'accha', 'achha', 'theek', 'thik', 'bas', 'arre', 'arey', 'are', 'oye', 'chalo', 'suno', 'bolo', 'yaar', 'salaam', 'salam', 'namaste', 'assalam', 'good', 'morning', 'night', 'welcome', 'sir', 'madam', 'maam', 'bro', 'dear', 'respected', 'great', 'nice', 'thanks', 'thank', 'congrats', 'happy', 'bye']);

/**
 * The pack's relation suffixes (`relationSuffixes`) after one or two capitalised words, in lower
 * case, capitalised or in capitals (`sticky`, run at a possible start); and the suffix alone after
 * a space (`suffix`, global), which finds those starts. Built once per pack.
 */
const relationSuffixRegex = perPack((c): { sticky: RegExp; suffix: RegExp } | null => {
  const suffixes = c.pack.relationSuffixes ?? [];
  if (suffixes.length === 0) return null;
  const word = "\\p{Lu}[\\p{L}'\\u2019-]{1,24}";
  const suffix = `[ \\u00a0](?:${caseForms(suffixes).map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`;
  return {
    sticky: nativeRegExp(`(?<![\\p{L}\\p{N}.'\\u2019-])(${word})(?:[ \\u00a0](${word}))?${suffix}`, 'uy'),
    suffix: nativeRegExp(suffix, 'gu'),
  };
});

/**
 * Where a name before a relation suffix can start, in order: for each suffix after a space, the
 * start of the run of letters, apostrophes and hyphens right before that space, and of the run
 * before that one when a single space parts them. A match of the whole pattern can start nowhere
 * else (the names are such runs, and the look-behind refuses a start inside one), so trying the
 * sticky pattern at these starts, left to right and past each match, finds what a scan of the
 * whole text for it finds, without trying it at every capital of a page.
 */
export function suffixedNameStarts(text: string, suffix: RegExp): number[] {
  const starts: number[] = [];
  suffix.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = suffix.exec(text)) !== null) {
    const last = runStartBefore(text, m.index);
    if (last === m.index) continue;
    const space = text.charCodeAt(last - 1);
    if (last > 0 && (space === 32 || space === 0xa0)) {
      const first = runStartBefore(text, last - 1);
      if (first < last - 1 && (starts.length === 0 || (starts[starts.length - 1] as number) < first)) starts.push(first);
    }
    if (starts.length === 0 || (starts[starts.length - 1] as number) < last) starts.push(last);
  }
  return starts;
}

/** The start of the run of letters, apostrophes (straight or curly) and hyphens that ends at `end` (`end` itself when there is none). */
function runStartBefore(text: string, end: number): number {
  let k = end;
  while (k > 0) {
    const code = text.charCodeAt(k - 1);
    if (code === 39 || code === 0x2019 || code === 45) k--;
    else if (isLetterBefore(text, k)) k -= code >= 0xdc00 && code <= 0xdfff && k >= 2 && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    else break;
  }
  return k;
}

/** A pack's phrases in lower case, capitalised and in capitals ("b/o", "B/o", "B/O"), once each. */
function caseForms(phrases: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const p of phrases) for (const f of [p, p.toUpperCase(), p.charAt(0).toUpperCase() + p.slice(1)]) forms.add(f);
  return [...forms];
}

/** A word that never opens a relative's name after a prefix or before a kinship word: no name, a month, a weekday, a relation or a staff word. */
function neverAName(lower: string, c: CompiledPack): boolean {
  return c.notNames.has(lower) || c.months.has(lower) || c.relations.has(lower) || c.staffCues.has(lower) || c.professions.has(lower) || weekdays(c).has(lower);
}

/** Honorifics the registers that write these prefixes put before a name: "W/o Late Sri R. Narayanan", "B/O Smt. Kavya", "s/o Alhaji Musa". */
const REGISTER_HONORIFICS = new Set(['sri', 'shri', 'smt', 'shrimati', 'alhaji', 'alhaja']);
/** The pack's weekdays and their abbreviations, normalised: "B/O Friday" is a back order. */
const weekdays = perPack((c): Set<string> => new Set([...(c.pack.weekdays ?? []), ...(c.pack.weekdayAbbreviations ?? [])].map(norm)));
