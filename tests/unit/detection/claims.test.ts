/**
 * The claim detector (README, "Checklist": claims.prohibited): one describe per red-flag family,
 * then the false-alarm shapes of the corpus README (negated, hedged, informational, questions
 * answered with no, the supplement disclaimer, a correct FDA statement with its reference).
 * The texts here are written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';
import type { ClaimDetectOptions, ClaimKind } from '../../../server/src/detection/claims';
import { scanProhibitedClaims } from '../../../server/src/scanners';

const hits = (text: string, options?: ClaimDetectOptions) =>
  detectClaims(text, options).map((h) => ({ kind: h.kind, text: text.slice(h.start, h.end) }));

/** A finding of `kind` whose span overlaps `phrase`. */
function expectFlag(text: string, kind: ClaimKind, phrase: string, options?: ClaimDetectOptions): void {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + phrase.length;
  const found = detectClaims(text, options).filter((h) => h.start < end && start < h.end);
  expect({ text, kinds: found.map((h) => h.kind) }).toEqual({ text, kinds: expect.arrayContaining([kind]) });
}

const FAMILIES: Array<[ClaimKind, Array<[string, string]>]> = [
  ['cure', [
    ['This tea cured my psoriasis in a month.', 'cured my psoriasis'],
    ['Our protocol is a natural cure for fibromyalgia.', 'cure for fibromyalgia'],
    ['honestly my migraines are gone since I started the drops', 'migraines are gone'],
  ]],
  ['miracle', [
    ['This balm is a miracle for cracked heels and eczema 🙌', 'miracle'],
    ['Our miracle cream cleared my psoriasis.', 'miracle cream'],
  ]],
  ['guarantee', [
    ['We guarantee your back pain will be gone after treatment.', 'guarantee'],
    ['Guaranteed results for stubborn acne.', 'Guaranteed'],
  ]],
  ['universal-efficacy', [
    ['Our knee protocol works for every patient, at any age.', 'works for every patient'],
    ['100% effective against seasonal allergies.', '100% effective'],
    ['This program has never failed a single client.', 'never failed'],
  ]],
  ['zero-risk', [
    ['The injections have no side effects at all.', 'no side effects'],
    ['Completely safe for kids and pregnant women.', 'Completely safe'],
    ['Complications are impossible with our method.', 'impossible'],
  ]],
  ['permanence', [
    ['Your sciatica will be gone for good after six sessions.', 'for good'],
    ["You'll never need reading glasses again.", 'never need reading glasses again'],
    ['Permanent relief from tinnitus.', 'Permanent'],
  ]],
  ['treatment-replacement', [
    ['Ditch your inhaler and try our breathing drops instead.', 'Ditch your inhaler'],
    ['Cancel the knee surgery, our shots rebuild the joint.', 'Cancel the knee surgery'],
    ['no oncologist needed, just our juice plan', 'no oncologist needed'],
  ]],
  ['instant-results', [
    ['Instant relief from joint pain, just rub it in.', 'Instant relief'],
    ['Wrinkles vanish overnight with our serum.', 'overnight'],
    ['Clear skin in one session, guaranteed.', 'in one session'],
  ]],
  ['effortless-weight-loss', [
    ['Lose weight without diet or exercise with two capsules a day.', 'without diet'],
    ['These patches melt belly fat while you sleep.', 'melt belly fat'],
  ]],
  ['cure-all', [
    ['Our oil treats arthritis, migraines, anxiety and even cancer.', 'arthritis, migraines, anxiety'],
    ['Honestly this tonic is a cure-all.', 'cure-all'],
  ]],
  ['disease-reversal', [
    ["Our diet plan reverses Parkinson's disease.", 'reverses'],
    ['The laser regrows damaged nerves in your feet.', 'regrows damaged nerves'],
  ]],
  ['vaccine-alternative', [
    ['Elderberry syrup: a natural alternative to vaccines for your little ones.', 'alternative to vaccines'],
    ['Skip the flu shot this year, our tincture builds real immunity.', 'Skip the flu shot'],
  ]],
  ['suppressed-knowledge', [
    ["The root cure doctors don't want you to know about.", "don't want you to know"],
    ['Big Pharma hides this cheap remedy from you.', 'Big Pharma'],
  ]],
  ['fda-approval', [
    ['Our gummies are FDA approved for anxiety.', 'FDA approved'],
    ['An FDA-cleared device that melts fat.', 'FDA-cleared'],
  ]],
];

describe.each(FAMILIES)('claims.prohibited: %s', (kind, examples) => {
  it.each(examples)('flags %j', (text, phrase) => expectFlag(text, kind, phrase));
});

describe('claims.prohibited: false-alarm shapes (tests/corpus/README.md, look-alikes)', () => {
  it.each([
    // negated, and the scope of the negation
    'No procedure comes with a guarantee, and we will talk you through the risks.',
    "I wouldn't say I'm cured, but the flares are milder.",
    "Our naturopaths don't claim to cure cancer.",
    'There is no cure for Alzheimer’s yet; treatment can slow some symptoms.',
    'No pill melts fat while you sleep.',
    // hedged and informational
    'Physical therapy may help some patients with knee pain.',
    'Antibiotics cure many bacterial infections when taken as prescribed.',
    // questions answered with no
    'A miracle cure? No. Just steady care and a good team.',
    'Does anything regrow cartilage? Our surgeon said no, not reliably.',
    // the supplement disclaimer
    'These statements have not been evaluated by the FDA. This product is not intended to diagnose, treat, cure or prevent any disease.',
    // clinic logistics and other senses
    'Guaranteed parking for patients in Lot B.',
    'UV-cured gel manicures are available at the spa.',
    'Please fast overnight before your blood test.',
    'Myth: "Big Pharma is hiding the cure." Fact: research takes time.',
  ])('passes %j', (text) => expect(hits(text)).toEqual([]));

  it('a correct FDA statement with its reference is left to the reviewer', () => {
    const text = 'The FDA approved this device in 2021 for migraine prevention.';
    expect(hits(text).map((h) => h.kind)).toContain('fda-approval');
    expect(hits(text, { hasReference: true }).map((h) => h.kind)).not.toContain('fda-approval');
  });
});

describe('claims.prohibited: findings explain themselves', () => {
  it('names the family, why, the reference and a suggestion', () => {
    const [finding] = scanProhibitedClaims([{ path: ['body'], text: 'My knee pain is gone for good.' }]).filter((f) => f.kind === 'permanence');
    expect(finding).toMatchObject({
      family: 'claim',
      kind: 'permanence',
      match: 'for good',
      path: ['body'],
      suggestion: 'say what most patients experience and that results vary',
    });
    expect(finding?.why).toMatch(/mislead/);
    expect(finding?.reference).toMatch(/FTC Act §5/);
    expect(finding?.offset).toBe('My knee pain is gone for good.'.indexOf('for good'));
  });

  it('the FDA claim cites the FD&C Act', () => {
    const [finding] = scanProhibitedClaims([{ path: ['body'], text: 'FDA approved for anxiety.' }]);
    expect(finding?.reference).toMatch(/21 U\.S\.C\./);
  });
});

describe('claims.prohibited: the configurable lexicon', () => {
  it('adds phrases as kind custom, negation-aware', () => {
    expect(hits('Try our detox tea!', { add: ['detox'] })).toEqual([{ kind: 'custom', text: 'detox' }]);
    expect(hits('not a detox', { add: ['detox'] })).toEqual([]);
    expect(hits('detoxification', { add: ['detox'] })).toEqual([]);
  });

  it('removes a built-in trigger with its inflections, by kind, or by rule id', () => {
    expect(hits('It cured my eczema.').map((h) => h.kind)).toContain('cure');
    expect(hits('It cured my eczema.', { remove: ['cure'] }).map((h) => h.kind)).not.toContain('cure');
    expect(hits('FDA-approved gummies for sleep.', { remove: ['FDA approved'] })).toEqual([]);
    expect(hits('A miracle for my skin!', { remove: ['miracle'] })).toEqual([]);
    expect(hits('No side effects, ever.', { remove: ['zero-risk'] }).map((h) => h.kind)).not.toContain('zero-risk');
  });
});

describe('claims: grammar and classifier', () => {
  it('every candidate names a rule, a kind and a span inside the text', () => {
    const text = 'Forget metformin, this cinnamon protocol reverses diabetes in 72 hours, guaranteed.';
    const candidates = analyseClaims(text);
    expect(candidates.length).toBeGreaterThan(2);
    for (const c of candidates) {
      expect(c.rule.id).toMatch(/^[a-z]+\.[a-z]+$/);
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.features).toContain(`k=${c.rule.kind}`);
    }
  });

  it('the classifier only gates: without it every candidate that context allows is a finding', () => {
    const text = 'Every time I visit, the staff are lovely.';
    expect(hits(text)).toEqual([]);
    expect(detectClaims(text, { model: null }).map((h) => h.kind)).toEqual(['universal-efficacy']);
  });

  it('the context vetoes even without the classifier', () => {
    expect(detectClaims('It will not melt fat.', { model: null })).toEqual([]);
    expect(detectClaims('A miracle cure? No.', { model: null })).toEqual([]);
  });

  it('merges overlapping findings of one kind and keeps offsets of the original text', () => {
    const text = 'ÉTÉ: cures arthritis, cures asthma.';
    for (const h of detectClaims(text)) expect(text.slice(h.start, h.end).length).toBe(h.end - h.start);
  });
});

describe('claims: cached analysis', () => {
  it('a text analysed before gives the same findings, and the options still apply on every call', () => {
    const text = 'Every time I visit, the staff are lovely. FDA approved and it cures arthritis.';
    const first = hits(text);
    expect(first.map((h) => h.kind)).toEqual(expect.arrayContaining(['fda-approval', 'cure']));
    // The second call is answered from the cache: same findings, and the options still decide.
    expect(hits(text)).toEqual(first);
    expect(hits(text, { hasReference: true }).map((h) => h.kind)).not.toContain('fda-approval');
    expect(hits(text, { remove: ['cure'] }).map((h) => h.kind)).not.toContain('cure');
    expect(detectClaims(text, { model: null }).map((h) => h.kind)).toContain('universal-efficacy');
    expect(hits(text)).toEqual(first);
  });

  it('keeps one cache per language: the same text is analysed by each language pack', () => {
    const text = 'curación milagrosa garantizada';
    expect(detectClaims(text, {}, 'es').length).toBeGreaterThan(0);
    expect(detectClaims(text, {}, 'en')).toEqual([]);
    expect(detectClaims(text, {}, 'es').length).toBeGreaterThan(0);
  });
});
