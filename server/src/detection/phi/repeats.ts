/**
 * A name or a town found once is the same person or place wherever the text repeats it
 * (server/src/detection/phi/README.md, "People in a story"): "Uploaded Chloe's plan … — Owen
 * (Chloe's dad)", "Priya says thanks … Love, his mum Priya Venkat". Every other whole-word
 * occurrence of a found person's, relative's, subject's or place's name, spelled the same, gets
 * the same kind, and so does the given name of a full name found; a name that is an English word
 * too is left alone where it opens a sentence ("my son Will … Will you come?"). It only adds, in a
 * text that has such a finding already, so a look-alike text stays as clean as it was. Bounded:
 * at most MAX_NAMES names and MAX_REPEATS occurrences each.
 */
import type { Candidate } from './shapes';
import { NAME_KINDS } from './org-context';

const REPEATED: ReadonlySet<string> = new Set([...NAME_KINDS, 'place']);
const MAX_NAMES = 24;
const MAX_REPEATS = 12;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Given names that are English words too, left alone where they open a sentence ("Will you…", "May I…", "Grant access"). */
const WORDS_TOO = new Set(
  'will may can mark bill june april august hope grace faith joy rose frank sue pat guy art bob dawn eve sky chase grant lane penny ruby amber holly ivy daisy lily summer sunny drew ray gene dean don rich'.split(' ')
);

/** `found` with the other occurrences of its names added, in text order. */
export function addRepeats(text: string, found: Candidate[]): Candidate[] {
  if (!found.some((f) => REPEATED.has(f.kind))) return found;
  const names = new Map<string, Candidate['kind']>();
  for (const f of found) {
    if (!REPEATED.has(f.kind) || names.size >= MAX_NAMES) continue;
    const name = text.slice(f.start, f.end);
    if (!names.has(name)) names.set(name, f.kind);
    // "Priya Venkat": her given name alone elsewhere is her too.
    const first = /^(\p{Lu}[\p{Ll}\p{M}'’-]{1,20})[\s\u00a0]+\p{Lu}/u.exec(name);
    if (NAME_KINDS.has(f.kind) && first && !names.has(first[1] as string)) names.set(first[1] as string, f.kind);
  }
  const taken = found.map((f) => [f.start, f.end] as const);
  const added: Candidate[] = [];
  for (const [name, kind] of names) {
    if (name.length < 2 || !/^\p{Lu}/u.test(name)) continue;
    const single = !/[\s\u00a0]/.test(name);
    let count = 0;
    for (let at = text.indexOf(name); at !== -1 && count < MAX_REPEATS; at = text.indexOf(name, at + 1), count++) {
      const end = at + name.length;
      if ((at > 0 && LETTER.test(text[at - 1] as string)) || (end < text.length && LETTER.test(text[end] as string))) continue;
      if (single && WORDS_TOO.has(name.toLowerCase()) && opensSentence(text, at)) continue;
      if (taken.some(([s, e]) => s < end && at < e)) continue;
      taken.push([at, end]);
      added.push({ kind, start: at, end });
    }
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start || a.end - b.end) : found;
}

/** Does a sentence, a line or the text start at `at` (spaces and quotes between)? */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s\u00a0"'“‘(]/.test(text[i] as string)) i--;
  return i < 0 || /[.!?\n:]/.test(text[i] as string);
}
