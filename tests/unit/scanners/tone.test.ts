import { DEFAULT_TONE_THRESHOLD, measureTone, segmentsFromStrings } from '../../../server/src/scanners';

const tone = (text: string, threshold?: number) =>
  measureTone([{ path: ['body'], text }], threshold === undefined ? {} : { threshold });

describe('measureTone: superlatives', () => {
  it.each([
    ['The best clinic in town', 'best'],
    ['An AMAZING team', 'AMAZING'],
    ['a revolutionary laser', 'revolutionary'],
    ['this breakthrough therapy', 'breakthrough'],
    ['a life-changing visit', 'life-changing'],
    ['world class care', 'world class'],
    ['the #1 clinic', '#1'],
    ['simply unbeatable', 'unbeatable'],
    ['an extraordinary result', 'extraordinary'],
  ])('finds %j', (text, match) => {
    const report = tone(text);
    expect(report.superlatives.map((f) => [f.kind, f.match, f.offset])).toEqual([['superlative', match, text.indexOf(match)]]);
    expect(report.pressure).toEqual([]);
  });

  it('reports "#1" and word superlatives in text order (they are matched by two regexes)', () => {
    const text = 'The best and #1 clinic, truly amazing: #1!';
    expect(tone(text).superlatives.map((f) => [f.match, f.offset])).toEqual([
      ['best', 4],
      ['#1', 13],
      ['amazing', 30],
      ['#1', 39],
    ]);
  });

  it.each([
    'a better night of sleep',
    'good results for most patients',
    'bestow an award',
    'it fit perfectly',
    'the #12 bus stops here',
    'an incredibly ordinary Tuesday'.replace('incredibly ', ''),
  ])('finds none in %j', (text) => expect(tone(text).superlatives).toEqual([]));
});

describe('measureTone: pressure phrases', () => {
  it.each([
    ['Limited time offer', 'Limited time'],
    ['Act now!', 'Act now'],
    ["Don't wait, book", "Don't wait"],
    ['Hurry, spots are going', 'Hurry'],
    ['only 3 spots left', 'only 3 spots left'],
    ['Call today', 'Call today'],
    ['Book now before prices rise', 'Book now'],
    ['Last chance to save', 'Last chance'],
    ["before it's too late", "before it's too late"],
    ['Offer ends Friday', 'Offer ends'],
  ])('finds %j', (text, match) => {
    const report = tone(text);
    expect(report.pressure.map((f) => [f.kind, f.match, f.offset])).toEqual([['pressure', match, text.indexOf(match)]]);
  });

  it.each([
    'limited evidence exists',
    'act naturally',
    'a hurricane warning',
    'we called the pharmacy',
    'only 3 patients dropped out',
    'the offer was declined',
  ])('finds none in %j', (text) => expect(tone(text).pressure).toEqual([]));
});

describe('measureTone: density and threshold', () => {
  it('counts words and weights pressure twice', () => {
    const report = tone('The best team. Act now for a limited time offer today');
    expect(report.words).toBe(11);
    expect(report.superlatives).toHaveLength(1);
    expect(report.pressure).toHaveLength(2);
    expect(report.density).toBeCloseTo((5 * 100) / 11, 5);
    expect(report.threshold).toBe(DEFAULT_TONE_THRESHOLD);
    expect(report.exceeded).toBe(true);
  });

  it('does not flag one superlative in plain copy', () => {
    const report = tone('Our best advice is simple: sleep well, eat vegetables and see your doctor once a year.');
    expect(report.superlatives).toHaveLength(1);
    expect(report.exceeded).toBe(false);
  });

  it('needs at least two hits even in a very short text', () => {
    expect(tone('Amazing!').exceeded).toBe(false);
    expect(tone('Amazing! Incredible!').exceeded).toBe(true);
  });

  it('uses the configured threshold', () => {
    const text = `${'word '.repeat(97)}best amazing incredible`; // 100 words, 3 hits
    expect(tone(text).density).toBeCloseTo(3, 5);
    expect(tone(text).exceeded).toBe(false);
    expect(tone(text, 2).exceeded).toBe(true);
  });

  it('adds up over segments and handles empty input', () => {
    const report = measureTone(segmentsFromStrings(['Best care.', 'Act now.']));
    expect(report.words).toBe(4);
    expect(report.superlatives[0]?.path).toEqual(['0']);
    expect(report.pressure[0]?.path).toEqual(['1']);
    expect(measureTone([])).toEqual({ words: 0, superlatives: [], pressure: [], density: 0, threshold: 3, exceeded: false });
  });
});
