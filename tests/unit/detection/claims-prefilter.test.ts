/**
 * The claim grammar's trigger prefilter (server/src/detection/claims/prefilter.ts): how it reads
 * patterns, and its fallbacks. That it finds exactly the matches a whole-text scan finds, for
 * every rule and lexicon of a pack, is claims-prefilter-en.test.ts and claims-prefilter-es.test.ts
 * (one pack per file: each compiles every rule twice, and jest runs the two files in parallel).
 */
import {
  buildPrefilter,
  compileLexicon,
  eachLexiconMatch,
  eachLexiconMatchAt,
  fastTester,
  firstLexiconMatch,
  matchPrefixes,
  topAlternatives,
  triggerPositions,
} from '../../../server/src/detection/claims/prefilter';
import { WA, eachWordMatch } from '../../../server/src/scanners/match-utils';
import { spans } from './helpers/prefilter-equivalence';

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

/** Expects `lexicon.matchAt` to give, at every position of `subject`, its sticky regex's match; returns how many positions matched. */
function sameAsStickyAtEachPosition(lexicon: ReturnType<typeof compileLexicon>, subject: string): number {
  let matched = 0;
  for (let p = 0; p < subject.length; p++) {
    lexicon.sticky.lastIndex = p;
    const want = lexicon.sticky.exec(subject);
    const got = lexicon.matchAt(subject, p);
    expect(got === null ? null : [got.index, got[0]]).toEqual(want === null ? null : [want.index, want[0]]);
    if (want !== null) matched++;
  }
  return matched;
}

describe('topAlternatives', () => {
  it('splits at the top level only, inside one enclosing group, past classes and escapes', () => {
    expect(topAlternatives('(?:cure|heal(?:s|ed)?|[|a]x|a\\|b)')).toEqual(['cure', 'heal(?:s|ed)?', '[|a]x', 'a\\|b']);
    expect(topAlternatives('(?:a|b)c|d')).toEqual(['(?:a|b)c', 'd']);
    expect(topAlternatives('(?<!x)a|(?<=y)b')).toEqual(['(?<!x)a', '(?<=y)b']);
  });

  it('refuses capturing and named groups and back-references, whose numbers a split would change', () => {
    expect(topAlternatives('(a)|b')).toBeNull();
    expect(topAlternatives('(?<n>a)|b')).toBeNull();
    expect(topAlternatives('a\\1|b')).toBeNull();
  });
});

describe('a lexicon matched through the alternatives of the character at the position', () => {
  // More alternatives than the split needs, in an order where an earlier alternative shadows a later one.
  const words = ['pain', 'pains', 'pain relief', 'asthma', 'acne', 'arthritis', 'back pain', 'bp', 'cancer', 'cancers', 'copd', 'diabetes', 'type 2', 'eczema', 'flu', 'gout', 'migraine', '\\d+ ?mg'];
  const source = `(?:${words.map((w) => w.replace(/ /g, '[\\s\\u00a0]{1,3}')).join('|')})`;
  const lexicon = compileLexicon(source, WA);

  it('finds at each position the match its one sticky regex finds', () => {
    const text = 'back pain, pains and pain relief; Type 2 is not type 2x; 20 mg of cancers, a flu, gout\u00a0and  arthritis';
    expect(sameAsStickyAtEachPosition(lexicon, text.toLowerCase())).toBeGreaterThan(10);
  });

  it('reports the same matches as a whole-text scan', () => {
    const text = 'no pains, no gains: back pain and acne, 5mg, copd.';
    expect(spans((onMatch) => eachLexiconMatch(lexicon, text, onMatch))).toEqual(spans((onMatch) => eachWordMatch(lexicon.regex, text, onMatch)));
  });
});

describe('eachLexiconMatchAt', () => {
  it('finds, from the positions of a prefilter over several lexicons, what each lexicon finds alone', () => {
    const sources = ['(?:no[\\s\\u00a0]{1,3}side[\\s\\u00a0]{1,3}effects|risk[\\s\\u00a0-]{0,3}free)', '(?:instantly|overnight|in[\\s\\u00a0]{1,3}\\d+[\\s\\u00a0]{1,3}days)', '(?:they|big[\\s\\u00a0]{1,3}pharma)[\\s\\u00a0]{1,3}(?:hide|hid)'];
    const lexicons = sources.map((source) => compileLexicon(source, ''));
    const shared = buildPrefilter(sources);
    const text = 'risk-free and no side effects, overnight or in 3 days; asterisk free; big pharma hid it, they hide it. instantly!';
    const positions = triggerPositions(shared, text);
    lexicons.forEach((lexicon, index) => {
      const alone = spans((onMatch) => eachLexiconMatch(lexicon, text, onMatch));
      expect(alone.length).toBeGreaterThan(0);
      expect(spans((onMatch) => eachLexiconMatchAt(lexicon, text, positions[index] as number[], onMatch))).toEqual(alone);
    });
  });
});

describe('a lexicon with alternatives that can begin any word', () => {
  // Alternatives of a known set of letters and a bounded length, matched apart and remembered by what they read,
  // between narrow ones that must still win when they come first in the lexicon's order.
  const words = ['appendectomy', '[a-z]{3,16}(?:ectomy|otomy|plasty)', 'knee[\\s\\-]surgery', '[a-z]{2,12}iatrists?', 'surgery', 'physiatrist', 'statins?', '[a-z]{3,16}(?:statin|pril)s?', 'insulin', 'ivs?', 'inhalers?', 'iron[\\s\\-]pills', 'sleeping[\\s\\-]pills', 'stents?', 'scans?', 'shots?', 'pills', '[a-z]{1,10}ron'];
  const source = `(?:${words.join('|')})`;
  const lexicon = compileLexicon(source, WA);

  it('finds at each position the match of its one sticky regex, however often a word recurs', () => {
    const text = 'my appendectomy, a tonsillectomy and a rhinoplasty; tonsillectomy again; psychiatrists, physiatrist, a physiatrists. atorvastatin and lisinopril, lisinoprils, lisinoprilé, knee surgery, knee-surgery, iron pills or iron ... tonsillectomy';
    // The same text twice, and once more cut short: remembered results must hold at the text's end too.
    for (const subject of [text, text, text.slice(0, 28), `${text} tonsillectomy😀`]) expect(sameAsStickyAtEachPosition(lexicon, subject)).toBeGreaterThan(0);
  });
});

describe('fastTester', () => {
  const patterns = [
    /\b(?:parking|park|price-match|(?<!(?:one|first)\s{1,3})appointments?|walk-ins?)\b/u,
    /(?<![\p{L}\p{N}])(?:may|might|could(?![\s\u00a0]{1,3}(?:finally[\s\u00a0]{1,3})?(?:hear|see)))(?![\p{L}])/u,
    /not[\s\u00a0-]{1,3}(?:been[\s\u00a0-]{1,3})?(?:intended|meant)/u,
    /[\p{L}\p{N}.!?,)]["'\u201d][\s\u00a0-]{0,3}(?:they|ads)/u,
    new RegExp(`(?:${Array.from({ length: 20 }, (_, k) => `word${k}s?`).join('|')})`, 'u'),
  ];
  const subjects = [
    'parking is free', 'éparking', 'xparking', 'price-match and walk-ins', 'one appointment', 'two  appointments',
    'it may help', 'dismay', 'you could finally hear', 'could see', 'not been intended', 'cannot meant',
    'great!" they said', 'word3s and word17', 'sword1', '😀parking 😀', 'park\u00a0', '', '\ud83dparking',
  ];

  it('answers as re.test does, inside words and next to surrogates too', () => {
    let truths = 0;
    for (const re of patterns) {
      const test = fastTester(re);
      for (const s of subjects) {
        expect(test(s)).toBe(re.test(s));
        if (re.test(s)) truths++;
      }
    }
    expect(truths).toBeGreaterThan(10);
  });

  it('leaves a pattern with the flag g, y or i, or without u, to re.test', () => {
    const global = /park/gu;
    const test = fastTester(global);
    expect(test('park park')).toBe(true);
    expect(global.lastIndex).toBe(4); // re.test itself ran: a global regex moves on
    expect(fastTester(/PARK/iu)('park')).toBe(true);
    expect(fastTester(/park/)('a park')).toBe(true);
  });
});
