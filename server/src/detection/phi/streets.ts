/**
 * Street addresses and neighbourhoods in the grammar of a language pack, beside the US shapes in
 * shapes.ts ("1418 Maple Ave"): a street type before the name ("calle Luna #45", "Av. Juárez
 * 1020", "C/ Mayor 3"), a house number joined to the street ("el 2301 de la calle Pecan", "el
 * 845 de la W. Harrison St"), and a neighbourhood word before a name ("colonia Centro", "Urb.
 * Villa Carolina", "fracc. Las Palmas"). A street with neither a house number nor a person's
 * home in its sentence ("estamos en la avenida Nolana") is the organisation's and passes.
 *
 * Linear: one trigger regex finds the street and neighbourhood words, then a sticky regex with
 * bounded repeats reads the address from there.
 */
import { norm, overlapIndex, sentenceAround, tokenize } from '../text';
import { isGivenName, perPack } from './compile';
import type { CompiledPack } from './compile';
import { STREET_SUFFIX } from './shapes';
import type { Candidate, Emit } from './shapes';
import { MAX_NEAR, NEAR } from './near';
import { nativeRegExp } from '../../scanners/native-regexp';

const S = '[\\s\\u00a0]';
/** A word of a street or neighbourhood name: capitalised, or a street number ("calle 12"). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'\\u2019.\\-]{0,24}|\\d{1,4}(?:[a-zA-Z]{1,2})?(?![\\p{N}]))";

interface StreetGrammar {
  trigger: RegExp;
  /** House number and joiner right before a street type: "el 2301 de la ". */
  numberBefore: RegExp;
  street: RegExp;
  /** "845 de la W. Harrison St": a number, a joiner, a street in the US shape. */
  joinedUsStreet: RegExp;
  district: RegExp;
  connectors: Set<string>;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Case-insensitive on the first letter only: "[Cc]alle". */
function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const first = w.charAt(0);
      const rest = escape(w.slice(1));
      return first.toLowerCase() !== first.toUpperCase() ? `[${first.toUpperCase()}${first.toLowerCase()}]${rest}` : escape(first) + rest;
    })
    .join('|');
}

/** The pack's district words that are also common nouns. */
const genericDistricts = perPack((c): Set<string> => new Set((c.pack.genericDistrictWords ?? []).map((w) => w.toLowerCase())));

const grammarOf = perPack((c): StreetGrammar | null => {
  const types = c.pack.streetTypes ?? [];
  const districts = c.pack.districtWords ?? [];
  const joiners = c.pack.streetNumberJoiners ?? [];
  const markers = c.pack.houseNumberMarkers ?? [];
  if (!types.length && !districts.length) return null;
  const connectors = c.pack.nameConnectors ?? [];
  const conn = connectors.length ? `(?:(?:${alternation(connectors)})${S}{1,2}){0,2}` : '';
  const joiner = joiners.length ? `(?:(?:${joiners.map((j) => j.split(' ').map(escape).join(`${S}{1,2}`)).join('|')})${S}{1,2})` : '(?!)';
  const marker = `(?:#|${markers.length ? alternation(markers) : '(?!)'})\\.?`;
  const typeAlt = types.length ? alternation(types) : '(?!)';
  const districtAlt = districts.length ? alternation(districts) : '(?!)';
  const numberAfter = `(?:,?${S}{0,2}${marker}${S}{0,2}\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?|${S}{1,2}\\d{1,6}[A-Za-z]?(?![\\p{L}\\p{N}]|[.,:/]\\p{N}))`;
  return {
    trigger: nativeRegExp(`(?<![\\p{L}])(?:${typeAlt}|${districtAlt})(?![\\p{L}])|\\d${S}{1,2}${joiner}(?=\\p{Lu})`, 'gu'),
    numberBefore: nativeRegExp(`(?<![\\p{L}\\p{N}])(\\d{1,6}[A-Za-z]?)${S}{1,2}${joiner}?$`, 'u'),
    street: nativeRegExp(`(?:${typeAlt})\\.?${S}{1,2}${conn}(${NAME_WORD}(?:${S}{1,2}${conn}${NAME_WORD}){0,3})(${numberAfter})?`, 'uy'),
    joinedUsStreet: nativeRegExp(
      `\\d{1,6}[A-Za-z]?${S}{1,2}${joiner}(?:(?:N|S|E|W|NE|NW|SE|SW)\\.?${S}{1,2})?(?:\\p{Lu}[\\p{L}'\\u2019\\-]{0,20}\\.?${S}{1,2}){1,3}${STREET_SUFFIX}(?![\\p{L}])`,
      'uy'
    ),
    district: nativeRegExp(`(?:${districtAlt})\\.?${S}{1,2}(${conn}${NAME_WORD}(?:${S}{1,2}(?:${NAME_WORD}|${conn}${NAME_WORD})){0,3})`, 'uy'),
    connectors: new Set(connectors.map((w) => w.toLowerCase())),
  };
});

const personOfStreetRegex = perPack((c): RegExp | null => {
  const people = [...(c.pack.personHonorifics ?? []), ...c.pack.relations];
  const joiners = c.pack.streetNumberJoiners ?? [];
  return people.length && joiners.length
    ? nativeRegExp(`(?<![\\p{L}])(?:${alternation(people)})\\.?${S}{1,2}(?:${joiners.map((j) => j.split(' ').map(escape).join(`${S}{1,2}`)).join('|')})${S}{1,2}$`, 'u')
    : null;
});

/**
 * A person named by their street: an honorific or a relation of the pack, then a house-number
 * joiner, right before the street ("la señora de la calle Lorain", "mi vecina de la calle Ocampo",
 * "la doña de la 5ta y Elm").
 */
function personOfStreet(text: string, at: number, c: CompiledPack): boolean {
  const re = personOfStreetRegex(c);
  return !!re && re.test(text.slice(Math.max(0, at - 40), at));
}

const cornerRegex = perPack((c): RegExp | null => {
  const articles = c.pack.streetArticles ?? [];
  const suffixes = c.pack.streetOrdinalSuffixes ?? [];
  const ord = `\\d{1,3}(?:${suffixes.length ? suffixes.map(escape).join('|') : '(?!)'})?`;
  return articles.length
    ? nativeRegExp(
        `(?<![\\p{L}])(?:${alternation(articles)})${S}{1,2}(${ord})${S}{1,2}(?:${(c.pack.cornerJoiners ?? c.pack.coordinators).map(escape).join('|')})${S}{1,2}(\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}(?:${S}\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}){0,2}|${ord}(?=${S}{0,2}(?:[.,;:!?)]|$)))(?![\\p{L}\\p{N}])`,
        'gu'
      )
    : null;
});

/**
 * A corner named by a numbered street after the pack's article for streets and the other street
 * after a coordinator (README.md, "Corners"): "la 24 y Mission", "la 5ta y Elm", "de la 180 y
 * Audubon", "entre la 3ra y 4ta,". A month, a weekday or a word of the pack's `notNames` is no
 * street; a second number must end the phrase ("la 2da y 3ra dosis" is a count).
 */
export function findNumberedCorners(text: string, emit: Emit, c: CompiledPack): void {
  const re = cornerRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const other = ((m[2] as string).split(/[\s\u00a0]/)[0] as string).toLowerCase();
    if (c.months.has(other) || c.notNames.has(other) || (c.pack.weekdays ?? []).some((d) => d.toLowerCase() === other)) continue;
    const start = m.index + m[0].indexOf(m[1] as string);
    emit('street-address', start, m.index + m[0].length);
  }
}

const joinedNameRegex = perPack((c): RegExp | null => {
  const leads = [...c.pack.articles ?? [], ...(c.pack.articleContractions ?? [])];
  const joiners = (c.pack.streetNumberJoiners ?? []).filter((j) => j.includes(' ') || (c.pack.articleContractions ?? []).includes(j));
  return leads.length && joiners.length
    ? nativeRegExp(
        `(?<![\\p{L}])(?:${alternation(leads)})${S}(\\d{2,5}${S}(?:${joiners.map((j) => j.split(' ').map(escape).join(S)).join('|')})${S}(\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}(?:${S}\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}){0,2}))`,
        'gu'
      )
    : null;
});

/**
 * A house number after an article and a joiner holding one, then a street's bare name, in a
 * sentence about the writer's or a relative's home (README.md, "Corners"): "vive en el 1418 de
 * la Ébano", "llévenlo al 3300 de la Broadway". Months, weekdays, holidays, institutions and the
 * pack's `notNames` are no street; "el 15 de Mayo" has no article in its joiner.
 */
export function findJoinedStreetNames(text: string, emit: Emit, c: CompiledPack, personalAt: (offset: number) => boolean): void {
  const re = joinedNameRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = tokenize(m[2] as string);
    if (words.some((w) => c.notNames.has(w.lower) || c.months.has(w.lower) || c.institutionWords.has(w.lower) || c.holidayNames.has(w.lower) || (c.pack.weekdays ?? []).some((d) => d.toLowerCase() === w.lower))) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    if (!(homeInSentence(text, start, c) || personalAt(start))) continue;
    emit('street-address', start, m.index + m[0].length);
  }
}

/** Does the sentence around `at` speak of a person's home ("vivo", "mi casa")? */
function homeInSentence(text: string, at: number, c: CompiledPack): boolean {
  const { start, end } = sentenceAround(text, at, 160);
  for (const w of tokenize(text.slice(start, end))) if (c.homeWords.has(w.lower)) return true;
  return false;
}

export function findPackStreets(text: string, emit: Emit, c: CompiledPack): void {
  const g = grammarOf(c);
  if (!g) return;
  g.trigger.lastIndex = 0;
  let t: RegExpExecArray | null;
  let coveredUntil = -1;
  while ((t = g.trigger.exec(text)) !== null) {
    let at = t.index;
    if (at < coveredUntil) continue;
    if (/^\d/.test(t[0])) {
      // The trigger found the number's last digit: back to its first.
      while (at > 0 && t.index - at < 6 && /\d/.test(text.charAt(at - 1))) at--;
      g.joinedUsStreet.lastIndex = at;
      const us = g.joinedUsStreet.exec(text);
      if (us) {
        emit('street-address', at, at + us[0].length);
        coveredUntil = at + us[0].length;
      }
      continue;
    }
    g.street.lastIndex = at;
    const s = g.street.exec(text);
    if (s) {
      const before = g.numberBefore.exec(text.slice(Math.max(0, at - 20), at));
      const start = before ? at - before[0].length : at;
      const end = at + s[0].length;
      // A number as the street's name ("calle 8") is not a house number; one after the name is ("Juárez 1020").
      const numbered = !!before || !!s[2] || /[\s\u00a0]\d{1,6}[A-Za-z]?$/.test(s[1] as string);
      if (numbered || homeInSentence(text, at, c) || personOfStreet(text, start, c)) {
        emit('street-address', start, end);
        coveredUntil = end;
        continue;
      }
    }
    g.district.lastIndex = at;
    const d = g.district.exec(text);
    if (d) {
      // The name without trailing connectors ("colonia Las Flores de" → "Las Flores").
      const name = d[1] as string;
      let nameStart = at + d[0].length - name.length;
      const parts = name.split(/([\s\u00a0]+)/);
      // "distrito de Livitaca": the connectors before the name are no part of it.
      while (parts.length > 2 && /^del?$/i.test(parts[0] as string)) nameStart += (parts.splice(0, 2) as string[]).join('').length;
      // A sentence ends inside the name after a word of five letters or more and a period ("sector La Rambla. Tel.").
      const stop = parts.findIndex((part, k) => k % 2 === 0 && k < parts.length - 1 && /\p{L}{5,}\.$/u.test(part));
      if (stop !== -1) parts.splice(stop + 1);
      while (parts.length > 1 && g.connectors.has((parts[parts.length - 1] as string).toLowerCase())) parts.splice(-2, 2);
      const kept = parts.join('').replace(/(\p{L}{5,})\.$/u, '$1');
      // "el sector Salud", "distrito 5": after a district word that is also a common noun, only a
      // capitalised name that is no word of the pack's notPlaces names a neighbourhood ("col. Centro" is one).
      const generic = genericDistricts(c).has(norm(d[0].split(/[\s\u00a0.]/)[0] as string));
      if (!/\p{Lu}|\d/u.test(kept) || (generic && (c.notPlaces.has(norm(kept)) || !/^\p{Lu}/u.test(kept)))) continue;
      emit('place', nameStart, nameStart + kept.length);
      coveredUntil = nameStart + kept.length;
    }
  }
}

const homeStreetRegex = perPack((c): RegExp | null => {
  const nouns = c.pack.homeStreetNouns ?? [];
  const preps = c.pack.homeStreetPrepositions ?? [];
  return nouns.length && preps.length
    ? nativeRegExp(
        `\\b(?:${alternation(nouns)})${S}(?:${preps.map(escape).join('|')})${S}((?:\\d{1,5}${S})?\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}(?:${S}\\p{Lu}[\\p{L}'\\u2019\\-]{1,24}){0,2})`,
        'gu'
      )
    : null;
});

/** A whole word that is a US street suffix ("Dr", "Ave"). */
const STREET_SUFFIX_WORD = nativeRegExp(`^${STREET_SUFFIX}$`, 'u');

/**
 * A home named by its street without a suffix (README.md, "Homes on a street"): a home noun of the
 * pack (found first; a possessive or an article before it, at most one adjective between), "on" or "at", an optional house number,
 * then a capitalised name of one to three words: "her little house on Tchoupitoulas", "their home
 * on Calle Ocho", "the blue house at 412 Ridgeview". Holidays, months, weekdays, institutions and
 * places of the gazetteer are not streets ("my place at Thanksgiving", "her house in Ogden").
 */
export function findHomeStreets(text: string, emit: Emit, c: CompiledPack, isPlace: (name: string) => boolean): void {
  const re = homeStreetRegex(c);
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // A possessive or an article before the home noun, at most one adjective between: "her little house".
    const before = tokenize(text.slice(Math.max(0, m.index - 32), m.index)).slice(-2);
    const lead = (w: { lower: string } | undefined): boolean => !!w && (c.possessives.has(w.lower) || c.articles.has(w.lower) || w.lower === 'a' || w.lower === 'an');
    const last = before[before.length - 1];
    if (!lead(last) && !(last && last.text === last.lower && lead(before[before.length - 2]))) continue;
    const street = m[1] as string;
    const name = street.replace(/^\d+[\s\u00a0]/, '');
    const words = tokenize(name);
    // "his home on Cottonwood Dr": a street suffix closing the name is no title ("Dr") of the pack's `notNames`.
    const named = words.length > 1 && STREET_SUFFIX_WORD.test((words[words.length - 1] as { text: string }).text) ? words.slice(0, -1) : words;
    if (named.some((w) => c.notNames.has(w.lower) || c.months.has(w.lower) || c.institutionWords.has(w.lower) || c.holidayNames.has(w.lower))) continue;
    if (!/^\d/.test(street) && isPlace(name)) continue;
    const start = m.index + m[0].length - street.length;
    emit('street-address', start, start + street.length);
  }
}

/**
 * A house number and a street name without a suffix, in a sentence where the writer speaks of
 * themself or a relative (README.md, "Homes on a street"): "Dad's at 311 Oakmont now", "cards to
 * the house, 1420 Willow", "my place this week, 62 Sycamore", "come by 4410 N. Lamar". After "at",
 * "to", "on", "by" or a comma; a given name ("At 94 Harold still drives"), a relation, a month, a
 * weekday, a holiday, an institution or a direction alone is no street, nor is a number after a
 * room, suite, unit or floor word. `personalAt` tells whether the sentence at an offset speaks of
 * the writer or a relative.
 */
const BARE_HOUSE_NUMBER = /(?:\b(?:at|to|on|by)|,)[ \u00a0](\d{2,5}[ \u00a0](?:[NSEW]\.?[ \u00a0])?\p{Lu}\p{Ll}{2,15})(?![\p{L}\p{N}'\u2019-])/gu;
const NOT_HOUSE_BEFORE = /\b(?:room|rm|suite|ste|unit|floor|fl|bed|apt|gate|exit|page|chapter|level|route|rt|highway|hwy|interstate|i)[\s\u00a0#.]{0,3}$/i;
const DIRECTIONS = new Set(['north', 'south', 'east', 'west']);

export function findBareHouseNumbers(text: string, emit: Emit, c: CompiledPack, personalAt: (offset: number) => boolean, impersonal?: Candidate[]): void {
  BARE_HOUSE_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_HOUSE_NUMBER.exec(text)) !== null) {
    const street = m[1] as string;
    const start = m.index + m[0].length - street.length;
    const words = tokenize(street);
    const name = words[words.length - 1];
    if (!name) continue;
    const n = name.lower;
    const directional = words.length > 1;
    if (c.notNames.has(n) || c.relations.has(n) || c.months.has(n) || c.holidayNames.has(n) || c.institutionWords.has(n) || DIRECTIONS.has(n)) continue;
    if ((c.pack.weekdays ?? []).some((d) => d.toLowerCase() === n) || (!directional && isGivenName(name.text))) continue;
    if (NOT_HOUSE_BEFORE.test(text.slice(Math.max(0, m.index - 12), start))) continue;
    if (!personalAt(start)) {
      // Kept for findHouseNumbersNearIdentifiers, which reads them once the identifiers are known.
      if (impersonal && impersonal.length < MAX_NEAR) impersonal.push({ kind: 'street-address', start, end: start + street.length });
      continue;
    }
    emit('street-address', start, start + street.length);
  }
}

/**
 * House numbers near identifiers (README.md, "What the detectors catch"): the shapes of
 * findBareHouseNumbers ("…, 1602 Quail Run, Edmond 73034", "forwarding address: 6 Quarry Hill")
 * that it left for want of a sentence about the writer (`impersonal`, at most MAX_NEAR), kept when
 * an identifier of the text starts within NEAR characters. A text with no identifier gets nothing
 * from here. No second pass over the text: a binary search over the findings' starts per street.
 */
export function findHouseNumbersNearIdentifiers(impersonal: readonly Candidate[], found: readonly Candidate[]): Candidate[] {
  if (impersonal.length === 0) return [];
  const anchors = found.filter((f) => f.kind !== 'street-address').map((f) => f.start).sort((a, b) => a - b);
  if (anchors.length === 0) return [];
  const near = (at: number): boolean => {
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((anchors[mid] as number) < at - NEAR) lo = mid + 1;
      else hi = mid;
    }
    return lo < anchors.length && (anchors[lo] as number) <= at + NEAR;
  };
  const taken = overlapIndex(found);
  return impersonal.filter((h) => near(h.start) && !taken(h.start, h.end));
}

/** A street suffix right after a name ("Ann St", "Ricardo Soriano Avenue"): the name is the street's. */
const SUFFIX_AFTER = nativeRegExp(`^[\\s\\u00a0]{1,2}${STREET_SUFFIX}\\.?(?![\\p{L}])`, 'u');
/** Suffixes that name nothing but a street, trusted without a house number before. */
const PLAIN_SUFFIX = /^[\s\u00a0]{1,2}(?:Street|Road|Avenue|Lane|Drive|Boulevard)(?![\p{L}])/u;
/** A street type of the pack right before a name, its period allowed ("Av. ", "Avda. ", "calle "). Built once per pack. */
const typeBeforeOf = perPack((c) => {
  const types = (c.pack.streetTypes ?? []).filter((t) => /^\p{L}/u.test(t));
  return types.length ? nativeRegExp(`(?<![\\p{L}])(?:${types.map((t) => escape(t)).join('|')})\\.?[\\s\\u00a0]{1,2}$`, 'iu') : null;
});

/**
 * `found` without the person's names that name a street ("88 Ann St", "Av. Ricardo Soriano 12",
 * "Avda. Manuel Siurot s/n"): a street type of the pack right before, or a street suffix right
 * after with a house number before it (or a suffix that names nothing else: "Street", "Road").
 * Dropped last (index.ts); only person-name findings, never a relative's.
 */
export function dropStreetNames(text: string, found: Candidate[], c: CompiledPack): Candidate[] {
  if (!found.some((f) => f.kind === 'person-name')) return found;
  const typeBefore = typeBeforeOf(c);
  const kept = found.filter((f) => {
    if (f.kind !== 'person-name') return true;
    const after = text.slice(f.end, f.end + 16);
    const lead = text.slice(Math.max(0, f.start - 16), f.start);
    if (SUFFIX_AFTER.test(after) && (/\d{1,6}[A-Za-z]?[\s\u00a0]{1,2}$/.test(lead) || PLAIN_SUFFIX.test(after))) return false;
    return !(typeBefore && typeBefore.test(lead));
  });
  return kept.length === found.length ? found : kept;
}
