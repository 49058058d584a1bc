/**
 * The claim grammar's trigger prefilter (server/src/detection/claims/prefilter.ts) must find
 * exactly the matches a whole-text scan finds: same starts, same spans, for every rule and
 * lexicon of a pack, on corpus texts, on windows cut mid-word, and on mutated text (other
 * whitespace, digits, accents, emoji, underscores). One pack per test file (see
 * claims-prefilter-en.test.ts): each compiles all of its pack's rules in both forms.
 */
import { compilePack, inScope } from '../../../../server/src/detection/claims/grammar';
import type { ClaimPack } from '../../../../server/src/detection/claims/types';
import { eachLexiconMatch, eachMatchWith, eachWordMatchAfterMark, firstLexiconMatch, stickyAt, triggerPositions } from '../../../../server/src/detection/claims/prefilter';
import { eachWordMatch, firstWordMatch, lowerSameLength } from '../../../../server/src/scanners/match-utils';
import { claimDevTexts } from '../../../../bench/lib/claims-corpus';
import { prng } from '../../../../bench/lib/corpus';

export const spans = (collect: (push: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  collect((m) => out.push(`${m.index}:${m[0]}`));
  return out;
};

/** Texts with the separators and characters the prefixes fold or skip. */
export function mutated(texts: string[], seed: number): string[] {
  const random = prng(seed);
  const seps = [' ', '  ', '\u00a0', '\t', '\n', '\u2028', '\u3000', '-', '_', '', "'", '\u2019', '#', '😀', '1', '٣', 'é'];
  return texts.map((t) =>
    t.replace(/ /g, () => (random() < 0.15 ? (seps[Math.floor(random() * seps.length)] as string) : ' ')).replace(/\d/g, (d) => (random() < 0.3 ? String((Number(d) + 3) % 10) : d))
  );
}

/** Texts per language the equivalence is checked on (see describePrefilterEquivalence). */
const SAMPLE = 500;

/** `count` items taken at an even stride over `items` (all of them when there are fewer). */
export function evenly<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

/**
 * `part` of `of`: this file checks every `of`-th rule from the `part`-th (the health lexicon and
 * the lexicon windows with part 0). The Spanish pack's rules, compiled twice and run over the
 * sample, fill V8's code space in one process; split over files, each process compiles a share.
 */
export function describePrefilterEquivalence(lang: string, pack: ClaimPack, { part, of }: { part: number; of: number } = { part: 0, of: 1 }): void {
  describe(`the ${lang} pack: prefiltered matches equal whole-text matches${of > 1 ? ` (rules ${part + 1} of every ${of})` : ''}`, () => {
    const c = compilePack(pack);
    // A fixed number of development texts spread evenly over every writer's batch: the whole-text
    // reference scan runs every rule at every position (the Spanish rules' look-behinds make that
    // ~6 KB/s), so the whole corpus would make this test grow with each new batch (155 s for es
    // at 2,500 texts).
    const base = evenly(claimDevTexts(lang), SAMPLE);
    // Every fourth text alone and mutated (a text's own start and end), and the sample joined
    // twice, plain and mutated (every text's content): the joined texts cover what the rest of the
    // texts would, at a quarter of the scans.
    const sample = base.filter((_, i) => i % 4 === 0);
    const texts = [...sample, ...mutated(sample, 7), base.join('\n'), mutated(base, 11).join(' ')].map(lowerSameLength);

    it('for every rule and the health lexicon', () => {
      let compared = 0;
      let refused = 0;
      for (const lower of texts) {
        const positions = triggerPositions(c.prefilter, lower);
        c.rules.forEach(({ regex, sticky, rule }, i) => {
          if (i % of !== part) return;
          const whole = spans((push) => eachWordMatch(regex, lower, push));
          expect(spans((push) => eachMatchWith(stickyAt(sticky), lower, positions[i] as number[], push))).toEqual(whole);
          compared += whole.length;
          // With the pack's scope checks (grammar.ts, inScope), a refused match lets the search go on.
          if (c.scope === null || c.flaggedOnly.has(rule)) return;
          const accept = (m: RegExpExecArray): boolean => inScope(c, rule, lower, m.index, m.index + m[0].length);
          const scoped = spans((push) => eachWordMatchAfterMark(regex, lower, -1, push, accept));
          expect(spans((push) => eachMatchWith(stickyAt(sticky), lower, positions[i] as number[], push, accept))).toEqual(scoped);
          refused += whole.length - scoped.length;
        });
        if (part !== 0) continue;
        const health = spans((push) => eachWordMatch(c.health.regex, lower, push));
        expect(spans((push) => eachMatchWith(c.health.matchAt, lower, positions[c.rules.length] as number[], push))).toEqual(health);
      }
      expect(compared).toBeGreaterThan(100);
      if (c.scope !== null) expect(refused).toBeGreaterThan(0);
    });

    if (part === 0) it('for the lexicons on windows that start and end mid-word', () => {
      const random = prng(42);
      let found = 0;
      for (const text of texts.slice(0, 400)) {
        for (let k = 0; k < 4; k++) {
          const a = Math.floor(random() * text.length);
          const w = text.slice(a, a + 20 + Math.floor(random() * 120));
          for (const lex of [c.health, c.treatment, c.vaccine]) {
            const first = firstWordMatch(lex.regex, w);
            const got = firstLexiconMatch(lex, w);
            expect(got && `${got.index}:${got[0]}`).toEqual(first && `${first.index}:${first[0]}`);
            expect(spans((push) => eachLexiconMatch(lex, w, push))).toEqual(spans((push) => eachWordMatch(lex.regex, w, push)));
            if (first) found++;
          }
        }
      }
      expect(found).toBeGreaterThan(50);
    });
  });
}
