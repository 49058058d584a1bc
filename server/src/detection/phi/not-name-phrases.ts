/**
 * Phrases whose first word is a given name of the lexicons but that name nobody (the pack's
 * `notNamePhrases`; server/src/detection/phi/README.md, "People in a story"): the Māori greeting
 * "Kia ora", "Kia orana". A name finding that is the phrase's first word is dropped, last, as the
 * organisations' officers are (index.ts).
 */
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';

const NAMED = new Set(['person-name', 'relative-name', 'subject-name', 'place']);

/** The rest of each phrase after its first word, keyed by that word (lower case). */
const restsOf = perPack((c) => {
  const rests = new Map<string, RegExp>();
  const byFirst = new Map<string, string[]>();
  for (const phrase of c.pack.notNamePhrases ?? []) {
    const [first, ...rest] = phrase.toLowerCase().split(/\s+/);
    if (!first || rest.length === 0) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), rest.map(escapeRegex).join('[\\s\\u00a0]+')]);
  }
  for (const [first, alternatives] of byFirst) rests.set(first, nativeRegExp(`^[\\s\\u00a0]+(?:${alternatives.join('|')})(?![\\p{L}])`, 'iu'));
  return rests;
});

/** `found` without the names that open a phrase of the pack that names nobody (it only removes). */
export function dropNotNamePhrases(text: string, found: Candidate[], c: CompiledPack): Candidate[] {
  const rests = restsOf(c);
  if (rests.size === 0) return found;
  const kept = found.filter((f) => {
    if (!NAMED.has(f.kind)) return true;
    const rest = rests.get(text.slice(f.start, f.end).toLowerCase());
    return !rest || !rest.test(text.slice(f.end, f.end + 24));
  });
  return kept.length === found.length ? found : kept;
}
