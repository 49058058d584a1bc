/**
 * General constructions of the English claim grammar (README, "What the detectors catch, and what
 * they miss"): one unit of treatment as a speed promise, a quantifier over people or health
 * objects, restoration ("get … back"), particle verbs with the object between ("throw the pills
 * away"). Every sentence is written for these tests, not taken from tests/corpus; each positive
 * has a look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text).map((h) => h.kind);
const rules = (text: string): string[] => analyseClaims(text).map((c) => c.rule.id);

describe('one unit of treatment', () => {
  it('any unit of treatment makes the speed promise', () => {
    expect(kinds('Our peptide protocol clears psoriasis in a single drip.')).toContain('instant-results');
    expect(kinds('One infusion and my migraines stopped.')).toContain('instant-results');
    expect(kinds('Just one capsule. Arthritis pain gone.')).toContain('instant-results');
  });

  it('a unit with no promise is not a candidate', () => {
    expect(rules('Each infusion takes about an hour and a nurse stays with you.')).not.toContain('instant.word');
  });
});

describe('a quantifier over people or health objects', () => {
  it('flags "on any", "every X, every Y", "every known" and a closing "100%"', () => {
    expect(kinds('This serum stops hair loss on any woman, young or old.')).toContain('universal-efficacy');
    expect(kinds('Our brace heals every runner, every injury.')).toContain('universal-efficacy');
    expect(kinds('The spray destroys every known germ on contact.')).toContain('universal-efficacy');
    expect(kinds('Garlic water stops the flu 100%.')).toContain('universal-efficacy');
  });

  it('leaves look-alikes alone', () => {
    expect(rules('Forms are available for any patient at the front desk.')).not.toContain('universal.quant');
    expect(kinds('Step-free entrances at every building, for every patient, every day.')).toEqual([]);
    expect(rules('Our jackets are 100% cotton.')).not.toContain('universal.pct');
    expect(rules('I agree with you 100%.')).not.toContain('universal.pct');
    expect(rules('Bring every known allergy to your first appointment.')).not.toContain('universal.quant');
  });
});

describe('more general constructions', () => {
  it('suppression: "they don\'t want <anyone> to know", "trying to shut us down"', () => {
    expect(kinds("The cure the hospitals don't want patients to hear about.")).toContain('suppressed-knowledge');
    expect(kinds("Dentists don't want you reading this.")).toContain('suppressed-knowledge');
    expect(kinds('The regulators tried to shut us down for telling the truth.')).toContain('suppressed-knowledge');
    expect(rules('We want patients to know their options.')).not.toContain('supp.know');
  });

  it('replacement: "a replacement for <treatment>", "throw the <treatment> away"', () => {
    expect(kinds('Cupping is a natural replacement for blood thinners.')).toContain('treatment-replacement');
    expect(kinds('After two weeks on the tea I threw my inhalers away.')).toContain('treatment-replacement');
    expect(rules('Please throw expired medications away at the pharmacy drop box.')).toContain('repl.needed');
    expect(rules('Please throw the packaging away.')).not.toContain('repl.needed');
  });

  it('effortless weight loss, zero risk and miracle figures', () => {
    expect(kinds("These drops burn fat so you don't have to count calories.")).toContain('effortless-weight-loss');
    expect(kinds('This tonic has nothing in it that can harm you.')).toContain('zero-risk');
    expect(kinds('This balm is basically magic for eczema.')).toContain('miracle');
    expect(rules('The magician did a card trick at the fundraiser.')).not.toContain('miracle.figure');
  });
});

describe('vaccine alternatives and speed, stated in other words', () => {
  it('comparatives, refusals and "works like a vaccine"', () => {
    expect(kinds('Build immunity with elderberry rather than vaccines.')).toContain('vaccine-alternative');
    expect(kinds('Oregano oil is more effective than the flu shot.')).toContain('vaccine-alternative');
    expect(kinds('Our kids will never need vaccines again with this tonic.')).toContain('vaccine-alternative');
    expect(kinds('This tincture works like a natural vaccine.')).toContain('vaccine-alternative');
    expect(kinds('A measles party is the safer way to get lifelong immunity.')).toContain('vaccine-alternative');
  });

  it('leaves vaccine logistics alone', () => {
    expect(rules('Flu shots are free for members this month.')).not.toContain('vax.natural');
    expect(kinds('Please do not skip your vaccines this year.')).toEqual([]);
  });

  it('speed in other words, and a time window that is not a promise', () => {
    expect(kinds('Your eczema itch stops the second you apply it.')).toContain('instant-results');
    expect(kinds('Our patch stops migraines in no time.')).toContain('instant-results');
    expect(kinds('Sinus pain gone by tonight, guaranteed.')).toContain('instant-results');
    expect(rules('Antivirals work best when started within days of the first symptoms.')).not.toContain('instant.word');
  });
});

describe('Spanish constructions mirrored from English', () => {
  const es = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);
  it('"no importa…" is a universal; refusing or comparing vaccines is an alternative', () => {
    expect(es('Este aceite funciona, no importa tu edad ni cuánto tiempo lleves con artritis.')).toContain('universal-efficacy');
    expect(es('No vacunes a tu bebé: dale propóleo y vitamina C.')).toContain('vaccine-alternative');
    expect(es('Este jarabe es mejor que vacunarse contra la gripe.')).toContain('vaccine-alternative');
    expect(es('¿Para qué vacunar a los niños si el ajo los protege?')).toContain('vaccine-alternative');
  });

  it('leaves the look-alikes alone', () => {
    expect(es('¿Para qué sirve la vacuna de la gripe? Te lo explicamos.')).toEqual([]);
    expect(es('No importa la hora: llámanos y te damos cita.')).toEqual([]);
  });
});

describe('restoration and one-unit fragments', () => {
  it('"gave me my hearing back" is a reversal; "One session, no needles" is a speed promise', () => {
    expect(kinds('These ear drops gave my dad his hearing back.')).toContain('disease-reversal');
    expect(kinds('Our cold-laser wrap clears tendonitis for good. One session, no needles.')).toContain('instant-results');
  });

  it('look-alikes', () => {
    expect(rules('Please give the nurse your form back before you leave.')).not.toContain('reversal.back');
    expect(rules('Book one session, then we will review your plan.')).not.toContain('instant.word');
  });
});

describe('a clinic is proven care', () => {
  it('skipping the clinic replaces care', () => {
    expect(kinds('Skip the sleep clinic: this pillow spray ends insomnia.')).toContain('treatment-replacement');
    expect(kinds('Our clinic is open on Saturdays for flu shots.')).toEqual([]);
  });
});
