/**
 * The surroundings of a text's identifiers (README.md, "What the detectors catch"; ./README.md,
 * "Names near identifiers"): the words within NEAR characters of each of the first MAX_NEAR
 * findings that `anchor` accepts, overlapping windows merged so that each character is tokenized
 * once. The names and the towns near identifiers (people.ts, places.ts) read them.
 */
import { mergedWindows, wordsIn } from '../text';
import type { Word } from '../text';
import type { Candidate } from './shapes';

/** Characters read each side of an identifier. */
export const NEAR = 160;
/** Identifiers whose surroundings are read, and findings reported from them, per text. */
export const MAX_NEAR = 64;

export function forEachWindowNearIdentifiers(text: string, found: readonly Candidate[], anchor: (f: Candidate) => boolean, fn: (words: Word[]) => void): void {
  const anchors: Candidate[] = [];
  for (const f of found) {
    if (anchors.length >= MAX_NEAR) break;
    if (anchor(f)) anchors.push(f);
  }
  for (const w of mergedWindows(anchors, NEAR, NEAR, text.length)) fn(wordsIn(text, w.start, w.end));
}
