/**
 * The name judge of the PHI detector (README.md, "What the detectors catch"): a name found with no
 * relation word before it (kind `person-name`) may be a private person's ("Rosa drove me to every
 * session") or somebody who is nobody's identifier: a staff member in a signature or a notice
 * ("Coordina: Sra. Peña", "— Monica Reyes, Patient Advocate"), a pet, a character. A logistic
 * regression over the words around the name and the shape of its place decides, with the claim
 * classifier's scoring (../claims/model.ts); weights in names.<lang>.json, trained by
 * scripts/train-phi-names.ts on the development parts of the corpus only, regularisation and
 * threshold chosen by leave-one-writer-out cross-validation there.
 *
 * It only ever removes `person-name` findings, never adds one, never judges a relative's name or
 * the consent subject's, and reads a bounded window around each name: linear in the text.
 */
import type { ClaimModel } from '../claims/types';
import { score } from '../claims/model';
import { wordsIn } from '../text';
import { inFirstPerson, textWords } from './gate';
import namesEn from './names.en.json';
import namesEs from './names.es.json';

const MODELS: Record<string, ClaimModel> = { en: namesEn as ClaimModel, es: namesEs as ClaimModel };

/** Characters read each side of a name. */
const WINDOW = 80;
/** Words of each side that are features. */
const SIDE_WORDS = 4;

export interface JudgedName {
  kind: string;
  start: number;
  end: number;
}

/** Marks around a name that are features: a label's colon, a signature's dash or end, an apposition's comma, a parenthesis. */
const LABEL_MARKS = new Set([':', 'dash', 'end', ',', '(', ')']);

/** The character right before `at`, past spaces: "—", ":", ",", "(" or a letter class. */
function markBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i--;
  if (i < 0) return 'start';
  const ch = text[i] as string;
  if (ch === '\n') return 'line';
  if (/[\u2014\u2013-]/.test(ch)) return 'dash';
  if (/[\p{L}]/u.test(ch)) return 'letter';
  if (/\d/.test(ch)) return 'digit';
  return ch;
}

/** What follows the name up to the end of its line: "end" when nothing but punctuation, emoji or spaces. */
function markAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  if (i >= text.length || text[i] === '\n') return 'end';
  const rest = text.slice(i, Math.min(text.length, i + 12)).split('\n')[0] as string;
  if (!/[\p{L}\d]/u.test(rest)) return 'end';
  const ch = text[i] as string;
  if (/[\p{L}]/u.test(ch)) return 'letter';
  if (/\d/.test(ch)) return 'digit';
  return ch;
}

/**
 * The judge's features of the name at [start, end) of `text`: the words each side (by distance,
 * lower case), the marks right before and after it, its number of words, whether the text is in
 * the first person, and the other kinds found in the text.
 */
export function nameFeatures(text: string, start: number, end: number, kinds: readonly string[], firstPerson: boolean): string[] {
  const features = new Set<string>();
  const left = wordsIn(text, Math.max(0, start - WINDOW), start).filter((w) => w.end <= start).slice(-SIDE_WORDS).reverse();
  const right = wordsIn(text, end, Math.min(text.length, end + WINDOW)).filter((w) => w.start >= end).slice(0, SIDE_WORDS);
  left.forEach((w, i) => {
    features.add(`w:${w.lower}`);
    if (i < 2) features.add(`l${i + 1}:${w.lower}`);
  });
  right.forEach((w, i) => {
    features.add(`w:${w.lower}`);
    if (i < 2) features.add(`r${i + 1}:${w.lower}`);
  });
  // Only the marks of a label, a signature or an apposition ("Coordinator: Ana", "— Ana", "Ana,
  // Patient Advocate"): a name opening a sentence is as often a story's as anybody's.
  const before = markBefore(text, start);
  if (LABEL_MARKS.has(before)) features.add(`before:${before}`);
  const after = markAfter(text, end);
  if (LABEL_MARKS.has(after)) features.add(`after:${after}`);
  const words = wordsIn(text, start, end).length;
  features.add(`words:${Math.min(words, 3)}`);
  if (firstPerson) features.add('first-person');
  for (const kind of kinds) if (kind !== 'person-name') features.add(`k:${kind}`);
  return [...features];
}

/** The judge's weights for a language, if it has any. */
export const nameModel = (language: string): ClaimModel | undefined => MODELS[language];

/**
 * The findings without the `person-name` ones the judge reads as nobody's identifier. A name
 * written more than once is judged by its most personal occurrence: all stay or all go.
 */
export function judgeNames<F extends JudgedName>(text: string, found: F[], language: string, model: ClaimModel | undefined = MODELS[language]): F[] {
  if (!model || !found.some((f) => f.kind === 'person-name')) return found;
  const firstPerson = inFirstPerson(textWords(text), language);
  const kinds = [...new Set(found.map((f) => f.kind))];
  const best = new Map<string, number>();
  for (const f of found) {
    if (f.kind !== 'person-name') continue;
    const key = text.slice(f.start, f.end).toLowerCase();
    const s = score(model, nameFeatures(text, f.start, f.end, kinds, firstPerson));
    best.set(key, Math.max(best.get(key) ?? 0, s));
  }
  return found.filter((f) => f.kind !== 'person-name' || (best.get(text.slice(f.start, f.end).toLowerCase()) as number) >= model.threshold);
}
