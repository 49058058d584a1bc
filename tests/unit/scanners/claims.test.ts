import {
  extractReferences,
  findEstablishmentClaims,
  findHealthClaims,
  hasReferenceText,
  scanProhibitedClaims,
} from '../../../server/src/scanners';
import type { ProhibitedClaimOptions } from '../../../server/src/scanners';

function prohibited(text: string, options: ProhibitedClaimOptions = {}) {
  return scanProhibitedClaims([{ path: ['body'], text }], options);
}

function expectClaim(text: string, kind: string, match: string, options?: ProhibitedClaimOptions): void {
  const findings = prohibited(text, options);
  expect(findings.map((f) => [f.kind, f.match])).toEqual([[kind, match]]);
  expect(findings[0]?.offset).toBe(text.indexOf(match));
  expect(findings[0]?.path).toEqual(['body']);
  expect(findings[0]?.message.length).toBeGreaterThan(20);
}

describe('scanProhibitedClaims: cure claims', () => {
  it.each([
    ['This tea cures arthritis', 'cures'],
    ['It will cure your back pain', 'cure'],
    ['I was cured in weeks', 'cured'],
    ['Curing diabetes naturally', 'Curing'],
    ['the cure for migraines', 'cure'],
    ['permanently cures insomnia', 'cures'],
  ])('flags %j', (text, match) => expectClaim(text, 'cure-claim', match));

  it.each([
    'secure payment',
    'a curated playlist',
    'manicure and pedicure',
    'there is no cure yet, but treatment helps',
    'it is not a cure',
    'there is no known cure',
    'procure supplies',
    'it occurred twice',
    'an incurable condition',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: miracles', () => {
  it.each([
    ['a miracle treatment', 'miracle'],
    ['Miracles happen here', 'Miracles'],
    ['a miraculous recovery', 'miraculous'],
    ['it miraculously vanished', 'miraculously'],
    ['This MIRACLE cream', 'MIRACLE'],
  ])('flags %j', (text, match) => expectClaim(text, 'miracle', match));

  it.each([
    'This is no miracle, just work',
    'mirror therapy',
    'a mirage in the desert',
    'an admirable effort',
    'there are no miracles here',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: guarantees', () => {
  it.each([
    ['guaranteed results in 30 days', 'guaranteed results'],
    ['We guarantee you will feel better', 'guarantee'],
    ['results guaranteed!', 'guaranteed'],
    ['Our guarantee: a new you', 'guarantee'],
    ['GUARANTEED weight loss', 'GUARANTEED weight loss'],
  ])('flags %j', (text, match) => expectClaim(text, 'guarantee', match));

  it.each([
    'results are not guaranteed',
    'there is no guarantee of results',
    'we cannot guarantee outcomes',
    'a 30-day money-back guarantee',
    'satisfaction guarantee on all products',
    'her guarantor signed',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: absolute efficacy', () => {
  it.each([
    ['It is 100% effective', '100% effective'],
    ['100 percent effective!', '100 percent effective'],
    ['This works for everyone', 'works for everyone'],
    ['it works every time', 'works every time'],
    ['It always works', 'always works'],
    ['100 % successful', '100 % successful'],
  ])('flags %j', (text, match) => expectClaim(text, 'absolute-efficacy', match));

  it.each([
    'effective for most patients',
    'it is not 100% effective',
    'no treatment works for everyone',
    'it works for some people',
    '100% of patients were surveyed',
    'she works every other day',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: no side effects', () => {
  it.each([
    ['with no side effects', 'no side effects'],
    ['zero side effects', 'zero side effects'],
    ['without any side effects', 'without any side effects'],
    ['free of side effects', 'free of side effects'],
    ['No negative side-effects', 'No negative side-effects'],
  ])('flags %j', (text, match) => expectClaim(text, 'no-side-effects', match));

  it.each([
    'side effects may include nausea',
    'possible side effects',
    'ask about side effects',
    'report any side effects',
    'No, side effects are rare but possible',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: risk-free', () => {
  it.each([
    ['a risk-free procedure', 'risk-free'],
    ['Risk free trial', 'Risk free'],
    ['totally riskfree', 'riskfree'],
    ['there is no risk', 'no risk'],
    ['zero risk of infection', 'zero risk'],
  ])('flags %j', (text, match) => expectClaim(text, 'risk-free', match));

  it.each([
    'know your risk factors',
    'no treatment is risk-free',
    'a low risk of bleeding',
    'there are risks',
    'no risk factors were found',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: FDA approval without a reference', () => {
  it.each([
    ['An FDA approved laser', 'FDA approved'],
    ['an FDA-approved device', 'FDA-approved'],
    ['FDA cleared for home use', 'FDA cleared'],
    ['approved by the FDA in 2020', 'approved by the FDA'],
    ['cleared by the Food and Drug Administration', 'cleared by the Food and Drug Administration'],
  ])('flags %j', (text, match) => expectClaim(text, 'fda-approval', match));

  it.each(['An FDA approved laser', 'FDA-cleared for home use', 'approved by the FDA in 2020'])(
    'passes %j when the entry has a reference',
    (text) => expect(prohibited(text, { hasReference: true })).toEqual([])
  );

  it.each([
    'this supplement is not FDA approved',
    'awaiting FDA approval',
    'the FDA recommends screening',
    'approved by your doctor',
    'FDA guidance on labels',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: anti-treatment claims', () => {
  it.each([
    ['No need for surgery!', 'No need for surgery'],
    ['Stop taking your medication today', 'Stop taking your medication'],
    ['throw away your pills', 'throw away your pills'],
    ['better than chemotherapy', 'better than chemotherapy'],
    ['it replaces your doctor', 'replaces your doctor'],
    ["what doctors don't want you to know", "doctors don't want you to know"],
  ])('flags %j', (text, match) => expectClaim(text, 'anti-treatment', match));

  it.each([
    'Do not stop taking your medication',
    'never stop taking your pills without advice',
    'surgery may be needed',
    'take your medication as prescribed',
    'chemotherapy is effective for many cancers',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: quick fixes', () => {
  it.each([
    ['overnight results!', 'overnight results'],
    ['see results overnight', 'results overnight'],
    ['an instant cure', 'instant cure'],
    ['instant relief from pain', 'instant relief'],
    ['lose 30 pounds in 30 days', 'lose 30 pounds in 30 days'],
    ['Lose 10 kg in 2 weeks', 'Lose 10 kg in 2 weeks'],
  ])('flags %j', (text, match) => expectClaim(text, 'quick-fix', match));

  it.each([
    'there are no overnight results',
    'results take 12 weeks',
    'lose weight gradually',
    'send an instant message',
    'an overnight stay',
  ])('passes %j', (text) => expect(prohibited(text)).toEqual([]));
});

describe('scanProhibitedClaims: configurable lexicon', () => {
  const options = { add: ['detox', 'melt fat'] };

  it.each([
    ['A 3-day detox', 'detox'],
    ['melt fat fast', 'melt fat'],
    ['Melt  fat now', 'Melt  fat'],
    ['DETOX plan', 'DETOX'],
    ['the melt-fat wrap', 'melt-fat'],
  ])('flags added phrase in %j', (text, match) => expectClaim(text, 'custom', match, options));

  it.each(['detoxification', 'melted fat', 'fat melts', 'a detour', 'smelt fat'])('passes %j', (text) =>
    expect(prohibited(text, options)).toEqual([])
  );

  it('removes built-in phrases by their text', () => {
    expect(prohibited('it cures and is cured', { remove: ['cure'] })).toEqual([]);
    expect(prohibited('guaranteed results', { remove: ['Guaranteed  Results'] })).toEqual([]);
    expect(prohibited('we guarantee it', { remove: ['guaranteed results'] }).map((f) => f.match)).toEqual(['guarantee']);
    expect(prohibited('FDA-approved', { remove: ['FDA approved'] })).toEqual([]);
  });

  it('removes one inflection without dropping the others', () => {
    expect(prohibited('it cures, I was cured', { remove: ['cured'] }).map((f) => f.match)).toEqual(['cures']);
  });

  it('caches per options content, not identity', () => {
    expect(prohibited('detox', { add: ['detox'] })).toHaveLength(1);
    expect(prohibited('detox', { add: ['detox'] })).toHaveLength(1);
    expect(prohibited('detox', {})).toHaveLength(0);
  });
});

describe('findEstablishmentClaims', () => {
  const find = (text: string) => findEstablishmentClaims([{ path: ['body'], text }]);

  it.each([
    ['It is clinically proven to work', 'clinically proven'],
    ['clinically tested formula', 'clinically tested'],
    ['scientifically proven', 'scientifically proven'],
    ['Studies show it helps', 'Studies show'],
    ['research shows a benefit', 'research shows'],
    ['#1 doctor recommended brand', '#1 doctor recommended'],
    ['doctor recommended since 1990', 'doctor recommended'],
    ['proven to reduce wrinkles', 'proven to'],
    ['backed by science', 'backed by science'],
    ['evidence shows results', 'evidence shows'],
  ])('flags %j', (text, match) => {
    const findings = find(text);
    expect(findings.map((f) => [f.kind, f.match, f.offset])).toEqual([['establishment-claim', match, text.indexOf(match)]]);
  });

  it.each([
    'it has not been clinically proven',
    'visit our clinic',
    'a proven track record',
    'a clinically relevant dose',
    'research is ongoing',
    'no studies show a benefit',
  ])('passes %j', (text) => expect(find(text)).toEqual([]));
});

describe('findHealthClaims', () => {
  const find = (text: string) => findHealthClaims([{ path: ['body'], text }]);

  it.each([
    ['Exercise reduces the risk of heart disease.', 'reduces the risk'],
    ['Beetroot lowers blood pressure', 'lowers blood pressure'],
    ['Zinc boosts immunity', 'boosts immunity'],
    ['This balm relieves pain fast', 'relieves pain'],
    ['Magnesium prevents migraines', 'prevents migraines'],
    ['Our cream treats acne', 'treats acne'],
    ['Honey heals wounds', 'heals wounds'],
    ['Sleep helps improve your memory', 'improve your memory'],
    ['Omega-3 supports heart health', 'supports heart health'],
    ['It eases joint pain', 'eases joint pain'],
    ['may help reduce the symptoms of flu', 'reduce the symptoms'],
  ])('flags %j', (text, match) => {
    const findings = find(text);
    expect(findings.map((f) => [f.kind, f.match, f.offset])).toEqual([['health-claim', match, text.indexOf(match)]]);
  });

  it.each([
    'Our team treats every visitor with respect',
    'Stop by our clinic on Friday',
    'Nothing prevents you from booking online',
    'It does not treat cancer',
    'We improved our booking system',
    'Parking lowers the cost of visiting.',
    'Stop by for a free skin check',
    'Clear your calendar and your mind for better sleep',
    'Treat yourself to a relaxing day at our spa, good for stress',
  ])('passes %j', (text) => expect(find(text)).toEqual([]));
});

describe('references', () => {
  it.each([
    'See doi:10.1056/NEJMoa2034577',
    'PMID: 12345678',
    'pmid 123',
    'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'www.nejm.org/doi/full/10.1056/x',
    'PMC1234567',
  ])('recognises %j', (text) => expect(hasReferenceText(text)).toBe(true));

  it.each(['Smith et al. 2020', 'see our website', '10.5 mg', 'page 10', 'PMIDS are useful', 'http:/broken'])(
    'does not take %j for a reference',
    (text) => expect(hasReferenceText(text)).toBe(false)
  );

  it('extracts DOIs, PMIDs and URLs from strings, arrays and objects', () => {
    expect(
      extractReferences([
        'see doi:10.1000/xyz123.',
        { url: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
        'PMID: 12345678',
        { nested: { link: 'https://doi.org/10.1056/NEJMoa2034577)' } },
        'https://pubmed.ncbi.nlm.nih.gov/123/',
        42,
        null,
      ])
    ).toEqual([
      '10.1000/xyz123',
      'https://pubmed.ncbi.nlm.nih.gov/123/',
      'PMID: 12345678',
      'https://doi.org/10.1056/NEJMoa2034577',
    ]);
  });

  it('keeps parentheses that belong to a DOI', () => {
    expect(extractReferences('10.1016/S0140-6736(20)30183-5.')).toEqual(['10.1016/S0140-6736(20)30183-5']);
  });

  it('accepts a plain string, an object and nothing', () => {
    expect(extractReferences('PMID 999')).toEqual(['PMID 999']);
    expect(extractReferences({ title: 'x', doi: '10.1234/abc' })).toEqual(['10.1234/abc']);
    expect(extractReferences(undefined)).toEqual([]);
    expect(extractReferences('no references')).toEqual([]);
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { url: 'https://example.org/a' };
    a.self = a;
    expect(extractReferences(a)).toEqual(['https://example.org/a']);
  });
});
