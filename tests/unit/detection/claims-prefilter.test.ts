/**
 * The claim grammar's trigger prefilter (server/src/detection/claims/prefilter.ts) must find
 * exactly the matches a whole-text scan finds: same starts, same spans, for every rule and
 * lexicon of every pack, on corpus texts, on windows cut mid-word, and on mutated text
 * (other whitespace, digits, accents, emoji, underscores).
 */
import { compilePack } from '../../../server/src/detection/claims/grammar';
import { en } from '../../../server/src/detection/claims/packs/en';
import { es } from '../../../server/src/detection/claims/packs/es';
import {
  buildPrefilter,
  compileLexicon,
  eachLexiconMatch,
  eachMatchAt,
  firstLexiconMatch,
  matchPrefixes,
  triggerPositions,
} from '../../../server/src/detection/claims/prefilter';
import { WA, eachWordMatch, firstWordMatch, lowerSameLength } from '../../../server/src/scanners/match-utils';
import { claimDevTexts } from '../../../bench/lib/claims-corpus';
import { prng } from '../../../bench/lib/corpus';

const spans = (collect: (push: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  collect((m) => out.push(`${m.index}:${m[0]}`));
  return out;
};

/** Texts with the separators and characters the prefixes fold or skip. */
function mutated(texts: string[], seed: number): string[] {
  const random = prng(seed);
  const seps = [' ', '  ', '\u00a0', '\t', '\n', '\u2028', '\u3000', '-', '_', '', "'", '\u2019', '#', '😀', '1', '٣', 'é'];
  return texts.map((t) =>
    t.replace(/ /g, () => (random() < 0.15 ? (seps[Math.floor(random() * seps.length)] as string) : ' ')).replace(/\d/g, (d) => (random() < 0.3 ? String((Number(d) + 3) % 10) : d))
  );
}

describe('matchPrefixes', () => {
  it('lists the beginnings of each alternative, skipping lookarounds and word boundaries', () => {
    expect(matchPrefixes('cure|heal(?:s|ed)?')?.sort()).toEqual(['cure', 'heal', 'healed', 'heals']);
    expect(matchPrefixes('(?<!uv )(?=cu)cur(?:e|ed)')?.sort()).toEqual(['cure', 'cured']);
    expect(matchPrefixes('\\bno\\b')?.sort()).toEqual(['no']);
    expect(matchPrefixes('#?big')?.sort()).toEqual(['#big', 'big']);
    expect(matchPrefixes('\\u{1F4AA}x|💪y')?.sort()).toEqual(['💪x', '💪y']);
  });

  it('counts any whitespace as a space and any digit as 0', () => {
    expect(matchPrefixes('no[\\s\\u00a0\\-]{1,3}way')).toEqual(expect.arrayContaining(['no way', 'no-way', 'no  way', 'no - way']));
    expect(matchPrefixes('\\d{1,3}%')?.sort()).toEqual(['0%', '00%', '000%']);
    expect(matchPrefixes('(?:cure|heal)[\\s\\u00a0]{1,3}(?:[\\p{L}]{1,20}[\\s]{1,3}){0,3}all')?.sort()).toEqual([
      'cure ', 'cure  ', 'cure   ', 'cure   a', 'cure  al', 'cure all', 'heal ', 'heal  ', 'heal   ', 'heal   a', 'heal  al', 'heal all',
    ]);
  });

  it('gives up (a whole-text scan) when a match can begin anywhere or the syntax is unknown', () => {
    expect(matchPrefixes('[\\p{L}]{2}ectomy')).toBeNull();
    expect(matchPrefixes('.{0,3}cure')).toBeNull();
    expect(matchPrefixes('(a)\\1')).not.toBeNull();
    expect(matchPrefixes('x?')).toBeNull(); // can match the empty string
    expect(matchPrefixes('(?<name')).toBeNull();
  });
});

describe.each([
  ['en', en],
  ['es', es],
])('the %s pack: prefiltered matches equal whole-text matches', (lang, pack) => {
  const c = compilePack(pack);
  const base = claimDevTexts(lang);
  const texts = [...base, ...mutated(base, 7), base.join('\n'), mutated(base, 11).join(' ')].map(lowerSameLength);

  it('for every rule and the health lexicon', () => {
    let compared = 0;
    for (const lower of texts) {
      const positions = triggerPositions(c.prefilter, lower);
      c.rules.forEach(({ regex, sticky }, i) => {
        const whole = spans((push) => eachWordMatch(regex, lower, push));
        expect(spans((push) => eachMatchAt(sticky, lower, positions[i] as number[], push))).toEqual(whole);
        compared += whole.length;
      });
      const health = spans((push) => eachWordMatch(c.health.regex, lower, push));
      expect(spans((push) => eachMatchAt(c.health.sticky, lower, positions[c.rules.length] as number[], push))).toEqual(health);
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('for the lexicons on windows that start and end mid-word', () => {
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

describe('patterns the prefilter cannot narrow', () => {
  it('fall back to a whole-text scan with the same matches', () => {
    const lex = compileLexicon('[\\p{L}]{3}itis|x?', WA);
    expect(lex.prefilter.unfiltered).toEqual([true]);
    const text = 'arthritis, colitis and bronchitis; xx x';
    expect(spans((push) => eachLexiconMatch(lex, text, push))).toEqual(spans((push) => eachWordMatch(lex.regex, text, push)));
    expect(firstLexiconMatch(lex, text)?.[0]).toBe('colitis');
  });

  it('a trigger after a letter, digit or underscore is no trigger; after an emoji or punctuation it is', () => {
    const pf = buildPrefilter(['cure']);
    expect(triggerPositions(pf, 'xcure 1cure _cure é cure')[0]).toEqual([20]);
    expect(triggerPositions(pf, '😀cure.cure\u00a0cure')[0]).toEqual([2, 7, 12]);
  });
});
