/**
 * English claim families added for writers the detector has not seen (README, "Checklist":
 * claims.prohibited): drugs by stem and by a reference list of common brand names, body parts and
 * the conditions of birth, sport and pets, care of birth, rehabilitation and animals, speed in
 * weeks and at the moment a remedy goes in, certainty in other words, "nobody it failed", more
 * ways to give up care, and look-alikes (a wish or prayer, gratitude "forever", service terms for
 * life, a warranty, a doubted report, a question others ask). Every sentence is written for these
 * tests, not taken from tests/corpus; each positive has a look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text).map((h) => h.kind);
const rules = (text: string): string[] => analyseClaims(text).map((c) => c.rule.id);
const features = (text: string, rule: string): string[] => analyseClaims(text).find((c) => c.rule.id === rule)?.features ?? [];

describe('drugs by stem and by name', () => {
  it('a brand or a generic stem is a treatment to stop', () => {
    expect(kinds('Ditch the Eliquis, this root thins your blood naturally.')).toContain('treatment-replacement');
    expect(kinds('Stop your montelukast, the salt cave clears asthma for good.')).toContain('treatment-replacement');
  });

  it('naming the drug in care is no claim', () => {
    expect(kinds('My cardiologist switched me from warfarin to Eliquis last spring.')).toEqual([]);
    expect(kinds('The pharmacist explained how montelukast and albuterol work together.')).toEqual([]);
  });
});

describe('health objects of birth, sport and pets; care of birth, rehabilitation and animals', () => {
  it('the conditions and the care are found', () => {
    expect(kinds('This balm heals torn hamstrings overnight.')).toContain('cure');
    expect(kinds("Our chews cured my dog's hip dysplasia, so we skipped the vet.")).toEqual(expect.arrayContaining(['cure', 'treatment-replacement']));
    expect(kinds('I turned down the c-section and the tea turned my breech baby in a day.')).toContain('treatment-replacement');
  });

  it('the same words in care and logistics are no claim', () => {
    expect(kinds('The physical therapist will check your hamstrings at the first visit.')).toEqual([]);
    expect(kinds('Our vet checks every puppy for hip dysplasia and heartworms.')).toEqual([]);
    expect(kinds('Our doulas support you whether you choose an epidural or not.')).toEqual([]);
  });
});

describe('speed', () => {
  it('weeks and the moment a remedy goes in are speed', () => {
    expect(kinds('The gel regrows hair in two weeks.')).toContain('instant-results');
    expect(kinds('My migraine was gone the second it went in.')).toContain('instant-results');
    expect(kinds('Just one gummy. Knee pain gone.')).toContain('instant-results');
    expect(features('Just one gummy. Knee pain gone.', 'instant.unit')).toContain('healthN');
  });

  it('a test turnaround or a pill schedule is not', () => {
    expect(kinds('Lab results are usually back in two weeks.')).toEqual([]);
    expect(kinds('Just one gummy with breakfast. Pick it up at the front desk.')).toEqual([]);
    expect(features('Free A1c fingerstick this Saturday, results in 5 minutes.', 'instant.word').some((f) => f.startsWith('logistics'))).toBe(true);
  });
});

describe('certainty and universality in other words', () => {
  it('sure-fire, and nobody it failed, with a health object', () => {
    expect(kinds('A sure-fire way to melt belly fat.')).toContain('guarantee');
    expect(kinds("I have never met a patient this brace couldn't help with back pain.")).toContain('universal-efficacy');
  });

  it('whatever the cause, against all strains, and "it worked for me, it will work for you"', () => {
    expect(kinds('Whatever the cause, our drops fix tinnitus.')).toContain('universal-efficacy');
    expect(kinds('Our formula is effective against all types of fungus.')).toContain('universal-efficacy');
    expect(kinds("it worked wonders for me and it'll work for you")).toContain('universal-efficacy');
    expect(kinds('It worked for me, but it may not work for you.')).toEqual([]);
    expect(kinds('Ask your doctor whether it will work for you too.')).toEqual([]);
  });

  it('the same words about a service', () => {
    expect(kinds('A foolproof way to book your appointment online.')).toEqual([]);
    expect(kinds("Our furnace repair service hasn't failed once in twenty years.")).toEqual([]);
  });
});

describe('giving up care, zero risk', () => {
  it('more ways to give up a treatment, and more ways to deny risk', () => {
    expect(kinds("Haven't needed my inhaler since I started the salt lamp.")).toContain('treatment-replacement');
    expect(kinds('Safe even for newborns, with no adverse reactions.')).toContain('zero-risk');
    expect(kinds("It's impossible to overdose on our drops.")).toContain('zero-risk');
  });
});

describe('replacing care in other words', () => {
  it("nature's X, works just like X, save yourself the X, X? don't need it, stopped refilling X", () => {
    expect(kinds("This blend is nature's Xanax.")).toContain('treatment-replacement');
    expect(kinds('Our drops work just like Ozempic.')).toContain('treatment-replacement');
    expect(kinds('Save yourself the knee surgery with our laser.')).toContain('treatment-replacement');
    expect(kinds("My inhaler? Don't need it anymore.")).toContain('treatment-replacement');
    expect(kinds('Stopped refilling my statin once I found beet juice.')).toContain('treatment-replacement');
  });

  it('the same words with no treatment, or a treatment given up after proven care', () => {
    expect(kinds("Nature's bounty of fresh vegetables at the market.")).toEqual([]);
    expect(kinds('Save yourself the trip: refill prescriptions online.')).toEqual([]);
    expect(kinds('Traded my walker for hiking boots after the knee replacement.')).toEqual([]);
    expect(features('Traded my walker for hiking boots after the knee replacement.', 'repl.stop')).toContain('careCredited');
    expect(kinds('Ditch your walker with our magnetic insoles.')).toContain('treatment-replacement');
  });
});

describe('look-alikes ruled out by context', () => {
  it('a prayer or a hope for healing is a hedge', () => {
    expect(kinds('Please keep praying for complete healing of her lungs.')).toEqual([]);
    expect(features('Please keep praying for complete healing of her lungs.', 'cure.heal')).toContain('hedge');
  });

  it('gratitude forever, service for life and a warranty are no permanence or guarantee', () => {
    expect(rules('We are forever grateful to the cardiac team.')).not.toContain('perm.word');
    expect(rules('Your hearing aids come with free adjustments for life.')).not.toContain('perm.word');
    expect(kinds('Lifetime warranty on every pair of hearing aids.')).toEqual([]);
    expect(kinds('My back pain is gone forever.')).toContain('permanence');
  });

  it('a claim held up to doubt or asked about by others is not made', () => {
    expect(kinds('Be wary of anyone who says their tea melts fat overnight.')).toEqual([]);
    expect(kinds('People keep asking if this tea cured my psoriasis. It did not.')).toEqual([]);
    expect(kinds('This oil cures psoriasis.')).toContain('cure');
  });
});
