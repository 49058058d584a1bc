/**
 * Officers an organisation's notice names (the pack's `officerLabels`; server/src/detection/phi/README.md,
 * "Organisations' officers"): "Preside: Sra. Olivia Marín", "la presidenta, Marta Cuevas", "Coordina:
 * hermana Teresa", "Chair: Dale Ruiz". A name right after such an office, a colon, a comma or a dash
 * between and an honorific or a religious title allowed, is the organisation's officer, not a
 * patient's or a relative's. A relation of the writer's before the office keeps it ("mi mamá es la
 * presidenta, Marta"), and the consent's subject is always kept.
 */
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';

/** The kinds of finding an office may name: a person, a relative (a religious title read as kin), a name read as a town. */
const NAMED = new Set(['person-name', 'relative-name', 'place']);
/** How far before a name its office may stand (characters). */
const LEAD = 64;

/** The office, then its separator and an optional title, ending right before the name. */
const officeRegexOf = perPack((c) => {
  const labels = c.pack.officerLabels ?? [];
  if (labels.length === 0 && (c.pack.roleLabels ?? []).length === 0) return null;
  const titles = [...(c.pack.personHonorifics ?? []), ...(c.pack.religiousTitles ?? []), 'mª', 'm.ª', 'ma'];
  const alternatives = (list: readonly string[]): string =>
    [...new Set(list.map((w) => w.toLowerCase()))]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.split(/\s+/).map(escapeRegex).join('\\s+'))
      .join('|');
  const title = `(?:(?:${alternatives(titles)})\\.?\\s+)?`;
  const roleTitles = c.pack.roleTitles ?? [];
  // After a role's label a title may drop its period ("Elaboró: LN Karla Soto"); before a name elsewhere it needs one.
  const roleTitle = roleTitles.length ? `(?:(?:${alternatives(roleTitles)})(?:\\.\\s*|\\s+))*` : '';
  const office = labels.length ? [`(?:${alternatives(labels)})\\s*[:,\\u2013\\u2014-]`] : [];
  // A staff role labels a name with a colon only, its qualifier (one or two words) between.
  const roles = c.pack.roleLabels ?? [];
  const articles = c.pack.roleArticles ?? [];
  const of = c.pack.relationOf ?? [];
  const role = roles.length
    ? [
        // As a label: starting the text, a line or a sentence, or after a list's separator.
        `(?<=(?:^|[.;|\\u00b7\\u2022\\n(\\u2013\\u2014])\\s*)(?:${alternatives(roles)})(?:\\s+[\\p{L}\\p{M}.]{1,20}){0,2}\\s*:`,
        // In apposition, after an article of the organisation's voice: an adjective, then "of" and up to three words.
        ...(articles.length && of.length ? [`(?:${alternatives(articles)})\\s+(?:${alternatives(roles)})(?:\\s+[\\p{L}\\p{M}]{1,20})?(?:\\s+(?:${alternatives(of)})(?:\\s+[\\p{L}\\p{M}.]{1,20}){1,3})?\\s*,(?:\\s*(?:${alternatives(articles)})(?=\\s))?`] : []),
      ]
    : [];
  return nativeRegExp(`(?<![\\p{L}\\p{M}])(?:${[...office, ...role].join('|')})\\s*${title}${roleTitle}$`, 'iu');
});

/** Does an office of the pack stand right before `start`, with no relation of the writer's before it? */
export function officerBefore(text: string, start: number, c: CompiledPack): boolean {
  const re = officeRegexOf(c);
  if (!re) return false;
  // A lead cut from a longer text does not start it: the "x" keeps its first word from reading as a label's start.
  const lead = (start > LEAD ? 'x' : '') + text.slice(Math.max(0, start - LEAD), start);
  const m = re.exec(lead);
  if (!m) return false;
  // The words of the office's own sentence: a relation in an earlier one ("22 children traced. Vaccinator: …") is another matter.
  const prior = lead.slice(0, m.index);
  const sentenceStart = Math.max(...['. ', '! ', '? ', '\n'].map((mark) => prior.lastIndexOf(mark)));
  const before = prior.slice(sentenceStart + 1).toLowerCase().match(/\p{L}+/gu) ?? [];
  // A religious title is a relation when "of" follows it ("la madre de nuestro jefe").
  const religious = c.pack.religiousTitles ?? [];
  const of = c.pack.relationOf ?? [];
  return !before.some((w, i) => c.relations.has(w) && (!religious.includes(w) || of.includes(before[i + 1] ?? '')));
}

/**
 * A professional title of the pack's `roleTitles`, abbreviated with its period, right before a name:
 * "Lic. Sofía Ledesma", "Ps. Diego Salazar", "Lic. Enf. Rosa Villanueva". Built once per pack.
 */
const titleRegexOf = perPack((c) => {
  const titles = c.pack.roleTitles ?? [];
  if (titles.length === 0) return null;
  const alternatives = [...new Set(titles.map((w) => w.toLowerCase()).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return nativeRegExp(`(?<![\\p{L}\\p{M}.])(?:${alternatives})\\.[\\s\\u00a0]{0,2}(?:(?:${alternatives})\\.[\\s\\u00a0]{0,2})*$`, 'iu');
});

/** Does a professional title of the pack stand right before `start`, with no relation of the writer's just before it ("mi hermana, la Lic. Ana")? */
function titledBefore(text: string, start: number, c: CompiledPack): boolean {
  const re = titleRegexOf(c);
  if (!re) return false;
  const lead = text.slice(Math.max(0, start - LEAD), start);
  const m = re.exec(lead);
  if (!m) return false;
  const before = lead.slice(0, m.index).toLowerCase().match(/\p{L}+/gu) ?? [];
  return !before.slice(-4).some((w) => c.relations.has(w));
}

/** `found` without the names an office or a professional title introduces (NAMED kinds only, relatives aside for a title; it only removes). */
export function dropOfficers(text: string, found: Candidate[], c: CompiledPack): Candidate[] {
  if ((!officeRegexOf(c) && !titleRegexOf(c)) || !found.some((f) => NAMED.has(f.kind))) return found;
  const kept = found.filter((f) => !(NAMED.has(f.kind) && (officerBefore(text, f.start, c) || (f.kind !== 'relative-name' && titledBefore(text, f.start, c)))));
  return kept.length === found.length ? found : kept;
}
