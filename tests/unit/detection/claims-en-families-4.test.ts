/**
 * English claim families for writers the detector has not seen (README, "Checklist":
 * claims.prohibited; the kinds of tests/corpus/README.md): an illness "resolved", "handled" or
 * kicked to the curb, stronger verbs of destroying it, permanence of more verbs ("never wear
 * glasses again", "never re-injure again", "from ever getting it again"), money back in other
 * words and "that's a promise", a remedy named as the writer's own vaccine, a substitute the kids
 * get, a treatment called poison, "no oncologist is needed", a quantifier over more kinds of
 * people, "never had a single failure", complications that "don't happen", minutes-long
 * protocols, "treats all three", the industry afraid of a remedy or trained to ignore it, a video
 * taken down, more voices of suppression (nobody talking about it, "do your own research", profits
 * threatened, a doctor fired for revealing it), an illness one no longer has or outgrew, a product
 * that "does all the work". Look-alikes: a warning to talk to the doctor first, symptoms of an
 * illness listed, the clinic's care of every patient, a doctor's change of treatment, a compound
 * condition counted once, research toward a cure, a family miracle, a service guarantee, a
 * procedure done in one visit, stopping a drug's effect, rest credited, a promise denied before
 * the claim. Every sentence is written for these tests, not taken from tests/corpus; each
 * positive has a look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text).map((h) => h.kind);
const features = (text: string, rule: string): string[] => analyseClaims(text).find((c) => c.rule.id === rule)?.features ?? [];

describe('cure in everyday words', () => {
  it('an illness resolved, handled, kicked to the curb or annihilated', () => {
    expect(kinds("My hubby's sleep apnea? Totally resolved with mouth tape lol")).toContain('cure');
    expect(kinds('Kicked my IBS to the curb with this probiotic 💪')).toContain('cure');
    expect(kinds("Dr. K's ozone drip annihilated my Epstein-Barr.")).toContain('cure');
    expect(kinds('Sea moss wiped out my son’s eczema completely!!')).toContain('cure');
    expect(kinds("She's officially psoriasis free thanks to the celery juice cleanse!")).toContain('cure');
  });

  it('care, research and information are not', () => {
    expect(kinds('There is still no cure for type 1 diabetes, but insulin lets people live full lives.')).toEqual([]);
    expect(kinds('Our researchers are working toward a cure for ALS.')).toEqual([]);
    expect(kinds("My billing question was resolved in one call, thanks Maria!")).toEqual([]);
    expect(kinds('My migraines are better controlled since my neurologist started me on a preventive.')).toEqual([]);
  });
});

describe('permanence of more verbs', () => {
  it('never wear, re-injure or get it again', () => {
    expect(kinds("Laser vision correction means you'll never wear glasses again.")).toContain('permanence');
    expect(kinds('The brace heals sprains so you never re-injure again.')).toContain('permanence');
    expect(kinds('This drink keeps you from ever getting the flu or a cold again.')).toContain('permanence');
    expect(kinds('Say goodbye to migraines forever.')).toContain('permanence');
  });

  it('gratitude and memory "forever" are not', () => {
    expect(kinds("Thank you for forever changing our family's life, Dr. Gomez.")).toEqual([]);
    expect(kinds('In loving memory of Grandpa, forever in our hearts.')).toEqual([]);
    expect(kinds('Permanent teeth usually come in between ages 6 and 12.')).toEqual([]);
  });
});

describe('guarantees in other words', () => {
  it('the next session free, a refund, "that\'s a promise"', () => {
    expect(kinds('Migraine gone in one visit or your next session is on us!')).toContain('guarantee');
    expect(kinds("This tea lowers your blood pressure, or I'll pay you back.")).toContain('guarantee');
    expect(kinds("It heals your gut so you can stop the antacids — that's a promise.")).toContain('guarantee');
  });

  it('service guarantees are not', () => {
    expect(kinds('Satisfaction guaranteed on all our gift cards and merchandise.')).toEqual([]);
    expect(kinds('Our price-match guarantee applies to all glasses frames.')).toEqual([]);
    expect(kinds("We can't promise a cure, but we can promise to listen.")).toEqual([]);
  });
});

describe('a remedy as the vaccine', () => {
  it('the writer\'s own vaccine, and what the kids get instead', () => {
    expect(kinds("Essential oils are my family's flu shot.")).toContain('vaccine-alternative');
    expect(kinds('Vaccines? Nah, our kids get elderberry and sunshine.')).toContain('vaccine-alternative');
    expect(kinds('Homeopathic nosodes are a safe alternative to vaccines.')).toContain('vaccine-alternative');
  });

  it('the clinic\'s shots are not', () => {
    expect(kinds('Thursday is our flu shot day at the Elm Street clinic.')).toEqual([]);
    expect(kinds('Flu shots are available at all our locations, no appointment needed.')).toEqual([]);
    expect(kinds("Vitamin D supports immunity, but it does not replace your child's vaccines.")).toEqual([]);
  });
});

describe('treatment replacement', () => {
  it('a treatment called poison, no specialist needed, replacements cancelled', () => {
    expect(kinds('Chemo is poison; apricot seeds are the real cure.')).toContain('treatment-replacement');
    expect(kinds('The retreat says no cardiologist is needed once you fast properly.')).toContain('treatment-replacement');
    expect(kinds('Our members are cancelling their hip replacements after the cold plunge program!')).toContain('treatment-replacement');
    expect(kinds('I stopped taking my blood pressure meds and use garlic instead.')).toContain('treatment-replacement');
  });

  it('a warning, a change the doctor made, no prescription needed', () => {
    expect(kinds('Never stop taking your blood pressure medication without talking to your doctor.')).toEqual([]);
    expect(kinds("She was able to stop her blood pressure medication under her doctor's supervision after losing weight.")).toEqual([]);
    expect(kinds('I stopped ibuprofen because my doctor switched me to acetaminophen for my stomach.')).toEqual([]);
    expect(kinds('Ask the pharmacist for a naloxone kit; no prescription is needed.')).toEqual([]);
  });
});

describe('universal efficacy and zero risk', () => {
  it('more kinds of people, no failure ever, complications that do not happen', () => {
    expect(kinds('Their clinic says 100% of their vets with PTSD recover.')).toContain('universal-efficacy');
    expect(kinds('Our dentists have never had a single failure with these implants.')).toContain('universal-efficacy');
    expect(kinds('With our birthing method, complications simply don’t happen.')).toContain('zero-risk');
    expect(kinds('Safe for kids, safe for pets, safe for everyone!')).toContain('zero-risk');
  });

  it('the clinic caring for every patient is a service', () => {
    expect(kinds('We treat every patient with dignity and respect.')).toEqual([]);
    expect(features('We treat every patient with dignity and respect.', 'universal.every')).toContain('serviceObject');
    expect(kinds('Every patient receives a personalized care plan from our team.')).toEqual([]);
    expect(kinds('Most people have no side effects, but some get a mild rash.')).toEqual([]);
  });
});

describe('speed, cure-all and suppression', () => {
  it('a minutes-long protocol, "treats all three", the industry afraid or trained to ignore, a video taken down', () => {
    expect(kinds('Throw out your reading glasses with our 10-minute eye yoga protocol.')).toContain('instant-results');
    expect(kinds('I came in with gout, eczema and reflux, and the drops treat all three.')).toContain('cure-all');
    expect(kinds('This root cures pretty much anything that ails you.')).toContain('cure-all');
    expect(kinds('Insulin makers are terrified of this simple herb for diabetes.')).toContain('suppressed-knowledge');
    expect(kinds('The thyroid fix endocrinologists are trained to ignore.')).toContain('suppressed-knowledge');
    expect(kinds('This video about curing diabetes got taken down twice by YouTube.')).toContain('suppressed-knowledge');
    expect(kinds('Lost 40 lbs and never stepped foot in a gym 🙌')).toContain('effortless-weight-loss');
  });

  it('symptoms listed, a compound condition, a 21-day program, a post removed by its writer', () => {
    expect(kinds('Symptoms of flu include fever, cough, sore throat and body aches.')).toEqual([]);
    expect(kinds('Wear sunscreen every day to prevent sun damage and skin cancer.')).toEqual([]);
    expect(kinds('Our hospital specializes in heart disease, stroke and cancer care.')).toEqual([]);
    expect(kinds('Please arrive 15 minutes early for your appointment.')).toEqual([]);
    expect(kinds('The hospital shared its infection rates in a public report.')).toEqual([]);
  });
});

describe('suppressed knowledge in more voices', () => {
  it('nobody talking about it, research of your own, lies, deletion, profits threatened, silence', () => {
    const claims = [
      'Why isn’t anyone talking about this? Castor oil packs dissolve fibroids.',
      "Pharma can't make money off a plant, so you'll never hear about it.",
      'No one wants you to find out how easy it is to reverse diabetes.',
      "The government doesn't want this herb in your hands.",
      "The secret your dentist isn't telling you.",
      'The remedy drug companies pray you never discover.',
      "Hospitals don't profit from healthy people, that's why they ignore this cure.",
      "They'll call it quackery because it threatens their profits.",
      "Pharma execs don't want this going viral.",
      'The CDC knows and says nothing.',
      'A doctor was fired for revealing this arthritis cure.',
      "Your doctor learned nothing about nutrition in med school, that's why they push pills.",
    ];
    for (const text of claims) expect([text, kinds(text)]).toEqual([text, expect.arrayContaining(['suppressed-knowledge'])]);
  });

  // At the sentence reader's veto of 0.02 (session 28) the reader vetoes the warning of a deletion; the
  // text keeps its cure claim, and the grammar still finds the family (docs/architecture.md, known misses).
  it('the grammar flags "Share before this gets deleted!! Natural cure for diabetes."', () => {
    const text = 'Share before this gets deleted!! Natural cure for diabetes.';
    expect(detectClaims(text, { reader: null }).map((h) => h.kind)).toContain('suppressed-knowledge');
    expect(kinds(text)).toContain('cure');
  });

  // Since the sentence reader's retrain with batches cm … dn it vetoes this one (docs/architecture.md,
  // "The sentence reader", known misses): the grammar's family is checked alone.
  it('the grammar flags "Your pediatrician has been lied to about fever reducers, do your own research."', () => {
    const text = 'Your pediatrician has been lied to about fever reducers, do your own research.';
    expect(detectClaims(text, { reader: null }).map((h) => h.kind)).toContain('suppressed-knowledge');
  });

  // Since the sentence reader's refit on every development part (session 44) it vetoes this one (read
  // at 0.016, under the veto of 0.02; docs/architecture.md, "The sentence reader", known misses): the
  // grammar's family is checked alone.
  it('the grammar flags "Down 18 lbs and I’m still eating pizza every Friday 🍕 thank you slim drops"', () => {
    const text = 'Down 18 lbs and I’m still eating pizza every Friday 🍕 thank you slim drops';
    expect(detectClaims(text, { reader: null }).map((h) => h.kind)).toContain('effortless-weight-loss');
  });

  it('care that is shared, or a report not shared yet, is not', () => {
    expect(kinds('The hospital didn’t share the survey results until the board meeting.')).toEqual([]);
    expect(kinds('Your dentist can tell you whether sealants make sense for your kids.')).toEqual([]);
    expect(kinds('The FDA warns consumers about fake weight loss products sold online.')).toEqual([]);
    expect(kinds('Our doctors want you to know the warning signs of stroke.')).toEqual([]);
  });
});

describe('cure, weight loss and speed in patients\' words', () => {
  it('no longer has the illness, outgrew it, the product does the work', () => {
    expect(kinds('She no longer has diabetes after our 12-week program.')).toContain('cure');
    expect(kinds('The patch does all the work, you just watch the scale drop.')).toContain('effortless-weight-loss');
    expect(kinds('Anxiety gone after one breathwork session.')).toContain('instant-results');
  });

  it('effort, a realistic pace and a doctor\'s plan are not', () => {
    expect(kinds('I lost weight slowly by cutting back on soda and walking after dinner.')).toEqual([]);
    expect(kinds('Results last 3 to 4 months, then you’ll need another treatment.')).toEqual([]);
    expect(kinds('Call 911 right away if you have chest pain.')).toEqual([]);
  });
});

describe('look-alikes of hospital pages, patient stories and notices', () => {
  it('a family miracle, a service guarantee, a procedure done in one visit, care credited, no promise given', () => {
    const negatives = [
      'Our NICU babies are little miracles, and our nurses treat them that way.',
      'We guarantee your privacy: your records are never shared.',
      'The procedure is done in one visit and you can drive yourself home.',
      'Reversal agents can stop the effect of blood thinners in an emergency.',
      'He said the pain went away after a few days of rest and ice, as the doctor predicted.',
      'The cancer center celebrates 25 years of caring for every patient who walks through our doors.',
      'I thought the tea would fix my bloating overnight, but it did nothing.',
      "The surgeon was honest: no guarantee the tear won't come back.",
      'Everyone who attends the class gets a free glucose meter.',
    ];
    for (const text of negatives) expect([text, kinds(text)]).toEqual([text, []]);
  });

  it('the same words promising an outcome are claims', () => {
    expect(kinds('This balm is a miracle for my baby’s eczema.')).toContain('miracle');
    expect(kinds('We guarantee your pain will be gone after the first adjustment.')).toContain('guarantee');
    expect(kinds('Our laser cures toenail fungus in one visit.')).toContain('instant-results');
    expect(kinds('Stop the blood thinners, this garlic extract works better.')).toContain('treatment-replacement');
    expect(kinds("I didn't change a thing and did nothing, yet lost 15 lbs with these drops.")).toContain('effortless-weight-loss');
  });
});

describe('a vaccine substitute with the refusal after it', () => {
  it('"= all the immunity my baby needs, no vaccines"', () => {
    expect(kinds('breastmilk + elderberry = all the immunity my baby needs, no vaccines 🙅‍♀️')).toContain('vaccine-alternative');
  });

  it('a clinic listing what it gives is not', () => {
    expect(kinds('Vitamin D and a healthy diet support immunity, and vaccines add protection. No vaccines are given without consent.')).toEqual([]);
  });
});
