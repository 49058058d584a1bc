/**
 * The surroundings of a text's identifiers (README.md, "What the detectors catch"; ./README.md,
 * "Names near identifiers"): the words within NEAR characters of each of the first MAX_NEAR
 * findings that `anchor` accepts, overlapping windows merged so that each character is tokenized
 * once. The names and the towns near identifiers (people.ts, places.ts) read them.
 */
import { wordsIn } from '../text';
import type { Word } from '../text';
import type { Candidate } from './shapes';

/** Characters read each side of an identifier. */
export const NEAR = 160;
/** Identifiers whose surroundings are read, and findings reported from them, per text. */
export const MAX_NEAR = 64;

export function forEachWindowNearIdentifiers(text: string, found: readonly Candidate[], anchor: (f: Candidate) => boolean, fn: (words: Word[]) => void): void {
  const windows: Array<[number, number]> = [];
  for (const f of found) {
    if (windows.length >= MAX_NEAR) break;
    if (anchor(f)) windows.push([Math.max(0, f.start - NEAR), Math.min(text.length, f.end + NEAR)]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  let from = -1;
  let to = -1;
  for (const [s, e] of windows) {
    if (from === -1) [from, to] = [s, e];
    else if (s <= to) to = Math.max(to, e);
    else {
      fn(wordsIn(text, from, to));
      [from, to] = [s, e];
    }
  }
  if (from !== -1) fn(wordsIn(text, from, to));
}
