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

/**
 * scanProhibitedClaims is an adapter over server/src/detection/claims; the families, the context
 * and the lexicon options are tested in tests/unit/detection/claims.test.ts. Here: the Finding
 * contract and segments.
 */
describe('scanProhibitedClaims (adapter)', () => {
  it('returns one Finding per claim with path, match, offset, kind and the explanation', () => {
    const text = 'Honestly, this tea cured my arthritis.';
    const findings = prohibited(text);
    expect(findings.map((f) => [f.kind, f.match])).toEqual([['cure', 'cured']]);
    const [f] = findings;
    expect(f?.offset).toBe(text.indexOf('cured'));
    expect(f?.path).toEqual(['body']);
    expect(f?.family).toBe('claim');
    expect(f?.message).toMatch(/^"cured" promises a cure: .+\.$/);
    expect(f?.why).toBeTruthy();
    expect(f?.reference).toMatch(/FTC/);
  });

  it('scans every segment and keeps each path', () => {
    const findings = scanProhibitedClaims([
      { path: ['title'], text: 'A miracle for my eczema!' },
      { path: ['blocks', '2', 'text'], text: 'Results vary from patient to patient.' },
      { path: ['body'], text: 'No side effects at all.' },
    ]);
    expect(findings.map((f) => [f.path.join('.'), f.kind])).toEqual([
      ['title', 'miracle'],
      ['body', 'zero-risk'],
    ]);
  });

  it('passes the lexicon options through', () => {
    expect(prohibited('Try our detox tea!', { add: ['detox'] }).map((f) => f.kind)).toEqual(['custom']);
    expect(prohibited('A miracle for my eczema!', { remove: ['miracle'] })).toEqual([]);
    expect(prohibited('FDA approved for sleep.', { hasReference: true })).toEqual([]);
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
