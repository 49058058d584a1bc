import { familyOf, isHeldOut, locateSpans, score } from '../corpus/eval-lib';
import type { CorpusText } from '../corpus/eval-lib';

const texts: CorpusText[] = [
  { id: 'a', text: 'My son Luca lives in Ogden.', spans: [{ kind: 'relative-name', text: 'Luca' }, { kind: 'place', text: 'Ogden' }] },
  { id: 'b', text: 'Dr. Patel saw 90% of patients.', spans: [] },
  { id: 'c', text: 'Call 555-0100 at 7:30.', spans: [] },
];

describe('corpus scoring (tests/corpus/README.md, "Scoring")', () => {
  it('counts a span as found when a finding overlaps it, and each kind apart', () => {
    const { score: s } = score(texts, [[{ offset: 7, match: 'Lu', kind: 'x' }], [], []]);
    expect(s.spans).toBe(2);
    expect(s.found).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.perKind['relative-name']).toEqual({ spans: 1, found: 1, recall: 1 });
    expect(s.perKind.place).toEqual({ spans: 1, found: 0, recall: 0 });
  });

  it('a finding that only touches a span (ends where it starts) does not find it', () => {
    const { score: s } = score(texts, [[{ offset: 3, match: 'son ', kind: 'x' }], [], []]);
    expect(s.found).toBe(0);
  });

  it('a negative text with any finding is one false alarm; precision counts findings', () => {
    const { score: s, outcomes } = score(texts, [
      [
        { offset: 7, match: 'Luca', kind: 'x' },
        { offset: 21, match: 'Ogden', kind: 'x' },
        { offset: 0, match: 'My', kind: 'x' },
      ],
      [
        { offset: 0, match: 'Dr', kind: 'x' },
        { offset: 14, match: '90%', kind: 'x' },
      ],
      [],
    ]);
    expect(s.negatives).toBe(2);
    expect(s.falseAlarms).toBe(1);
    expect(s.specificity).toBe(0.5);
    expect(s.findings).toBe(5);
    expect(s.truePositiveFindings).toBe(2);
    expect(s.precision).toBeCloseTo(0.4);
    expect(s.recall).toBe(1);
    expect(outcomes[1]?.unmatched.map((u) => u.match)).toEqual(['Dr', '90%']);
    expect(outcomes[0]?.missed).toEqual([]);
  });

  it('has no ratio without a denominator', () => {
    const { score: s } = score([texts[1] as CorpusText], [[]]);
    expect(s.recall).toBeNull();
    expect(s.precision).toBeNull();
    expect(s.specificity).toBe(1);
  });

  it('a span that is not in its text is an error, not a miss', () => {
    expect(() => locateSpans({ id: 'x', text: 'abc', spans: [{ kind: 'k', text: 'zzz' }] })).toThrow(/x: span/);
  });

  it('tells held-out files and families from the file name', () => {
    expect(isHeldOut('phi.blind-a.heldout.json')).toBe(true);
    expect(isHeldOut('phi.blind-a.json')).toBe(false);
    expect(familyOf('claims.blind-d.heldout.json')).toBe('claims');
    expect(familyOf('README.md')).toBeNull();
  });
});
