/**
 * Places smaller than a state and bare ZIP codes, from context cues plus real reference data
 * (the US gazetteer and ZIP list in ../data). A capitalised name is a place when a cue makes it
 * one and the gazetteer knows it ("back home in Ogden", "from Tulsa", "Eunice resident"), or when
 * the cue is strong on its own ("Otsego County", "Barre, VT", "Decorah 52101"). State names alone
 * pass, and so do places named as the organisation's ("the conference in Orlando").
 */
import { forEachTriggerWindow, isCapitalized, isDigitCode, isUpperWord, norm, overlapIndex, sentenceAround, wordAlternation, wordsIn } from '../text';
import type { Word } from '../text';
import { STATE_CODES, STATE_NAMES, isCountry, isCuratedPlace, isGivenName, isPlaceWord, isUsPlace, isUsZip, perPack } from './compile';
import type { CompiledPack } from './compile';
import { notIdWords } from './labels';
import { MAX_NEAR, forEachWindowNearIdentifiers } from './near';
import type { Candidate, Emit } from './shapes';
import { nativeRegExp } from '../../scanners/native-regexp';

const MAX_PLACE_WORDS = 4;
/** First words of many gazetteer names of several words that are not places alone. */
const PLACE_PREFIXES = new Set(['north', 'south', 'east', 'west', 'lake', 'river', 'bay', 'mountain', 'valley', 'beach', 'park', 'little', 'lower', 'upper']);
/** Nouns for a person after "a <place>": "a Queens family". */
const PERSON_NOUNS = new Set([
  'family', 'man', 'woman', 'couple', 'teen', 'teenager', 'girl', 'boy', 'mother', 'father', 'mom', 'dad', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'widow', 'widower', 'veteran', 'farmer', 'rancher', 'student', 'teacher', 'nurse',
  'toddler', 'baby', 'infant', 'retiree', 'patient', 'native', 'resident',
  // plurals: "any of the Baltimore moms", "two Tulsa families"
  'families', 'men', 'women', 'couples', 'teens', 'moms', 'dads', 'mothers', 'fathers', 'grandmothers', 'grandparents',
  'widows', 'veterans', 'farmers', 'ranchers', 'students', 'teachers', 'retirees', 'patients', 'natives', 'residents', 'parents', 'kids',
]);
const STREET_WORDS = new Set(['st', 'ave', 'rd', 'dr', 'blvd', 'ln', 'street', 'avenue', 'road', 'drive', 'lane', 'way', 'ct', 'pl', 'box']);
const CONNECTORS = new Set(['or', 'of', 'la', 'le', 'du', 'de', 'del', 'on', 'in', 'the']);
const SPACE_GAP = /^[\s\u00a0]{1,2}$/;
/** "St." / "Mt." / "Ft." inside a place name. */
const ABBREV_GAP = /^\.[\s\u00a0]{1,2}$/;
const ABBREVIATIONS: Record<string, string> = { st: 'saint', mt: 'mount', ft: 'fort' };

function withoutAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function isAsciiWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

interface PlaceMatch {
  start: number;
  end: number;
  /** Index of the word after the place. */
  next: number;
}

function capitalisedOrUpper(word: string): boolean {
  return isCapitalized(word) || (word.length > 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word));
}

/**
 * The longest run of words from `i` (capitalised, with connectors inside) that the gazetteer
 * knows, or, when `anyName` is set, the longest capitalised run (for strong cues).
 */
function placeAt(text: string, words: readonly Word[], i: number, c: CompiledPack, anyName = false, given = false): PlaceMatch | null {
  const first = words[i];
  if (!first || !capitalisedOrUpper(first.text)) return null;
  let best: PlaceMatch | null = null;
  let name = '';
  let altName = '';
  for (let k = i; k < words.length && k < i + MAX_PLACE_WORDS; k++) {
    const w = words[k] as Word;
    const n = w.lower.replace(/['\u2019]s$/, '');
    if (k > i) {
      const gap = text.slice((words[k - 1] as Word).end, w.start);
      // "St. Louis", "Mt. Vernon": a full stop inside a name only after an abbreviation ("live in Bexley. Text me" ends a sentence).
      const prevWord = words[k - 1] as Word;
      const abbrev = ABBREV_GAP.test(gap) && (ABBREVIATIONS[prevWord.lower] !== undefined || prevWord.text.length <= 2);
      if (!SPACE_GAP.test(gap) && !abbrev && gap !== '-') break;
      name += abbrev ? '. ' : gap === '-' ? '-' : ' ';
      altName += gap === '-' ? '-' : ' ';
    }
    const connector = k > i && CONNECTORS.has(n) && !capitalisedOrUpper(w.text);
    if (!connector && !capitalisedOrUpper(w.text)) break;
    name += n;
    altName += ABBREVIATIONS[n] ?? n;
    if (connector) continue;
    const end = /['\u2019]s$/.test(w.text) ? w.end - 2 : w.end;
    // "Los Ángeles", "San Antonio": a Spanish writer's accents on a US name.
    if (isUsPlace(name) || isUsPlace(altName) || (!isAsciiWord(name) && !isCountry(name) && isUsPlace(withoutAccents(name)))) best = { start: first.start, end, next: k + 1 };
    else if (anyName) best = { start: first.start, end, next: k + 1 };
    if (/['\u2019]s$/.test(w.text)) break;
  }
  if (!best) return null;
  // "the Baker County Library": a town's name before a county word and an office names an organisation.
  const countyWord = words[best.next];
  const office = words[best.next + 1];
  if (countyWord && c.countyWords.has(countyWord.lower) && namesOffice(office, c)) return null;
  const whole = norm(text.slice(best.start, best.end));
  // A name of several words after a strong cue may start with a common word ("Lake Highlands").
  const several = anyName && best.next - i > 1;
  // A pack's state is a county after a county word ("condado de Hidalgo").
  const countyOf = i >= 2 && c.countyWords.has((words[i - 2] as Word).lower);
  // "West Baltimore", "Lake Oswego": a direction or a water word opens many listed names of several words.
  const prefixed = best.next - i > 1 && PLACE_PREFIXES.has(first.lower);
  // `given`: a town that is also a given name ("Elizabeth", "Soledad"), named by a state after it or a strong cue.
  const notPlace = (w: string): boolean => c.notPlaces.has(w) && !(given && isGivenName(w));
  // "Midwest City": a listed name of several words that ends in a settlement word of the pack's
  // `placePartNouns` ("city", "town") may start with a word the pack keeps from places.
  const listedSeveral = best.next - i > 1 && isUsPlace(whole) && c.placePartNouns.has((words[best.next - 1] as Word).lower);
  if (STATE_NAMES.has(whole) || (packStates(c).has(whole) && !countyOf) || notPlace(whole) || (!several && !prefixed && !listedSeveral && notPlace(first.lower))) return null;
  // "moved to Thursdays": a weekday, plural too, is a time.
  if (c.months.has(first.lower) || c.notNames.has(whole) || WEEKDAY_NAMES(c).has(first.lower.replace(/s$/, ''))) return null;
  return best;
}

/** Is there a place cue right before word i: "in", "from", "back home in", "moved to"… */
function cueBefore(text: string, words: readonly Word[], at: number, c: CompiledPack): boolean {
  let i = at;
  let prev = words[i - 1];
  // "in sunny Scottsdale", "from rural Iowa", "in beautiful downtown Burbank": up to two adjectives of the pack.
  for (let a = 0; a < 2 && prev && i >= 2 && c.placeAdjectives.has(prev.lower) && prev.text === prev.lower && SPACE_GAP.test(text.slice(prev.end, (words[i] as Word).start)); a++) {
    i -= 1;
    prev = words[i - 1];
  }
  if (prev && c.articles.has(prev.lower) && i >= 2) {
    // "a los 52. Hagan sus chequeos": the article must sit right before the place.
    if (!SPACE_GAP.test(text.slice(prev.end, (words[i] as Word).start))) return false;
    i -= 1;
    prev = words[i - 1];
  }
  if (!prev) return false;
  const gap = text.slice(prev.end, (words[i] as Word).start);
  if (!/^[\s\u00a0]{1,2}$/.test(gap) && !/^\.?,[\s\u00a0]{1,2}$/.test(gap)) return false;
  const p = prev.lower;
  // "my hometown of Hibbing": a strong cue ending in "of".
  if (p === 'of' && strongCueBefore(words, at, c)) return true;
  // "of" makes a place only after a name or an apposition ("Opal Fenton, 99, of Bishop Hill") or
  // after a part of a place ("the south side of Bozeman", "the outskirts of Tulsa", "half of Gallatin").
  if (p === 'of') {
    const before = words[i - 2];
    const apposition = /,[\s\u00a0]*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start));
    const part = !!before && c.placePartNouns.has(before.lower) && /^[\s\u00a0]{1,2}$/.test(text.slice(before.end, prev.start));
    // "the Kowalski family of Hamtramck", "a retired teacher of Yankton": a person noun, not before a given name ("the family of Harold").
    const person = !!before && PERSON_NOUNS.has(before.lower) && before.text === before.lower && SPACE_GAP.test(text.slice(before.end, prev.start)) && !isGivenName((words[at] as Word).text);
    if (!apposition && !part && !person && !(before && isCapitalized(before.text) && text.slice(before.end, prev.start) === ' ')) return false;
    // "Knights of Columbus", "Sisters of Mercy", "Daughters of Charity": a capitalised plural before "of" names an order or a club.
    if (!apposition && !part && !person && before && /^\p{Lu}\p{Ll}{3,}s$/u.test(before.text) && !/['\u2019]s$/.test(before.text)) return false;
  }
  // After a street: "1122 W. Pecan St., Deming"
  if (STREET_WORDS.has(p) && /^\.?,[\s\u00a0]{1,2}$/.test(gap)) return true;
  // "Shoutout to Alicia in customer care", "thanks to Carmen": a given name after thanks is a person, not a town.
  if (isGivenName((words[at] as Word).text) && gratitudeBefore(words, i - 1, c)) return false;
  if (c.placeCuesBefore.has(p)) {
    // "the conference in Orlando", "our office in Bend": the organisation's place.
    const before = words[i - 2];
    if (before && c.placeOrgNouns.has(before.lower) && !personalVisit(text, words, i - 2, c)) return false;
    // "Hospital Infantil de Tijuana", "Children's Hospital of Dayton": part of an institution's name
    // (after a locative of the pack, `institutionLocatives`, the institution's town: "died at Evergreen Manor in Renton").
    for (let k = i - 2; k >= 0 && k >= i - 5 && !(c.pack.institutionLocatives ?? []).includes(p); k--) {
      const w = words[k] as Word;
      if (!isCapitalized(w.text)) break;
      if (c.institutionWords.has(w.lower.replace(/['\u2019]s$/, ''))) return false;
    }
    // "in Dr. Smith's office" and similar: titles are not places (they are not in the gazetteer).
    return true;
  }
  if (strongCueBefore(words, at, c)) return true;
  for (const phrase of c.placePhrasesBefore) {
    if (i < phrase.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = (words[i - phrase.length + k] as Word).lower === phrase[k];
    if (ok) return true;
  }
  return false;
}

const EN_FIRST_PERSON = ['my', 'i', 'me'];

/**
 * "the hospital in Edison took my son", "fui a la clínica en Edinburg con mi hija": a facility (an
 * institution word)
 * named with a definite article (not "our"), in words where the writer speaks of themself or of a
 * relative, is where the patient went, so the place after it counts. `k` is the facility word.
 */
function personalVisit(text: string, words: readonly Word[], k: number, c: CompiledPack): boolean {
  const noun = words[k] as Word;
  // Facilities only: "the conference in Orlando" stays the organisation's event.
  if (isCapitalized(noun.text) || !c.institutionWords.has(noun.lower)) return false;
  // "the hospital", "a hospital", "the transplant center": an article, one lower-case word allowed.
  const isArticle = (w: Word | undefined): boolean =>
    !!w && (c.articles.has(w.lower) || (c.pack.articleContractions ?? []).includes(w.lower) || INDEFINITE_ARTICLES.has(w.lower));
  const before = words[k - 1];
  // "the hospital", "the transplant center", "the VA clinic": one modifier, lower case or a name, between.
  if (!isArticle(before) && !(before && !c.possessives.has(before.lower) && isArticle(words[k - 2]))) return false;
  const self = new Set(c.pack.firstPersonWords ?? EN_FIRST_PERSON);
  const personal = (w: Word): boolean => self.has(w.lower) || (c.relations.has(w.lower) && (w.text === w.lower || c.relationTitles.has(w.lower)));
  if (words.some(personal)) return true;
  // The rest of the sentence beyond the trigger's window: "mi bisabuela …, que tiene 101 años y
  // está en el hospital de Cartago".
  const { start, end } = sentenceAround(text, noun.start);
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  return (start < first.start && wordsIn(text, start, first.start).some(personal)) || (end > last.end && wordsIn(text, last.end, end).some(personal));
}

/** Do the words before index `end` (the cue word, included) spell a thanks or an address of the pack ("thanks to", "shout out to")? */
function gratitudeBefore(words: readonly Word[], end: number, c: CompiledPack): boolean {
  const list = [...(c.pack.placeAddressCues ?? []), ...(c.pack.companionCues ?? [])].filter((p) => p.includes(' '));
  for (const p of list) {
    const phrase = norm(p).split(' ');
    if (phraseEndsAt(words, end + 1, phrase, -1)) return true;
  }
  return false;
}

/** Indefinite articles before a facility ("a hospital in Scranton", "una clínica en Pharr"). */
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'un', 'una']);

/** The pack's `placeAddressCues` as word arrays. */
const addressCues = perPack((c): string[][] => (c.pack.placeAddressCues ?? []).map((p) => norm(p).split(' ')));

/**
 * A town the writer addresses: "Thank you Pine Ridge for every pancake feed", "gracias Harlem por
 * el apoyo", "Heads up Maplewood:" (the pack's `placeAddressCues` right before it). A given name
 * ("Thanks Austin!") is a person, not a town.
 */
function addressedPlace(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const list = addressCues(c);
  const w = words[i] as Word;
  if (isGivenName(w.text) || c.packGivenNames.has(w.lower)) return false;
  for (const phrase of list) {
    if (i < phrase.length || !phraseEndsAt(words, i, phrase, -1)) continue;
    const last = words[i - 1] as Word;
    if (/^,?[\s\u00a0]{1,2}$/.test(text.slice(last.end, w.start))) return true;
  }
  return false;
}

/** Is there a strong place cue ("grew up in", "vivo en") right before word `at`, an article allowed? */
function strongCueBefore(words: readonly Word[], at: number, c: CompiledPack): boolean {
  let i = at;
  if (words[i - 1] && c.articles.has((words[i - 1] as Word).lower)) i -= 1;
  // "lives over in Frogtown", "vive allá en": an adverb of the pack before the cue's last word.
  const adverb = i >= 3 && c.placeAdverbs.has((words[i - 2] as Word).lower);
  for (const phrase of c.strongPlacePhrases) {
    if (phraseEndsAt(words, i, phrase, -1)) return true;
    if (adverb && phrase.length > 1 && phraseEndsAt(words, i, phrase, phrase.length - 1)) return true;
  }
  return false;
}

/**
 * Do the words before index `end` spell `phrase`? With `skipBefore` ≥ 0, one extra word (an
 * adverb) sits before the phrase's word of that index: "lives [over] in".
 */
function phraseEndsAt(words: readonly Word[], end: number, phrase: readonly string[], skipBefore: number): boolean {
  const length = phrase.length + (skipBefore >= 0 ? 1 : 0);
  if (end < length) return false;
  let w = end - length;
  for (let k = 0; k < phrase.length; k++, w++) {
    if (k === skipBefore) w++;
    if ((words[w] as Word).lower !== phrase[k]) return false;
  }
  return true;
}

/**
 * A capitalised name after a cue that is a place though not in the gazetteer: after a strong cue,
 * or ending in a neighbourhood word ("the Ninth Ward"). Countries, states and institutions pass.
 */
function unlistedPlace(text: string, words: readonly Word[], i: number, c: CompiledPack): PlaceMatch | null {
  const any = placeAt(text, words, i, c, true);
  if (!any) return null;
  const run = words.slice(i, any.next);
  if (run.some((w) => c.institutionWords.has(w.lower) || c.notNames.has(w.lower) || isUpperWord(w.text))) return null;
  const whole = norm(text.slice(any.start, any.end));
  if (isCountry(whole) || isCountry((run[0] as Word).lower)) return null;
  const last = run[run.length - 1] as Word;
  if (strongCueBefore(words, i, c) || (run.length > 1 && c.districtHeads.has(last.lower))) return any;
  return null;
}

/** The pack's states (`states`), accents kept and dropped. */
const packStates = perPack((c): Set<string> => new Set((c.pack.states ?? []).map(norm)));

/** "Jerez, Zacatecas": a state of the pack after a comma. */
function packStateAfter(text: string, end: number, c: CompiledPack): boolean {
  const states = packStates(c);
  if (states.size === 0 || text.charCodeAt(end) !== 44) return false;
  const p = /^,[\s\u00a0]{1,2}(\p{Lu}\p{Ll}+(?:[\s\u00a0](?:de[\s\u00a0])?\p{Lu}\p{Ll}+)?)/u.exec(text.slice(end, end + 30));
  return !!p && (states.has(norm(p[1] as string)) || states.has(norm((p[1] as string).split(/[\s\u00a0]/)[0] as string)));
}

function stateAfter(text: string, end: number, c: CompiledPack): boolean {
  if (packStateAfter(text, end, c)) return true;
  // "Barre, VT" but not "Boise VA Medical Center"
  const m = /^,?[\s\u00a0]{1,2}([A-Z]{2})(?![\p{L}\p{N}])(?![\s\u00a0]\p{Lu})/u.exec(text.slice(end, end + 10));
  if (m && STATE_CODES.has(m[1] as string)) return true;
  const n = /^,[\s\u00a0]{1,2}(\p{Lu}\p{Ll}+(?:[\s\u00a0]\p{Lu}\p{Ll}+)?)/u.exec(text.slice(end, end + 24));
  return !!n && STATE_NAMES.has((n[1] as string).toLowerCase());
}

function zipAfter(text: string, end: number): boolean {
  const m = /^,?[\s\u00a0]{1,2}(\d{5})(?!\d)/.exec(text.slice(end, end + 9));
  return !!m && isUsZip(m[1] as string);
}

export function findPlaces(text: string, words: readonly Word[], emit: Emit, c: CompiledPack): void {
  let coveredUntil = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.start < coveredUntil || !capitalisedOrUpper(w.text)) continue;
    // "Otsego County", "St. Landry Parish", "Harlan Co."
    const county = countyAt(text, words, i, c);
    if (county) {
      emit('place', county.start, county.end);
      coveredUntil = county.end;
      continue;
    }
    const labelled = labelBefore(text, words, i, c);
    const cued = labelled || captionBefore(text, w.start) || cueBefore(text, words, i, c) || addressedPlace(text, words, i, c);
    let place = placeAt(text, words, i, c);
    if (labelled || spatialBefore(text, words, i, c)) {
      // "Nextdoor, Bywater", "📍 Bozeman", "around Sugar House": named after a label, or of several words after a spatial cue.
      const unlisted = namedPlace(text, words, i, c, labelled);
      if (unlisted && (!place || unlisted.end > place.end)) place = unlisted;
    } else if (cued) {
      // "Cedar Heights": a longer name than the gazetteer's "Cedar".
      const unlisted = unlistedPlace(text, words, i, c);
      if (unlisted && (!place || unlisted.end > place.end)) place = unlisted;
    }
    // A town that is also a given name, which the pack keeps from places, after a strong cue or
    // before a state: "residente de Elizabeth", "Elizabeth, Nueva Jersey", "Soledad, CA".
    if (!place && c.notPlaces.has(w.lower) && isGivenName(w.text)) {
      const named = placeAt(text, words, i, c, false, true);
      if (named && (strongCueBefore(words, i, c) || stateAfter(text, named.end, c))) place = named;
    }
    // A town not in the gazetteer before a state of the pack ("un ranchito cerca de Jerez, Zacatecas").
    if (!place && packStates(c).size > 0) {
      const any = placeAt(text, words, i, c, true);
      if (any && packStateAfter(text, any.end, c) && !isCountry(norm(text.slice(any.start, any.end)))) place = any;
    }
    if (!place) continue;
    // "moved back to Ireland", "grew up in Jamaica": a country is never an identifier, though the
    // gazetteer knows a US town of its name; before a state ("Lebanon, PA") it is the town.
    if (isCountry(norm(text.slice(place.start, place.end))) && !stateAfter(text, place.end, c)) {
      i = place.next - 1;
      continue;
    }
    // "Vivo en El Salvador", "from The Gambia": the article belongs to a country's name.
    const article = words[i - 1];
    if (article && c.articles.has(article.lower) && isCountry(norm(text.slice(article.start, place.end)))) {
      i = place.next - 1;
      continue;
    }
    // "the Kansas City Chiefs", "Tampa Bay Lightning Foundation": part of a longer proper name.
    const following = words[place.next];
    if (
      following &&
      text.slice(place.end, following.start) === ' ' &&
      isCapitalized(following.text) &&
      // "in Lafayette Sunday", "in Tulsa March 3": a weekday or a month after the town starts no longer
      // name, unless they make a holiday ("through Palm Sunday").
      !c.months.has(following.lower) &&
      !(WEEKDAY_NAMES(c).has(following.lower) && !c.holidayNames.has(norm(text.slice(place.start, following.end)))) &&
      !STATE_NAMES.has(following.lower) &&
      !STATE_CODES.has(following.text) &&
      !c.countyWords.has(following.lower)
    ) {
      i = place.next - 1;
      continue;
    }
    // "a slice of Alma's pie": a possessive after a cue word is a person.
    const possessive = /^['\u2019]s[\s\u00a0]/.test(text.slice(place.end, place.end + 3));
    if (possessive && !/^['\u2019]s[\s\u00a0]own\b/.test(text.slice(place.end, place.end + 7))) continue;
    const after = words[place.next];
    // "Pittsburgh born, Lawrenceville now": where a person comes from, the pack's `placeOriginAfter`
    // after a town that is no given name ("baby Jackson born at 3am" is a child).
    const originAfter = !!after && after.text === after.lower && (c.pack.placeOriginAfter ?? []).includes(after.lower) && !isGivenName(text.slice(place.start, place.end));
    // "Tulsa people", "Little Rock friends", "any Omaha moms": a town's people (the pack's
    // `placeCommunityNouns`) without an article, after a town that is no given name.
    const community = !!after && after.text === after.lower && (c.pack.placeCommunityNouns ?? []).includes(after.lower) && !isGivenName(text.slice(place.start, place.end));
    const cuedAfter =
      !!after && (c.placeCuesAfter.has(after.lower) || originAfter || community) && SPACE_GAP.test(text.slice(place.end, after.start));
    const possessiveOwn = /^['\u2019]s[\s\u00a0]own\b/.test(text.slice(place.end, place.end + 7));
    // "a Queens family", "a Butte man": a place used as an adjective of a person.
    // "in a Tulsa nursing home", "at a Reno hospital": a facility in lower case, named by its town.
    const facility = !!after && after.text === after.lower && c.institutionWords.has(after.lower);
    // "the Sandpoint woman", "a Scottsdale family's car": a person noun, possessive or not.
    const person = !!after && PERSON_NOUNS.has(after.lower.replace(/['\u2019]s$/, ''));
    const demonym = !!after && (person || facility) && SPACE_GAP.test(text.slice(place.end, after.start)) && articleBefore(text, words, i, person);
    // "our Plano location", "the Mesa, AZ office": the organisation's site, named by its town.
    const orgAfter = /^(?:,?[\s\u00a0]{1,2}[A-Z]{2})?[\s\u00a0]{1,2}(\p{L}+)/u.exec(text.slice(place.end, place.end + 24));
    if (orgAfter && c.placeOrgNouns.has(norm(orgAfter[1] as string))) {
      i = place.next - 1;
      continue;
    }
    // "IPG Model 97810": a label of the pack's notIdContext before a number is no town before a ZIP.
    const zipped = zipAfter(text, place.end) && !notIdWords(c).has(norm(text.slice(place.start, place.end)));
    if (cued || cuedAfter || possessiveOwn || demonym || stateAfter(text, place.end, c) || zipped) {
      emit('place', place.start, place.end);
      coveredUntil = place.end;
      // "from Scottsdale to Flagstaff", "in Anchorage and Juneau", "📍 Bozeman ➡️ Salt Lake"
      const joiner = words[place.next];
      // An emoji's variation selector is a mark the tokenizer keeps as a word: skip it.
      const to = joiner && /^\p{M}+$/u.test(joiner.text) ? place.next + 1 : place.next;
      const arrow = !!words[to] && ARROW_GAP.test(text.slice(place.end, (words[to] as Word).start));
      if (joiner && (arrow || /^(?:to|and|or)$/.test(joiner.lower))) {
        const other = arrow ? namedPlace(text, words, to, c, true) ?? placeAt(text, words, to, c) : placeAt(text, words, place.next + 1, c);
        if (other) {
          emit('place', other.start, other.end);
          coveredUntil = other.end;
        }
      }
      i = place.next - 1;
    }
  }
}

/** The pack's weekdays, lower case. */
const WEEKDAY_NAMES = perPack((c): Set<string> => new Set((c.pack.weekdays ?? []).map(norm)));

/**
 * "a Queens family", "a 92-year-old Cedar Rapids man", "a retired Butte teacher": an indefinite
 * article before the place word `i`, one lower-case adjective or an age in between allowed.
 */
function articleBefore(text: string, words: readonly Word[], i: number, person: boolean): boolean {
  // "the Sandpoint woman" is a person; "the Tulsa hospital" may be the organisation's.
  const isArticle = (w: Word | undefined): boolean => !!w && (w.lower === 'a' || w.lower === 'an' || (person && w.lower === 'the'));
  const before = words[i - 1];
  if (!before || !SPACE_GAP.test(text.slice(before.end, (words[i] as Word).start))) return false;
  if (isArticle(before)) return true;
  const gap = text.slice((words[i - 2] as Word | undefined)?.end ?? 0, before.start);
  // "a 92-year-old": the tokenizer keeps "year-old" and drops the digits.
  if (/^year-old$/.test(before.lower)) return isArticle(words[i - 2]) && /^[\s\u00a0]\d{2,3}-$/.test(gap);
  return /^[a-z]{3,14}$/.test(before.text) && isArticle(words[i - 2]) && SPACE_GAP.test(gap);
}

/** A route between two places in a post: "Bozeman ➡️ Salt Lake", "Tulsa -> Dallas". */
const ARROW_GAP = /^[\s\u00a0]{0,2}(?:\u27a1\ufe0f?|\u2192|->|=>|\u2794|\u279c)[\s\u00a0]{0,2}$/;
/** A location pin right before a name: "📍 Bozeman". */
const PIN_BEFORE = /\u{1F4CD}[\s\u00a0]{0,2}$/u;
/** Punctuation after a place label: "Nextdoor, Bywater", "Nextdoor (Overtown)", "Hometown: Kanab". */
const LABEL_GAP = /^[\s\u00a0]{0,2}[,:(\u2014\u2013|-][\s\u00a0]{0,2}$/;

/** Is word i named by a place label ("Nextdoor, Bywater"), a form's place field ("City: Boise") or a location pin ("📍 Bozeman")? */
function labelBefore(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  const w = words[i] as Word;
  if (PIN_BEFORE.test(text.slice(Math.max(0, w.start - 4), w.start))) return true;
  const prev = words[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, w.start);
  return (c.placeLabels.has(prev.lower) && LABEL_GAP.test(gap)) || (c.placeFieldLabels.has(prev.lower) && FIELD_GAP.test(gap));
}

/** A form field's colon: "City: Boise". */
const FIELD_GAP = /^[\s\u00a0]{0,2}:[\s\u00a0]{0,2}$/;

/** "DOROTHY MAYFIELD, 100, KANAB", "Ray Pfeiffer, 91, Ogden": a name, an age, then the town (a newsroom apposition). */
const CAPTION_BEFORE = /[\p{L}'\u2019"\u201d)][\s\u00a0]?,[\s\u00a0]{0,2}\d{1,3},[\s\u00a0]{1,2}$/u;

/** "— Brianna, Coral Gables", "– Jessa R., Wasilla": a signature's name, a comma, then the writer's town. */
const SIGNATURE_BEFORE = /[\u2014\u2013][\s\u00a0]?\p{Lu}[\p{L}'\u2019-]{1,20}(?:[\s\u00a0]\p{Lu}[\p{L}'\u2019-]{0,20}\.?)?,[\s\u00a0]{1,2}$/u;

function captionBefore(text: string, at: number): boolean {
  return CAPTION_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || SIGNATURE_BEFORE.test(text.slice(Math.max(0, at - 48), at));
}

/** Is there a spatial cue ("around", "near") right before word i, an article allowed? */
function spatialBefore(text: string, words: readonly Word[], i: number, c: CompiledPack): boolean {
  let k = i - 1;
  if (words[k] && c.articles.has((words[k] as Word).lower)) k -= 1;
  const prev = words[k];
  return !!prev && c.spatialCues.has(prev.lower) && /^[\s\u00a0]{1,2}$/.test(text.slice(prev.end, (words[k + 1] as Word).start));
}

/**
 * A capitalised name that is a place though the gazetteer may not know it: after a label any name
 * (one word or more), after a spatial cue a name of two words or more. Institutions, countries,
 * states, holidays, months and given names ("near Mary Ellen") pass.
 */
function namedPlace(text: string, words: readonly Word[], i: number, c: CompiledPack, labelled: boolean): PlaceMatch | null {
  const any = placeAt(text, words, i, c, true);
  if (!any) return null;
  const run = words.slice(i, any.next);
  if (!labelled && run.length < 2) return null;
  if (run.some((w) => c.institutionWords.has(w.lower) || c.notNames.has(w.lower) || c.months.has(w.lower))) return null;
  const whole = norm(text.slice(any.start, any.end));
  if (isCountry(whole) || isCountry((run[0] as Word).lower) || c.holidayNames.has(whole) || STATE_NAMES.has(whole)) return null;
  if (!labelled && isGivenName((run[0] as Word).text) && !isUsPlace(whole)) return null;
  return any;
}

/** Capitalised words (one to three) followed by a county-level word: "Buena Vista County". */
function countyAt(text: string, words: readonly Word[], i: number, c: CompiledPack): PlaceMatch | null {
  for (let k = i; k < words.length && k < i + 4; k++) {
    const w = words[k] as Word;
    if (k > i) {
      const gap = text.slice((words[k - 1] as Word).end, w.start);
      if (!SPACE_GAP.test(gap) && !ABBREV_GAP.test(gap)) return null;
    }
    const n = w.lower;
    if (k > i && (c.countyWords.has(n) || (n === 'co' && text.charCodeAt(w.end) === 46))) {
      const end = n === 'co' ? w.end + 1 : w.end;
      // "Haakon County Health Center", "Wheeler County Library": the county names an organisation.
      const after = words[k + 1];
      if (after && SPACE_GAP.test(text.slice(end, after.start)) && namesOffice(after, c)) return null;
      return { start: (words[i] as Word).start, end, next: k + 1 };
    }
    if (!capitalisedOrUpper(w.text) || c.notPlaces.has(n) || c.months.has(n)) return null;
    // "The county reported…", "Each County office": a determiner names no county.
    if (k === i && (c.articles.has(n) || c.possessives.has(n) || DETERMINERS.has(n))) return null;
  }
  return null;
}

/** Is `w` a capitalised office after a county ("Health", "Library"): the pack's institution words and COUNTY_OFFICES? */
function namesOffice(w: Word | undefined, c: CompiledPack): boolean {
  return !!w && isCapitalized(w.text) && (c.institutionWords.has(w.lower) || COUNTY_OFFICES.has(w.lower));
}

/** Capitalised words after a county that make it an organisation's name, besides the pack's institution words. */
const COUNTY_OFFICES = new Set(['library', 'libraries', 'fair', 'fairgrounds', 'sheriff', "sheriff's", 'commission', 'commissioners', 'courthouse', 'schools', 'extension', 'complex', 'clerk', 'board', 'public', 'ems', 'fire', 'coroner', 'council', 'government', 'transit']);

/** Determiners before a county word that name no county. */
const DETERMINERS = new Set(['this', 'that', 'each', 'every', 'any', 'which', 'no', 'one', 'este', 'esta', 'ese', 'esa', 'cada', 'cualquier', 'un', 'una']);

// ---------------------------------------------------------------------------------------------
// Bare ZIP codes: five digits that are a ZIP in use, with a ZIP or place cue nearby.

const ZIP_CANDIDATE = /(?<![\p{N}$€£.,\-/#:])\d{5}(?![\p{N}%]|[.,\-/:]\p{N})/gu;
const ZIP_WORD = /\bzip\b|\bzipcode\b|\bpostal code\b|\bpost ?code\b|c[oó]digo postal|zona postal/i;

/** After a ZIP and a joiner: a unit of time ("… al día"), so the number was a count. */
const TIME_UNIT_AFTER = /^[\s\u00a0]{1,2}\p{L}{1,5}[\s\u00a0]{1,2}(?:(?:la|el)[\s\u00a0])?(?:d[ií]a|mes|a[nñ]o|semana|hora|day|month|year|week|hour)s?\b/iu;
/** A keyword in capitals to text to a number: "Text STOP to", "Envíe CITA al". */
const SHORT_CODE_BEFORE = /(?:[Tt]ext|TEXT|[Tt]xt|[Ss]end|[Rr]eply|[Ee]nv[ií][ea]|[Mm]and[ea]|[Tt]extea|[Ee]scrib[ea])[\s\u00a0]{1,2}["'\u201c]?\p{Lu}{2,12}["'\u201d]?[\s\u00a0]{1,2}(?:to|al|a)[\s\u00a0]{1,2}$/u;
/** Words before a ZIP only, as a neighbourhood is named by its ZIP: "si están por el 60623". */
const ZIP_CUES = new Set(['por', 'around']);

export function findBareZips(text: string, emit: Emit, c: CompiledPack): void {
  ZIP_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastZipEnd = -100;
  while ((m = ZIP_CANDIDATE.exec(text)) !== null) {
    const zip = m[0];
    const start = m.index;
    const end = start + 5;
    const us = isUsZip(zip);
    if (!us && !c.pack.foreignPostcodes) continue;
    const before = text.slice(Math.max(0, start - 48), start);
    const after = text.slice(end, end + 16);
    if (!us) {
      // Another country's code: a town or a street right before it, or a town right after it ("37000 León").
      const townAfter = /^[\s\u00a0]{1,2}(\p{Lu}[\p{L}'\u2019-]{2,24})/u.exec(after)?.[1];
      const prev = /(\p{Lu}[\p{L}'\u2019-]{2,24}),?[\s\u00a0]{1,2}$/u.exec(before)?.[1];
      const placed =
        (prev !== undefined && isUsPlace(norm(prev)) && !STATE_NAMES.has(norm(prev))) ||
        townAndCommaBefore(before) ||
        placeOfTwoWordsBefore(before) ||
        STREET_BEFORE_ZIP.test(before) ||
        (townAfter !== undefined && isUsPlace(norm(townAfter)));
      if (!placed || isDigitCode(text.charCodeAt(end))) continue;
      emit('zip-code', start, end);
      lastZipEnd = end;
      continue;
    }
    const nextWord = /^[\s\u00a0]{0,2}([\p{L}]+)/u.exec(after)?.[1];
    // "20000 pasos", "3 al día": a count; "del 10027 al quirófano" is a way from a ZIP.
    if (nextWord && c.ageUnitsAfter.has(norm(nextWord)) && !(c.placeCuesBefore.has(norm(nextWord)) && !TIME_UNIT_AFTER.test(text.slice(end, end + 24)))) continue;
    // "Text STOP to 78247", "Envíe CITA al 78247": a short code, not a ZIP.
    if (/(?:to|al|a)[\s\u00a0]{1,2}$/.test(before) && SHORT_CODE_BEFORE.test(before)) continue;
    // "vivo en el 90255": an article may sit between the cue and the ZIP.
    const lastTwo = /([\p{L}]+)[\s\u00a0(]{1,3}(?:([\p{L}]+)[\s\u00a0]{1,2})?$/u.exec(before);
    const prevWord = lastTwo?.[2] !== undefined && c.articles.has(norm(lastTwo[2])) ? lastTwo[1] : (lastTwo?.[2] ?? lastTwo?.[1]);
    const listed = start - lastZipEnd <= 6 && /^(?:,|,?[\s\u00a0]{1,2}(?:and|or|&)|[\s\u00a0]{0,2}\/)[\s\u00a0]{0,2}$/.test(text.slice(lastZipEnd, start));
    const cue =
      ZIP_WORD.test(before) ||
      listed ||
      (nextWord !== undefined && (norm(nextWord) === 'area' || ZIP_WORD.test(nextWord))) ||
      (prevWord !== undefined && (c.placeCuesBefore.has(norm(prevWord)) || ZIP_CUES.has(norm(prevWord)) || STATE_CODES.has(prevWord) || STATE_NAMES.has(norm(prevWord)))) ||
      // "Brownsville, New Mexico 88001"
      stateNameBefore(before) ||
      (prevWord !== undefined && isCapitalized(prevWord) && isUsPlace(prevWord)) ||
      // "Vivimos en Bayamón, 00961": a town of one word and a comma
      townAndCommaBefore(before) ||
      // "Des Moines 50316", "San Juan, 00907": a town of two words
      placeOfTwoWordsBefore(before) ||
      // "2231 Bancroft Way, 94704": right after a street's suffix
      STREET_BEFORE_ZIP.test(before);
    if (!cue) continue;
    // "IPG Model 97810", "Batch 60612": a product's or a code's label (the pack's notIdContext) names the number, even when the
    // label is also a town's name (Model, Colorado).
    if (prevWord !== undefined && notIdWords(c).has(norm(prevWord))) continue;
    if (isDigitCode(text.charCodeAt(end))) continue;
    emit('zip-code', start, end);
    lastZipEnd = end;
  }
}

/** A house number and a street with its suffix right before a ZIP: "2231 Bancroft Way, 94704". */
const STREET_BEFORE_ZIP = /\d{1,6}[\s\u00a0](?:\p{Lu}[\p{L}.'-]{0,20}[\s\u00a0]){1,3}(?:St|Ave|Rd|Dr|Blvd|Ln|Way|Ct|Pl|Cir|Ter|Pkwy|Hwy|Street|Avenue|Road|Drive|Lane|Court|Place|Circle|Terrace|Parkway|Highway|Boulevard)\.?,?[\s\u00a0]{1,2}$/u;

/** A town of the gazetteer in one capitalised word and a comma right before a ZIP: "Phoenix, 85040". */
function townAndCommaBefore(before: string): boolean {
  const m = /(?<![\p{L}])(\p{Lu}\p{Ll}+),[\s\u00a0]{1,2}$/u.exec(before.slice(-24));
  return !!m && !isGivenName(m[1] as string) && isUsPlace(m[1] as string);
}

/** A town of the gazetteer in two capitalised words right before a ZIP: "Des Moines 50316". */
function placeOfTwoWordsBefore(before: string): boolean {
  const m = /(\p{Lu}\p{Ll}+[\s\u00a0]\p{Lu}\p{Ll}+),?[\s\u00a0]{1,2}$/u.exec(before.slice(-32));
  return !!m && isUsPlace(norm((m[1] as string).replace(/[\s\u00a0]/, ' ')));
}

/** A state's name of two words right before a ZIP: "Las Cruces, New Mexico 88001". */
function stateNameBefore(before: string): boolean {
  const m = /(\p{Lu}\p{Ll}+[\s\u00a0]\p{Lu}\p{Ll}+),?[\s\u00a0]{1,2}$/u.exec(before.slice(-24));
  return !!m && STATE_NAMES.has(norm((m[1] as string).replace(/[\s\u00a0]/, ' ')));
}

const placeTriggers = perPack((c): RegExp[] => {
  const states = [...STATE_NAMES].map((s) => s.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase()));
  return [
    // a cue word before a capitalised word: "in Ogden", "from the Bywater"
    nativeRegExp(`\\b(?:${wordAlternation(c.pack.placeCuesBefore)})[ \\u00a0]{1,2}(?:(?:${['the', ...(c.pack.placeAdjectives ?? [])].join('|')})[ \\u00a0]{1,2}){0,3}[A-Z]`, 'g'),
    // a strong cue ending in a word that is not a cue of its own: "lives on Staten Island"
    ...strongTriggers(c),
    // a place label or a location pin: "Nextdoor, Bywater", "📍 Bozeman"
    ...(c.pack.placeLabels?.length ? [nativeRegExp(`\\b(?:${wordAlternation(c.pack.placeLabels)})\\b`, 'gi')] : []),
    // a form's place field: "City: Boise"
    ...(c.pack.placeFieldLabels?.length ? [nativeRegExp(`\\b(?:${wordAlternation(c.pack.placeFieldLabels)})[ \\u00a0]{0,2}:`, 'gi')] : []),
    /\u{1F4CD}/gu,
    // a newsroom apposition: "Ray Pfeiffer, 91, Ogden"
    /, ?\d{1,3}, {1,2}\p{Lu}/gu,
    // a town the writer addresses: "Thank you Pine Ridge", "gracias Harlem"
    ...(c.pack.placeAddressCues?.length ? [nativeRegExp(`\\b(?:${wordAlternation([...new Set(c.pack.placeAddressCues.map((p) => p.split(' ').pop() as string))])}),?[ \\u00a0]{1,2}\\p{Lu}`, 'gu')] : []),
    // a signature and the writer's town: "— Brianna, Coral Gables"
    /[\u2014\u2013] ?\p{Lu}[\p{L}'\u2019-]{1,20}(?: \p{Lu}[\p{L}'\u2019-]{0,20}\.?)?, \p{Lu}/gu,
    // a county-level word: "Otsego County", "Harlan Co."
    nativeRegExp(`\\b(?:${wordAlternation(c.pack.countyWords, false)}|Co\\.)`, 'g'),
    // a state after a name: "Barre, VT", "Eastport, Maine"
    nativeRegExp(`[a-z][,]?[ \\u00a0](?:${[...STATE_CODES].join('|')}|${states.join('|')})\\b`, 'g'),
    // a cue after a name: "Eunice resident", "Beckley's own", "Pittsburgh born"
    nativeRegExp(`[A-Za-z][ \\u00a0](?:${wordAlternation([...c.pack.placeCuesAfter, ...(c.pack.placeOriginAfter ?? []), ...(c.pack.placeCommunityNouns ?? [])], false)})\\b|['\\u2019]s own\\b`, 'g'),
    // a place as an adjective of a person: "a Queens family"
    nativeRegExp(`\\b[Aa]n? (?:[a-z]{3,14} |\\d{2,3}-year-old )?[A-Z][A-Za-z.'\\u2019 -]{1,30} (?:${[...PERSON_NOUNS, ...c.institutionWords].join('|')})\\b`, 'g'),
    // "the Sandpoint woman": a person noun only, the place's capital right after "the"
    nativeRegExp(`\\b[Tt]he [A-Z][A-Za-z.'\\u2019-]{1,20}(?: [A-Z][A-Za-z.'\\u2019-]{1,20})? (?:${[...PERSON_NOUNS].join('|')})\\b`, 'g'),
    // a name before a ZIP code: "Decorah 52101"
    /[a-z],?[ \u00a0]\d{5}\b/g,
    // a town after a street: "1122 W. Pecan St., Deming"
    /\b(?:St|Ave|Rd|Dr|Blvd|Ln|Street|Avenue|Road|Drive|Lane|Way|Ct|Box [0-9]+)\.?, [A-Z]/g,
  ];
});

function strongTriggers(c: CompiledPack): RegExp[] {
  const phrases = [...c.strongPlacePhrases, ...c.placePhrasesBefore];
  const lasts = [...new Set(phrases.map((p) => p[p.length - 1] as string))].filter((w) => !c.placeCuesBefore.has(w));
  return lasts.length ? [nativeRegExp(`\\b(?:${wordAlternation(lasts, false)})[ \\u00a0]{1,2}(?:\\p{L}{1,4}[ \\u00a0]{1,2})?\\p{Lu}`, 'gu')] : [];
}

/** Places, over small windows around their triggers (cue words, county words, states, ZIPs). */
export function findContextPlaces(text: string, emit: Emit, c: CompiledPack): void {
  forEachTriggerWindow(text, placeTriggers(c), 48, 64, (words) => findPlaces(text, words, emit, c));
  if (text.includes('#')) findHashtagPlaces(text, emit, c);
}

const HASHTAG = /#([\p{L}]{4,40})(?![\p{L}\p{N}_])/gu;
/** Words people add to their town in a hashtag: "#BostonStrong", "#BushwickLife", "#HarlemPride". */
const HASHTAG_SUFFIXES = ['strong', 'life', 'love', 'pride', 'proud', 'native', 'born', 'local', 'living', 'vibes', 'girl', 'boy', 'moms', 'mom'];

/**
 * A neighbourhood or town as a hashtag: "#BushwickLife", "#HarlemStrong", "#Bayamón". The name
 * (five letters or more) must be in the hand-compiled lists (the GeoNames towns hold common words
 * like "Warrior" and "Strong") and be no given name, state, country or word the pack keeps from
 * places.
 */
function findHashtagPlaces(text: string, emit: Emit, c: CompiledPack): void {
  HASHTAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HASHTAG.exec(text)) !== null) {
    const tag = m[1] as string;
    const lower = tag.toLowerCase();
    // "#LittleVillageLife": the words of a capitalised tag, the place first, a suffix or nothing after.
    const parts = /\p{Ll}\p{Lu}/u.test(tag) ? tag.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [tag];
    let name = '';
    let length = 0;
    for (let k = parts.length; k >= 1 && !name; k--) {
      const rest = parts.slice(k).join('').toLowerCase();
      if (rest && !HASHTAG_SUFFIXES.includes(rest)) continue;
      const candidate = parts.slice(0, k).join(' ').toLowerCase();
      if (isCuratedPlace(candidate)) {
        name = candidate;
        length = parts.slice(0, k).join('').length;
      }
    }
    // "#bushwicklife": a lower-case tag, a suffix cut off.
    if (!name) {
      name = lower;
      for (const suffix of HASHTAG_SUFFIXES) {
        if (lower.length > suffix.length + 4 && lower.endsWith(suffix)) {
          name = lower.slice(0, -suffix.length);
          break;
        }
      }
      length = name.length;
    }
    if (name.length < 5 || !isCuratedPlace(name) || c.notPlaces.has(name) || isGivenName(name) || c.packGivenNames.has(name)) continue;
    if (STATE_NAMES.has(name) || packStates(c).has(name) || isCountry(name) || c.months.has(name) || c.holidayNames.has(name)) continue;
    const start = m.index + 1;
    emit('place', start, start + length);
  }
}

/** A part of an address between commas that names no town: "apto 3", "Box 118", "col. Centro", "CP 44100", "suite 210". */
const ADDRESS_PART = /^(?:(?:apto?|apt|apartment|suite|ste|unit|box|int|interior|depto|dpto|col|colonia|barrio|bo|urb|fracc|cp|c\.p|zip|piso|floor|fl)\b\.?[\s\u00a0]*[\p{L}\p{N}#.-]{0,20}(?:[\s\u00a0][\p{Lu}\p{N}][\p{L}\p{N}.-]{0,20}){0,2}|#?[\s\u00a0]?\d[\p{L}\p{N}-]{0,8})$/iu;
/** A comma, then the next part (an abbreviation's period may close the part before: "607 Maple Terr., Kearney"). */
const COMMA_PART = /^\.?[\s\u00a0]{0,2},[\s\u00a0]{0,2}([^,.;!?\n]{1,40})/u;

/** ZIP words between a town and its ZIP: "Wauwatosa/West Allis zip 53213". */
const ZIP_WORDS = new Set(['zip', 'zipcode', 'code', 'postal']);

/**
 * The towns right before a ZIP: "Hale Center 79041", "Wauwatosa/West Allis zip 53213", "Enid, OK
 * 73703" (a state code between), each town the gazetteer knows.
 */
function townsBeforeZip(text: string, zip: Candidate, emit: Emit, c: CompiledPack): void {
  const words = wordsIn(text, zip.start - 48, zip.start);
  let k = words.length - 1;
  let at = zip.start;
  while (k >= 0 && ZIP_WORDS.has((words[k] as Word).lower)) at = (words[k--] as Word).start;
  if (k >= 0 && STATE_CODES.has((words[k] as Word).text) && /^,?[\s\u00a0]{1,2}$/.test(text.slice((words[k] as Word).end, at))) at = (words[k--] as Word).start;
  if (k < 0 || !/^,?[\s\u00a0]{1,2}$/.test(text.slice((words[k] as Word).end, at))) return;
  // Back over capitalised words joined by spaces or "/", at most six.
  let first = k;
  while (first > 0 && k - first < 5 && capitalisedOrUpper((words[first - 1] as Word).text) && /^(?:[\s\u00a0]|\/)$/.test(text.slice((words[first - 1] as Word).end, (words[first] as Word).start))) first--;
  for (let i = first; i <= k; i++) {
    const place = placeAt(text, words, i, c);
    // The town ends the run or a "/" follows it ("Wauwatosa/West Allis").
    if (!place || place.next - 1 > k || (place.next - 1 < k && text.charAt(place.end) !== '/')) continue;
    if (!isCountry(norm(text.slice(place.start, place.end)))) emit('place', place.start, place.end);
    i = place.next - 1;
  }
}

/**
 * The town that closes an address after its other parts: "calle Loíza 1902, apto 3, Santurce",
 * "Av. Juárez #245, col. Centro, CP 44100, Guadalajara", "Rural Route 2, Box 118, Hale Center".
 * After a street address or ZIP found by the other detectors, up to two address parts between
 * commas are skipped; a name of the gazetteer (not a state or a country) that follows is a place.
 */
export function findAddressTowns(text: string, found: readonly Candidate[], emit: Emit, c: CompiledPack, aboutSomebody: () => boolean = () => true): void {
  for (const f of found) {
    if (f.kind === 'zip-code') townsBeforeZip(text, f, emit, c);
    if (f.kind !== 'street-address' && f.kind !== 'zip-code') continue;
    let at = f.end;
    for (let part = 0; part < 3; part++) {
      const m = COMMA_PART.exec(text.slice(at, at + 48));
      if (!m) break;
      const segment = (m[1] as string).trimEnd();
      const start = at + m[0].length - (m[1] as string).length;
      if (ADDRESS_PART.test(segment)) {
        at = start + segment.length;
        continue;
      }
      const words = wordsIn(text, start, start + segment.length);
      const first = words.findIndex((w) => w.start >= start);
      const place = first >= 0 && (words[first] as Word).start === start ? placeAt(text, words, first, c) : null;
      if (place && !isCountry(norm(text.slice(place.start, place.end)))) emit('place', place.start, place.end);
      else if (!place && aboutSomebody()) unlistedTown(text, start, segment, emit, c);
      break;
    }
  }
}

/**
 * A postcode closing an address part, captured: four digits (Australia, New Zealand, South
 * Africa), a UK or Canadian postcode or an Eircode, a province's or state's code before it allowed.
 */
const TRAILING_POSTCODE = /[\s\u00a0]+(?:[A-Z]{2,3}[\s\u00a0]+)?(\d{4}|[A-Z]{1,2}\d[A-Z\d]?(?:[\s\u00a0]\d[A-Z]{2})?|[A-Z]\d[A-Z][\s\u00a0]?\d[A-Z]\d|[A-Z]\d{2}[\s\u00a0]?[A-Z\d]{4})$/u;

/**
 * The part after an address that is only capitalised words, the last part before the line goes
 * on with something else ("Jr. Ayacucho 1142, Breña.", "Av. Túpac Amaru 3215, Comas", "Barrio
 * Zubieta 7, 20160 Lasarte-Oria", "12 Church View, Nenagh, Co. Tipperary"): a district or town the
 * gazetteer lacks, in a text about somebody (the writer, a relative, a third person: an
 * organisation's own address, "Oficina: Av. de la Constitución 20, 41004 Sevilla", passes). A
 * postcode may open it; a state, a country, a month or a word of the pack that is no place passes,
 * and so does a label followed by its value ("Tel. 221 15-409-2281").
 */
const UNLISTED_TOWN = /^(?:[A-Z]?\d{4,5}[\s\u00a0]+)?(\p{Lu}[\p{L}'\u2019-]{2,24}(?:[\s\u00a0](?:(?:de|del|la|las|los|el|y|of|the|upon|on)[\s\u00a0])?\p{Lu}[\p{L}'\u2019-]{1,24}){0,3})$/u;
function unlistedTown(text: string, start: number, segment: string, emit: Emit, c: CompiledPack): void {
  // A postcode may close it too, after a province's or state's code or none ("Taumarunui 3920",
  // "Llanelli SA15 4DR", "Gatineau QC J8Y 3R5"): the name is what comes before.
  const post = TRAILING_POSTCODE.exec(segment);
  const named = post ? segment.slice(0, post.index) : segment;
  const m = UNLISTED_TOWN.exec(named);
  if (!m) return;
  const name = m[1] as string;
  const at = start + named.length - name.length;
  if (!post && /^[\s\u00a0]{0,2}[.:]?[\s\u00a0]{0,2}[+\d(]/.test(text.slice(at + name.length, at + name.length + 6))) return;
  for (const w of name.split(/[\s\u00a0]+/)) {
    const n = norm(w);
    // a connector inside the name, capitalised or not ("Villa Los Aromos"): CONNECTORS and the pack's nameConnectors
    if (CONNECTORS.has(n) || (c.pack.nameConnectors ?? []).includes(n)) continue;
    if (c.months.has(n) || WEEKDAY_NAMES(c).has(n) || c.notPlaces.has(n) || c.notNames.has(n)) return;
  }
  const n = norm(name);
  if (STATE_NAMES.has(n) || STATE_CODES.has(name) || packStates(c).has(n) || isCountry(name) || c.notPlaces.has(n)) return;
  emit('place', at, at + name.length);
  // The postcode after it is one ("Taumarunui 3920"), not a record number.
  if (post) emit('zip-code', start + segment.length - (post[1] as string).length, start + segment.length);
}

const homePlaceRegex = perPack((c): RegExp | null => {
  const nouns = c.pack.homePlaceNouns ?? [];
  const connectors = (c.pack.nameConnectors ?? []).join('|');
  const word = "\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}";
  return nouns.length
    ? nativeRegExp(
        `(?<![\\p{L}])(?:${wordAlternation(c.pack.possessives)})[ \\u00a0](?:${wordAlternation(nouns)}),[ \\u00a0]{1,2}(${word}(?:[ \\u00a0](?:(?:${connectors || '(?!)'})[ \\u00a0])?${word}){0,3})`,
        'gu'
      )
    : null;
});

/**
 * A home place named in apposition after a possessive and a noun of the pack (`homePlaceNouns`,
 * README.md, "Home places"): "en su pueblo, San Pedro Soloma,", "mi rancho, Los Altos". One to
 * four capitalised words, connectors of the pack between; states and countries pass.
 */
export function findHomePlaceAppositions(text: string, emit: Emit, c: CompiledPack): void {
  const re = homePlaceRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1] as string;
    if (!/^\p{Lu}/u.test(name)) continue;
    const n = norm(name);
    if (STATE_NAMES.has(n) || packStates(c).has(n) || isCountry(name) || c.notPlaces.has(n) || c.notNames.has(n)) continue;
    const start = m.index + m[0].length - name.length;
    emit('place', start, start + name.length);
  }
}

/** An article of the pack, a town and one or two lower-case nouns (`findTownModifiers`). */
const townModifierRegex = perPack((c): RegExp => {
  const town = "(\\p{Lu}[\\p{L}.'\\u2019-]{1,24}(?:[ \\u00a0]\\p{Lu}[\\p{L}.'\\u2019-]{1,24}){0,2})";
  return nativeRegExp(
    `\\b(?:${wordAlternation([...c.articles])})[ \\u00a0]${town}[ \\u00a0](\\p{Ll}{3,15})(?:[ \\u00a0](\\p{Ll}{3,15}))?(?![\\p{L}'\\u2019-])`,
    'gu'
  );
});

/** Lower-case words of three to fifteen letters: the nouns after "the Detroit …". */
const LOWER_NOUN = /^\p{Ll}{3,15}$/u;
/** A possessive, then a given name and a surname: "'s Darla Schmit" (the town is looked for before it). */
const POSSESSIVE_FULL_NAME = /['\u2019]s[ \u00a0](\p{Lu}\p{Ll}{1,20})[ \u00a0]\p{Lu}\p{Ll}{1,24}(?![\p{L}])/gu;
/** One to three capitalised words closing the text before a possessive: the town of "Butte's". */
const TOWN_BEFORE = /(?<![\p{L}'\u2019.-])(\p{Lu}[\p{L}.'\u2019-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}.'\u2019-]{1,24}){0,2})$/u;

/** Is `name` a town of the gazetteer that no list of the pack keeps from places, and no given name, month or weekday? */
function plainTown(name: string, c: CompiledPack): boolean {
  const n = norm(name);
  if (!isUsPlace(n) || STATE_NAMES.has(n) || packStates(c).has(n) || isCountry(name) || c.notPlaces.has(n) || c.notNames.has(n) || isGivenName(name)) return false;
  return !c.months.has(n) && !WEEKDAY_NAMES(c).has(n);
}

/**
 * Towns named as the modifier of something in a person's story (README.md, "Places by grammar"),
 * in a sentence where the writer speaks of themself or a relative (`personalAt`):
 * - a town's possessive before a full name: "says Butte's Darla Schmit, who had a stroke";
 * - an article of the pack, the town and one or two lower-case nouns: "the Detroit transplant team",
 *   "the Little River community fridge". A facility or a site of the organisation after the town
 *   ("the Mayo clinic", "the Tulsa office"), a person noun ("the Sandpoint woman", found apart), a
 *   family word ("the Jackson family") and a town that is a given name pass.
 * A pack whose nouns take their modifiers after them (`nounModifiersAfter`) skips both. Both
 * regexes open on a literal (the article, the possessive ending), which V8 skips to.
 */
export function findTownModifiers(text: string, emit: Emit, c: CompiledPack, personalAt: (offset: number) => boolean): void {
  // A language that puts a noun's modifiers after it ("el equipo de trasplantes de Detroit") names no town this way.
  if (c.pack.nounModifiersAfter) return;
  const re = townModifierRegex(c);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    if (!plainTown(name, c)) continue;
    const nouns = [m[2], m[3]].filter((x): x is string => x !== undefined);
    const last = nouns[nouns.length - 1] as string;
    // "the Detroit transplant team": lower-case nouns, no article, coordinator, cue or possessive among them.
    if (!nouns.every((x) => LOWER_NOUN.test(x) && !c.articles.has(x) && !c.coordinators.has(x) && !c.placeCuesBefore.has(x) && !c.possessives.has(x))) continue;
    if (nouns.some((x) => c.institutionWords.has(x) || c.placeOrgNouns.has(x) || PERSON_NOUNS.has(x) || FAMILY_NOUNS.has(x) || c.placeCuesAfter.has(x) || (c.pack.placeOriginAfter ?? []).includes(x))) continue;
    if ((c.pack.eventNouns ?? []).includes(last) || c.relations.has(last)) continue;
    if (personalAt(start)) emit('place', start, start + name.length);
  }
  if (!text.includes('s ') && !text.includes('s\u00a0')) return;
  POSSESSIVE_FULL_NAME.lastIndex = 0;
  while ((m = POSSESSIVE_FULL_NAME.exec(text)) !== null) {
    // A town's possessive, then a given name of the lexicon and a surname.
    if (!isGivenName(m[1] as string)) continue;
    const t = TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!t) continue;
    // The longest run of the words before the possessive that is a town: "Sioux Falls's", "Butte's".
    const words = (t[1] as string).split(/[ \u00a0]/);
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      if (!plainTown(name, c)) continue;
      const start = m.index - name.length;
      if (personalAt(start)) emit('place', start, m.index);
      break;
    }
  }
}

/** Words for a family after its name: "the Jackson family", "the Reyes girls". */
const FAMILY_NOUNS = new Set(['family', 'families', 'girls', 'boys', 'kids', 'clan', 'household', 'twins', 'house']);

/** The pack's `venueWords`, lower case. */
const venueWordsOf = perPack((c): Set<string> => new Set((c.pack.venueWords ?? []).map((w) => w.toLowerCase())));
const PERSON_KINDS = new Set(['relative-name', 'person-name', 'subject-name']);
/** A comma, then one to three capitalised words closing their sentence: the town of ", Muncie." */
const TOWN_CLOSING = /,[ \u00a0]{1,2}(\p{Lu}[\p{L}'\u2019-]{1,24}(?:[ \u00a0]\p{Lu}[\p{L}'\u2019-]{1,24}){0,2})(?=[ \u00a0]?(?:[.!;\n]|$))/gu;
/** The venue before the comma: capitalised words, numbers ("#2", "1147") and "of"/"the" inside, up to six. */
const VENUE_BEFORE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019.-]{0,24}|#?\d{1,5})(?:[ \u00a0](?:\p{Lu}[\p{L}'\u2019.-]{0,24}|#?\d{1,5}|of|the)){0,5})$/u;

/**
 * The town closing a venue in a text that names a person (README.md, "Places by grammar"): a
 * capitalised venue holding one of the pack's `venueWords` or institution words, a number allowed
 * ("Fire Hall #2", "VFW Post 1147", "Knights of Columbus Hall"), a comma, then a town of the
 * gazetteer that is no given name, closing its sentence: "Bingo Night for Gracie 💜 Fri 5/8, VFW
 * Post 1147, Muncie." A benefit or a gathering for a person is where that person lives; the
 * organisation's own events (a text that names nobody) pass. The regex opens on the comma.
 */
export function findVenueTowns(text: string, found: readonly Candidate[], emit: Emit, c: CompiledPack): void {
  if (!c.pack.venueWords?.length || !text.includes(',') || !found.some((f) => PERSON_KINDS.has(f.kind))) return;
  const venueWords = venueWordsOf(c);
  TOWN_CLOSING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOWN_CLOSING.exec(text)) !== null) {
    const town = m[1] as string;
    if (!isUsPlace(norm(town)) || isGivenName(town) || STATE_NAMES.has(norm(town)) || isCountry(town) || c.notPlaces.has(norm(town)) || c.notNames.has(norm(town))) continue;
    const venue = VENUE_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!venue) continue;
    const words = (venue[1] as string).toLowerCase().split(/[^\p{L}]+/u);
    if (!words.some((w) => venueWords.has(w) || c.institutionWords.has(w))) continue;
    const start = m.index + m[0].length - town.length;
    emit('place', start, start + town.length);
  }
}

/** Kinds that are no anchor of `findPlacesNearIdentifiers`: names and places. */
const NOT_ANCHORS = new Set(['relative-name', 'person-name', 'subject-name', 'place']);
/**
 * Towns near a text's identifiers (README.md, "Places"): a text that already gives a phone, a
 * date, an address, an email or a record number is about private people, so a town of the
 * gazetteer within 160 characters of one is reported with no cue ("OB is at a clinic in Gallup",
 * "Callback 262-555-0190, Racine", "Fresno summers are brutal on my dad's COPD … He's 91"). A
 * town whose one-word name is an English or Spanish word ("Welcome", "Portal", "Driver"), a
 * given name, a word inside a longer capitalised name ("Valley Health", "Lakeview Park") and
 * everything `placeAt` keeps from places (states, months, the pack's non-places) stay out. Names
 * and places are no anchors. A text without an identifier gains nothing here, so a look-alike the
 * detector leaves alone stays so. Bounded: the surroundings (near.ts) of the first 64 identifiers, 64 towns.
 */
export function findPlacesNearIdentifiers(text: string, found: readonly Candidate[], c: CompiledPack): Candidate[] {
  const out: Candidate[] = [];
  // A long text has thousands of findings: overlapIndex answers by a binary search; the towns found here are few.
  const overlapsFound = overlapIndex(found);
  const taken = (s: number, e: number): boolean => overlapsFound(s, e) || out.some((f) => f.start < e && s < f.end);
  const spaced = (a: Word, b: Word): boolean => SPACE_GAP.test(text.slice(a.end, b.start));
  forEachWindowNearIdentifiers(text, found, (f) => !NOT_ANCHORS.has(f.kind), (words) => {
    for (let i = 0; i < words.length && out.length < MAX_NEAR; i++) {
      const w = words[i] as Word;
      if (!isCapitalized(w.text) || taken(w.start, w.end)) continue;
      const prev = words[i - 1];
      if (prev && isCapitalized(prev.text) && spaced(prev, w)) continue;
      const bare = w.text.replace(/['\u2019]s$/, '');
      if (isGivenName(bare)) continue;
      const m = placeAt(text, words, i, c);
      if (!m || (m.next - i === 1 && isPlaceWord(bare)) || taken(m.start, m.end)) continue;
      const last = words[m.next - 1] as Word;
      const next = words[m.next];
      if (next && isCapitalized(next.text) && spaced(last, next)) continue;
      out.push({ kind: 'place', start: m.start, end: m.end });
      i = m.next - 1;
    }
  });
  return out;
}
