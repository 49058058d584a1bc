/**
 * The sentence reader of the claim detector (docs/architecture.md, "The sentence reader"): it drops a
 * grammar hit in a sentence that reads unlike a claim, and reports a sentence that reads like a
 * claim of a kind the grammar did not find there, only where the grammar found a candidate its
 * context allowed. Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims, readerFor, READER_RULE } from '../../../server/src/detection/claims';
import { loadSentenceModel, readSentence, sentenceFeatures } from '../../../server/src/detection/claims/sentence-model';
import type { SentenceModelFile } from '../../../server/src/detection/claims/sentence-model';
import { sentences } from '../../../server/src/detection/claims/text';
import { constantReader } from './helpers/constant-reader';

const kinds = (text: string, language: string, reader?: null): string[] => detectClaims(text, reader === null ? { reader: null } : {}, language).map((h) => h.kind);

describe('the veto: a grammar hit in a sentence that reads unlike a claim is dropped', () => {
  it.each([
    ['en', 'Mounjaro (tirzepatide) was approved by the FDA in May 2022 for type 2 diabetes in adults, alongside diet and exercise, per the prescribing information.'],
    ['es', 'Reglas del grupo: prohibido vender suplementos o prometer curas milagrosas. Contar tu experiencia está bien; decirle a alguien que deje su medicamento, no.'],
  ])('%s: %s', (language, text) => {
    expect(kinds(text, language, null)).not.toEqual([]);
    expect(kinds(text, language)).toEqual([]);
  });

  it('a plain claim keeps its hit', () => {
    expect(kinds('This tea cures arthritis and melts belly fat overnight!', 'en')).toEqual(expect.arrayContaining(['cure', 'instant-results']));
    expect(kinds('Lo que tu reumatólogo no te cuenta: la artritis se cura en 30 días con mi método', 'es')).toEqual(expect.arrayContaining(['suppressed-knowledge', 'cure']));
  });
});

describe('the catch: a sentence that reads like a claim of a kind the grammar did not report', () => {
  // A reader that reads every sentence as a vaccine-alternative claim, so these tests check the
  // catch's conditions, whatever the trained weights say of a sentence.
  const always = (language: string) => constantReader(10, { 'vaccine-alternative': 5, cure: -5 }, { language });
  const text = 'Drop-in IV bar 💧 Our Defense Drip means no flu shot needed this winter, book today!';

  it('is reported whole, with the kind the reader names, beside the grammar hit', () => {
    expect(kinds(text, 'en', null)).toEqual(['treatment-replacement']);
    const hits = detectClaims(text, { reader: always('en') }, 'en');
    const hit = hits.find((h) => h.rule === READER_RULE);
    expect(hit?.kind).toBe('vaccine-alternative');
    // An emoji before a capital ends a sentence: the reader reports the second one.
    expect(text.slice(hit?.start, hit?.end)).toBe('Our Defense Drip means no flu shot needed this winter, book today!');
    expect(hits.map((h) => h.kind)).toContain('treatment-replacement');
  });

  it('is removed by lexicon.remove with the reader rule or the kind', () => {
    expect(detectClaims(text, { reader: always('en'), remove: [READER_RULE] }, 'en').some((h) => h.rule === READER_RULE)).toBe(false);
    expect(detectClaims(text, { reader: always('en'), remove: ['vaccine-alternative'] }, 'en').some((h) => h.kind === 'vaccine-alternative')).toBe(false);
  });

  it('without bareAdd, never in a sentence where the grammar found no candidate', () => {
    const list = 'Tratamos la diabetes, la hipertensión y el asma en nuestra clínica.';
    expect(kinds(list, 'es')).toEqual([]);
    expect(detectClaims(list, { reader: always('es') }, 'es')).toEqual([]);
  });

  it('never over a negation, a hedge or a quotation the context read', () => {
    const quoted = 'Nota de cumplimiento: borren “revierte la artritis” y “cero riesgos” del anuncio antes del lunes.';
    expect(detectClaims(quoted, { reader: always('es') }, 'es')).toEqual([]);
    expect(detectClaims('No supplement melts belly fat overnight, whatever the ad says.', { reader: always('en') }, 'en')).toEqual([]);
  });
});

describe('the catch in a flagged text (flaggedAdd)', () => {
  // A reader that scores every sentence 0.82 (between flaggedAdd and add) as a vaccine-alternative claim.
  const reader = (flaggedAdd?: number) => constantReader(1.5, { 'vaccine-alternative': 5 }, flaggedAdd === undefined ? {} : { flaggedAdd });
  const readerHits = (text: string, flaggedAdd?: number) =>
    detectClaims(text, { reader: reader(flaggedAdd) }, 'en')
      .filter((h) => h.rule === READER_RULE)
      .map((h) => text.slice(h.start, h.end));

  it('reads every sentence of a text the grammar flags, also one with no candidate', () => {
    const text = 'This tea cures arthritis for good. Ask about our family plan today.';
    expect(readerHits(text, 0.7)).toContain('Ask about our family plan today.');
    // Without flaggedAdd only a sentence with a candidate is read, at add.
    expect(readerHits(text)).toEqual([]);
  });

  it('never in a text the grammar does not flag', () => {
    expect(readerHits('Ask about our family plan today.', 0.7)).toEqual([]);
  });

  it('never over a candidate the context vetoed', () => {
    const text = 'This tea cures arthritis for good. No supplement melts belly fat overnight, whatever the ad says.';
    expect(readerHits(text, 0.7)).not.toContain('No supplement melts belly fat overnight, whatever the ad says.');
  });

  it('the shipped readers set it below add', () => {
    for (const language of ['en', 'es']) {
      const file = readerFor(language)?.file;
      expect(file?.flaggedAdd).toBeLessThan(file?.add ?? 0);
    }
  });
});

describe('a second kind in a sentence the reader reports (kindAdd)', () => {
  // A reader that reads every sentence as a claim (0.82, a flagged text's catch) and names the
  // kind biased 3 first (0.95) and the kind biased 1 second (0.73).
  const reader = (first: string, second: string, kindAdd?: number) =>
    constantReader(1.5, { [first]: 3, [second]: 1, 'zero-risk': -3 }, { flaggedAdd: 0.7, ...(kindAdd === undefined ? {} : { kindAdd }) });
  const readerKinds = (text: string, kindAdd?: number, first = 'treatment-replacement', second = 'cure') =>
    detectClaims(text, { reader: reader(first, second, kindAdd) }, 'en')
      .filter((h) => h.rule === READER_RULE)
      .map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);
  // The grammar finds the stopped drug; the rest of the sentence promises a cure it has no rule for.
  const text = 'Stop your inhaler today, because our salt-room visitors walk out breathing like teenagers again.';

  it('is reported beside the grammar hit of the kind the reader names first', () => {
    expect(kinds(text, 'en', null)).toEqual(['treatment-replacement']);
    expect(readerKinds(text, 0.3)).toEqual([`cure: ${text}`]);
  });

  it('not without kindAdd, and not below it', () => {
    expect(readerKinds(text)).toEqual([]);
    expect(readerKinds(text, 0.8)).toEqual([]);
  });

  it('never a kind the grammar read a candidate of in that sentence', () => {
    // "no prescription needed" is a treatment-replacement candidate that the grammar read as an
    // over-the-counter product's, not as care refused; the reader does not overrule it.
    const balm = 'This balm cures cracked heels in a week, no prescription needed and no needles.';
    expect(kinds(balm, 'en', null)).not.toContain('treatment-replacement');
    expect(readerKinds(balm, 0.3, 'cure', 'treatment-replacement')).toEqual([]);
    expect(readerKinds(balm, 0.3, 'cure', 'guarantee')).toEqual([`guarantee: ${balm}`]);
  });

  it('never where the grammar hits cover most of the sentence', () => {
    expect(readerKinds('Ditch your inhaler now.', 0.3)).toEqual([]);
  });

  it('the shipped readers set it', () => {
    for (const language of ['en', 'es']) expect(readerFor(language)?.file.kindAdd).toBeGreaterThan(0);
  });
});

describe('clauses of a flagged text read alone (clauseAdd)', () => {
  // A reader that scores every sentence and clause 0.82 as a cure claim (kind 0.95).
  const reader = (clauseAdd?: number, flaggedAdd = 0.7) => constantReader(1.5, { cure: 3 }, { flaggedAdd, ...(clauseAdd === undefined ? {} : { clauseAdd }) });
  const readerSpans = (text: string, clauseAdd?: number, language = 'en', flaggedAdd = 0.7) =>
    detectClaims(text, { reader: reader(clauseAdd, flaggedAdd) }, language)
      .filter((h) => h.rule === READER_RULE)
      .map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);
  // The grammar cures the asthma; the sentence's other clause has no rule of its own.
  const text = 'This tea cures asthma for good, and your lungs will feel twenty years younger by spring.';

  it('reports a clause no hit touches, where the sentence held the kind it names already', () => {
    expect(kinds(text, 'en', null)).toContain('cure');
    expect(readerSpans(text, 0.7)).toEqual(['cure: your lungs will feel twenty years younger by spring']);
  });

  it('not without clauseAdd, not below it, and not in a text the grammar does not flag', () => {
    expect(readerSpans(text)).toEqual([]);
    expect(readerSpans(text, 0.9)).toEqual([]);
    expect(readerSpans('Your lungs will feel lighter, and the salt room is open on Sundays.', 0.7)).toEqual([]);
  });

  it('only in a sentence that holds a hit', () => {
    // Sentences scored below flaggedAdd (0.9 here) are not reported whole; only the first has a hit.
    const two = `${text} Your lungs will feel lighter, and the salt room is open on Sundays.`;
    expect(readerSpans(two, 0.7, 'en', 0.9)).toEqual(['cure: your lungs will feel twenty years younger by spring']);
  });

  it('splits at the pack clause words of each language', () => {
    const es = 'Este jarabe cura la tos de raíz y muy pronto vas a respirar como un deportista profesional.';
    expect(readerSpans(es, 0.7, 'es')).toEqual(['cure: muy pronto vas a respirar como un deportista profesional']);
  });

  it('never a clause of fewer than three words, nor one over a candidate the grammar judged', () => {
    expect(readerSpans('This tea cures asthma for good, no needles.', 0.7)).toEqual([]);
    // "no prescription needed" is a candidate the grammar read as an over-the-counter product's.
    expect(readerSpans('This balm cures cracked heels in a week, no prescription needed at all.', 0.7)).toEqual([]);
  });

  it('the shipped readers set it', () => {
    for (const language of ['en', 'es']) expect(readerFor(language)?.file.clauseAdd).toBeGreaterThan(0);
  });
});

describe('the reader reads a text once', () => {
  it('the gate reuses the readings the panel made of the same text', () => {
    const reader = loadSentenceModel(
      { language: 'en', trainedOn: 'test', buckets: 1 << 20, context: 1, veto: 0.01, add: 0.95, claim: { bias: 1, idx: [], w: [] }, kinds: { cure: { bias: 1, idx: [], w: [] } } },
      []
    );
    // Every reading looks its slots up in slotRows: count the lookups of a slot.
    let lookups = 0;
    reader.slotRows = new Proxy(reader.slotRows, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) lookups++;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const text = 'This tea cures arthritis. It melts belly fat overnight!';
    const first = detectClaims(text, { reader }, 'en');
    const afterFirst = lookups;
    expect(afterFirst).toBeGreaterThan(0);
    expect(detectClaims(text, { reader, remove: ['cure'] }, 'en')).not.toEqual(first);
    expect(lookups).toBe(afterFirst);
  });
});

describe('the model', () => {
  it('each language has one, with a veto below its catch', () => {
    for (const language of ['en', 'es']) {
      const reader = readerFor(language);
      expect(reader?.file.language).toBe(language);
      expect(reader?.file.veto).toBeLessThan(reader?.file.add ?? 0);
      expect(reader?.kinds.length).toBe(14);
    }
    expect(readerFor('de')).toBeNull();
  });

  it('features: a word after a negator is another feature than the same word asserted', () => {
    const negators = new Set(['no', 'not']);
    const plain = 'it cures acne';
    const negated = 'it not cures acne';
    const a = sentenceFeatures(plain, sentences(plain), 0, 1 << 20, 0, negators);
    const b = sentenceFeatures(negated, sentences(negated), 0, 1 << 20, 0, negators);
    expect(b.filter((f) => !a.includes(f)).length).toBeGreaterThan(1);
    expect(new Set(a).size).toBe(a.length);
  });

  it('a sparse file loads into one table; the claim and the kinds are read in one pass', () => {
    const file: SentenceModelFile = {
      language: 'xx',
      trainedOn: 'test',
      buckets: 1 << 20,
      context: 0,
      veto: 0.01,
      add: 0.95,
      claim: { bias: -1, idx: [], w: [] },
      kinds: { cure: { bias: 2, idx: [], w: [] }, miracle: { bias: -2, idx: [], w: [] } },
    };
    const text = 'anything at all';
    const r = readSentence(loadSentenceModel(file, []), text, sentences(text), 0);
    expect(r.claim).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(r.kind).toBe('cure');
    expect(r.kindScore).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});

describe('sentences where the grammar found nothing (bareAdd)', () => {
  // A reader that reads every sentence as a cure claim and reads sentences without candidates.
  const bare = constantReader(10, { cure: 5 }, { bareAdd: 0.98 });
  const found = (text: string, options: { remove?: string[] } = {}): string[] =>
    detectClaims(text, { reader: bare, ...options }, 'en').map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);

  it('reports a sentence that names a health object, with the kind the reader names', () => {
    expect(detectClaims("Grandma's broth for your asthma.", { reader: null }, 'en')).toEqual([]);
    expect(found("Grandma's broth for your asthma.")).toEqual(["cure:Grandma's broth for your asthma."]);
  });

  it('not a sentence that names no health object nor treatment', () => {
    expect(found('Our shop opens at nine on Fridays.')).toEqual([]);
  });

  it('not where the sentence hedges, asks or is answered no', () => {
    expect(found("Grandma's broth may help some people with asthma.")).toEqual([]);
    expect(found("Grandma's broth for your asthma?")).toEqual([]);
  });

  it('is removed by lexicon.remove with the reader rule', () => {
    expect(found("Grandma's broth for your asthma.", { remove: [READER_RULE] })).toEqual([]);
  });

  it('the shipped English reader: claims the grammar has no rule for', () => {
    for (const text of ['Eat three of these seeds a day and diabetes will never touch you.', "My husband's blood sugar is back to normal after one month of the bitter leaf juice."]) {
      expect(detectClaims(text, { reader: null }, 'en')).toEqual([]);
      expect(detectClaims(text, {}, 'en').map((h) => h.rule)).toEqual([READER_RULE]);
    }
  });

  it('the shipped English reader: a memorial line is no permanence claim', () => {
    expect(kinds('In loving memory of Grandpa, forever in our hearts.', 'en')).toEqual([]);
    expect(readerFor('en')?.file.bareAdd).toBe(0.98);
  });

  it('never a kind of bareExceptKinds', () => {
    const replacing = (file: Partial<SentenceModelFile>) => constantReader(10, { 'treatment-replacement': 5 }, { bareAdd: 0.98, ...file });
    const text = "Grandma's broth for your asthma.";
    expect(detectClaims(text, { reader: replacing({}) }, 'en').map((h) => h.kind)).toEqual(['treatment-replacement']);
    expect(detectClaims(text, { reader: replacing({ bareExceptKinds: ['treatment-replacement'] }) }, 'en')).toEqual([]);
  });

  it('the shipped Spanish reader: a claim the grammar has no rule for, and never a stopped treatment or a guarantee', () => {
    const suppressed = 'Los laboratorios ganan millones con tus pastillas para la presión y por eso ocultan este remedio.';
    expect(detectClaims(suppressed, { reader: null }, 'es')).toEqual([]);
    expect(detectClaims(suppressed, {}, 'es').map((h) => `${h.kind}:${h.rule}`)).toEqual([`suppressed-knowledge:${READER_RULE}`]);
    expect(readerFor('es')?.file.bareAdd).toBe(0.99);
    expect(readerFor('es')?.file.bareExceptKinds).toEqual(['guarantee', 'treatment-replacement']);
    // Reports and service promises a reader of words alone scores as claims; the kinds are left to the grammar.
    for (const text of ['Después del trasplante ya no necesita diálisis.', 'Ofrecemos garantía de por vida en los armazones de sus lentes.']) {
      expect(kinds(text, 'es')).toEqual([]);
    }
  });
});

describe('a vetoed candidate in a flagged text (flaggedOverrule)', () => {
  // "Stop your insulin today!" flags the text; "Fact:" reads as a report of a claim to the
  // context, which vetoes "cured" in the next sentence.
  const text = 'Stop your insulin today! Fact: our herbal protocol has cured diabetes in thousands of our clients.';
  const unflagged = 'Fact: our herbal protocol has cured diabetes in thousands of our clients.';
  const reader = (flaggedOverrule?: number) => constantReader(6, { cure: 5 }, flaggedOverrule === undefined ? {} : { flaggedOverrule });
  const matched = (t: string, r: ReturnType<typeof reader>): string[] => detectClaims(t, { reader: r }, 'en').map((h) => t.slice(h.start, h.end));

  it('is reported where the reader scores its sentence at flaggedOverrule or above', () => {
    expect(matched(text, reader(0.99))).toContain('cured');
  });

  it('not without flaggedOverrule, not below it, and not in a text the grammar does not flag', () => {
    expect(matched(text, reader())).not.toContain('cured');
    expect(matched(text, reader(0.999))).not.toContain('cured');
    expect(matched(unflagged, reader(0.99))).toEqual([]);
  });

  it('the shipped readers: a "no" that does not reach the second claim of a seller\'s sentence', () => {
    expect(readerFor('en')?.file.flaggedOverrule).toBe(0.99);
    expect(readerFor('es')?.file.flaggedOverrule).toBe(0.99);
    const gout = 'Guaranteed results! Unlike pharmacy pills, GoutGone has no side effects and permanently dissolves gout crystals.';
    expect(detectClaims(gout, {}, 'en').map((h) => gout.slice(h.start, h.end))).toEqual(expect.arrayContaining(['permanently', 'dissolves gout']));
    expect(detectClaims(text, {}, 'en').map((h) => text.slice(h.start, h.end))).toContain('cured');
  });
});
