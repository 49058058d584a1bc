/**
 * More general constructions of the English claim grammar (README, "Checklist": claims.prohibited):
 * conditions named by their medical suffix and everyday symptoms, negation that ends at a list
 * item negated on its own, "ever again" closing a list, a stopped treatment named before as a
 * pronoun, proven care credited for a recovery, and look-alikes (free flu shots, an FDA-registered
 * facility, over-the-counter strength). Every sentence is written for these tests, not taken from
 * tests/corpus; each positive has a look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text).map((h) => h.kind);
const rules = (text: string): string[] => analyseClaims(text).map((c) => c.rule.id);

describe('health objects from a general vocabulary', () => {
  it('conditions by their medical suffix and everyday symptoms are health objects', () => {
    expect(kinds('This balm cures tendinitis in a week.')).toContain('cure');
    expect(kinds('Our tea gets rid of nausea and bloating for good.')).toContain('permanence');
    expect(kinds('The drops eliminate vertigo, tinnitus and sinusitis.')).toContain('cure');
  });

  it('words that share the suffix are not conditions', () => {
    expect(rules('We cure the diagnosis backlog with extra staff.')).not.toContain('cure.eliminate');
    expect(kinds('A lavender aroma fills the lobby, and the staff show real empathy.')).toEqual([]);
  });

  it('a list of side effects is information, not a cure-all', () => {
    expect(kinds('Common side effects include nausea, diarrhea, vomiting and headache.')).toEqual([]);
    expect(kinds('This tonic treats nausea, diarrhea, vomiting and headache.')).toContain('cure-all');
  });
});

describe('negation scope', () => {
  it('a list item negated on its own is not negated again by the item before it', () => {
    expect(kinds('Laser vein care with no needles, no pain and absolutely no risk.')).toContain('zero-risk');
    expect(kinds('No open surgery and zero complications with our new program.')).toContain('zero-risk');
    expect(kinds('Cataracts are cured without surgery and never come back.')).toContain('permanence');
  });

  it('a negated claim stays negated', () => {
    expect(kinds('No surgery is completely risk-free.')).toEqual([]);
    expect(kinds("There's no such thing as zero risk with any procedure.")).toEqual([]);
  });

  it('a filler word that is a negation does not make a promise', () => {
    expect(kinds("The weight didn't just fall off: I logged every meal for a year.")).toEqual([]);
    expect(kinds('The pounds are literally melting off with these drops.')).toContain('effortless-weight-loss');
  });
});

describe('ever again, any kind of, every single one', () => {
  it('flags "no X, ever again" and "never … , ever"', () => {
    expect(kinds('Our shockwave therapy treats ED with no pills, ever again.')).not.toEqual([]);
    expect(kinds('After the laser, the hair never grows back, ever.')).toContain('permanence');
  });

  it('flags a quantifier over kinds of a condition or over everything known', () => {
    expect(kinds('The cap regrows hair for any type of baldness.')).toContain('universal-efficacy');
    expect(kinds('This spray kills every germ and virus known to man.')).toContain('universal-efficacy');
    expect(kinds('The immune blend gives 100% protection all winter.')).toContain('universal-efficacy');
  });

  it('leaves look-alikes alone', () => {
    expect(rules('We accept any type of insurance at the front desk.')).not.toContain('universal.type');
    expect(kinds('Have you ever tried the new walking trail?')).toEqual([]);
  });
});

describe('speed, cure and reversal phrasings', () => {
  it('flags the first night, one or two units, a disease that is history or free', () => {
    expect(kinds('These gummies cured my insomnia from the very first night.')).toContain('instant-results');
    expect(kinds('1 visit and your sciatica is history.')).toContain('cure');
    expect(kinds("Two years on the juice protocol and I'm cancer-free.")).toContain('cure');
    expect(kinds('My neuropathy was bad, then the nerves grew back with this cream.')).toContain('disease-reversal');
  });

  it('a logistic morning is not a speed promise', () => {
    expect(kinds("You'll arrive at 8 pm and head home by 7 the next morning.")).toEqual([]);
  });
});

describe('replacement and suppression', () => {
  it('a stopped treatment named before as a pronoun', () => {
    expect(kinds('I was on three blood pressure meds. Cut them all after this video.')).toContain('treatment-replacement');
    expect(kinds('Statins are a scam. I stopped mine two years ago.')).toContain('treatment-replacement');
    expect(rules('The gym closed early, so we stopped it there.')).not.toContain('repl.anaphor');
  });

  it('what they do not want printed or on TV', () => {
    expect(kinds("The heart cure the AMA doesn't want printed.")).toContain('suppressed-knowledge');
    expect(kinds("Here's the part the drug companies don't want on TV.")).toContain('suppressed-knowledge');
  });

  it('over-the-counter strength is not going without care', () => {
    expect(kinds('The strongest lidocaine cream you can get without a prescription.')).toEqual([]);
  });
});

describe('vaccines, FDA and credited care', () => {
  it('a free shot is a price, a vaccine-free remedy is an alternative', () => {
    expect(kinds('Free flu shots at the library on Tuesday, walk-ins welcome.')).toEqual([]);
    expect(kinds('Our vaccine-free immunity drops protect the whole family.')).toContain('vaccine-alternative');
  });

  it('an FDA-registered facility is not an approval of the product', () => {
    expect(kinds('Made in an FDA-registered facility in Ohio.')).toEqual([]);
    expect(kinds('This FDA-registered patch melts belly fat.')).toContain('fda-approval');
  });

  it('proven care credited for a recovery is a patient story', () => {
    expect(kinds('Scans show my tumor is shrinking after six weeks of radiation.')).toEqual([]);
    expect(kinds('My tumor is shrinking after six weeks of apricot pits.')).toContain('disease-reversal');
    expect(kinds('Her pneumonia was cured with antibiotics in a week.')).not.toContain('cure');
    expect(kinds('Her pneumonia was cured with oregano oil in a week.')).toContain('cure');
  });
});

describe('effort never made, success for everyone, everything', () => {
  it('effort denied with an intensifier is the effortless promise', () => {
    expect(kinds('I dropped four sizes and never once counted a calorie or set foot in a gym.')).toContain('effortless-weight-loss');
    expect(kinds('I never even went to the gym before my knee surgery, and rehab was hard.')).toEqual([]);
  });

  it('everyone succeeds, it cannot fail, works on everything', () => {
    expect(kinds('On our hair restoration program everyone succeeds.')).toContain('universal-efficacy');
    expect(rules("The 30-day reset literally can't not work.")).toContain('universal.every');
    expect(kinds('This salve works on everything, even diaper rash.')).toContain('cure-all');
    expect(kinds('Most patients feel better within weeks, though everyone heals at their own pace.')).toEqual([]);
  });
});

describe('a plan let down, a quoted claim called deadly advice', () => {
  it('someone wanted to stop a treatment and was told no', () => {
    expect(kinds('My aunt wanted to stop her blood pressure pills for garlic honey but her doctor said no.')).toEqual([]);
    expect(kinds('My naturopath wanted me to ditch my inhaler and I said absolutely not.')).toEqual([]);
    expect(kinds('Ditch your inhaler: this tea opens your lungs for good.')).toContain('treatment-replacement');
  });

  it('a quoted claim said to get someone killed', () => {
    expect(kinds("People on here saying 'ditch your inhaler' are going to get someone killed.")).toEqual([]);
  });
});
