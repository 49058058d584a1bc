/**
 * English claim constructions for writers the grammar has not seen (README, "Checklist":
 * claims.prohibited; the kinds of tests/corpus/README.md): a speed quantifier over a benefit noun
 * as a fragment ("Instant relief."), the first night or dose after a promise of relief, an action
 * over a pronoun whose antecedent is an illness named just before, "most cancers" as a universal
 * object rather than a hedge, near-total success rates and "prevents all injuries", "never once seen
 * it fail", zero side effects in more words, never getting sick again, weight lost while lounging,
 * an organ declared as good as new, one replacement verb over a coordination that ends in a drug,
 * hashtags that give a treatment up, more voices of suppression ("the FDA sat on it", "Doctors
 * Baffled", "didn't want me to know"), and list bullets as clause breaks. Look-alikes: instant
 * coffee and lab results, rare side effects, a staff percentage, slang "kills it", a first night in
 * hospital, a satisfaction rate, a replaced knee brace, a tattoo never again, TV in the waiting
 * room, a quoted promise the writer says failed. Every sentence is written for these tests, not
 * taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text).map((h) => h.kind);

describe('a speed quantifier over a benefit noun', () => {
  it('stand-alone fragments and headlines', () => {
    expect(kinds('Instant relief.')).toContain('instant-results');
    expect(kinds('Overnight results, no appointment needed!')).toContain('instant-results');
    expect(kinds('Bee-venom balm 🐝 Immediate joint relief!')).toContain('instant-results');
    expect(kinds('Mushroom coffee blend. Instant focus!')).toContain('instant-results');
  });

  it('the first night or dose after a promise', () => {
    expect(kinds('This mouthguard stops grinding first night, every night.')).toContain('instant-results');
    expect(kinds('Heartburn relief 1st dose or your money back')).toContain('instant-results');
  });

  it('coffee, lab results and care advice are not', () => {
    expect(kinds('Instant coffee and tea are free in the family lounge.')).toEqual([]);
    expect(kinds('Rapid flu tests give instant results during your visit.')).toEqual([]);
    expect(kinds('Your blood test results appear instantly in the patient portal.')).toEqual([]);
    expect(kinds("The 'instant results' they advertise on TikTok? Not for me, it took two months.")).toEqual([]);
    expect(kinds('My first night on the ward was noisy, but the nurses were lovely.')).toEqual([]);
  });
});

describe('an action over a pronoun whose antecedent is an illness', () => {
  it('the illness in the same or the previous clause', () => {
    expect(kinds('Lyme is just a parasite, and turpentine kills it.')).toContain('cure');
    expect(kinds('I had warts for years. Garlic paste destroyed them in a week.')).toContain('cure');
  });

  it('slang and negated care are not', () => {
    expect(kinds('Priya kills it on the rowing machine every Saturday.')).toEqual([]);
    expect(kinds("The first antibiotic didn't kill it, so her doctor switched to another.")).toEqual([]);
  });
});

describe('universal efficacy in more words', () => {
  it('"most cancers" as the object of a cure, a near-total success rate, "prevents all injuries", "never once seen it fail"', () => {
    expect(kinds('This mushroom tincture cures most cancers.')).toContain('cure');
    expect(kinds('Laser spine clinic • no hospital stay • 99% success rate')).toContain('universal-efficacy');
    expect(kinds('Our grip tape prevents all sports injuries, trust me.')).toContain('universal-efficacy');
    expect(kinds("Twelve years doing this cleanse and I've never once seen it fail.")).toContain('universal-efficacy');
  });

  it('information, staff and satisfaction figures are not', () => {
    expect(kinds('Antibiotics cure most infections caused by bacteria.')).toEqual([]);
    expect(kinds('100% of our nurses are certified in pediatric life support.')).toEqual([]);
    expect(kinds('We have a 98% patient satisfaction rate.')).toEqual([]);
    expect(kinds('Hand washing prevents many infections.')).toEqual([]);
  });
});

describe('zero risk and permanence in more words', () => {
  it('not a single side effect, no withdrawal, never getting sick again', () => {
    expect(kinds('Our kratom blend calms the nerves without a single side effect.')).toContain('zero-risk');
    expect(kinds('Come off opioids in five days with no withdrawal.')).toContain('zero-risk');
    expect(kinds('Cold plunges plus zinc = never getting sick again 🥶')).toContain('permanence');
  });

  it('rare side effects and a tattoo never again are not', () => {
    expect(kinds('Side effects are rare and usually mild; results vary.')).toEqual([]);
    expect(kinds("I'm never getting a tattoo again, that hurt.")).toEqual([]);
  });
});

describe('weight lost while lounging', () => {
  it('the weight word before "while watching", "while sitting"', () => {
    expect(kinds('Burn calories while sitting at your desk with this vibrating cushion.')).toContain('effortless-weight-loss');
    expect(kinds('Melt Inches While Watching Netflix')).toContain('effortless-weight-loss');
  });

  it('TV in the waiting room is not', () => {
    expect(kinds('Relax while watching TV in our waiting room.')).toEqual([]);
  });
});

describe('an organ declared as good as new', () => {
  it('clean as a whistle, brand new, years younger', () => {
    expect(kinds('Two cups a day and your arteries will be clean as a whistle.')).toContain('disease-reversal');
    expect(kinds('After the mud wraps my knees feel brand new!')).toContain('disease-reversal');
  });

  it('a scan read by the cardiologist is not', () => {
    expect(kinds('My arteries were clean, the cardiologist said after the scan.')).toEqual([]);
  });
});

describe('giving a treatment up in more forms', () => {
  it('one replacement verb over a coordination, and hashtags', () => {
    expect(kinds('This tonic replaces your coffee, your sleeping pills and your antacids.')).toContain('treatment-replacement');
    expect(kinds('Three months on raw milk 🥛 #ditchthemeds')).toContain('treatment-replacement');
    expect(kinds('Fixed my bunion with toe spacers #skipthesurgery')).toContain('treatment-replacement');
  });

  it('replaced gear and hashtags of thanks are not', () => {
    expect(kinds('I replaced my running shoes and my knee brace after the marathon.')).toEqual([]);
    expect(kinds('Five years clear today #cancersurvivor #thankyounurses')).toEqual([]);
  });
});

describe('more voices of suppression', () => {
  it('the FDA sat on it, a headline of baffled doctors, a doctor who did not want me to know', () => {
    expect(kinds('A vet found the cure for arthritis in 1998 and the CDC sat on the data.')).toContain('suppressed-knowledge');
    expect(kinds('Dermatologists Baffled: Mom Clears Eczema With Kitchen Staple')).toContain('suppressed-knowledge');
    expect(kinds("The Diet My Cardiologist Didn't Want Me to Know About")).toContain('suppressed-knowledge');
  });

  it('turnout and furniture are not', () => {
    expect(kinds('Doctors stunned by the turnout at the charity 5K.')).toEqual([]);
    expect(kinds('The cat sat on it all afternoon.')).toEqual([]);
  });
});

describe('list bullets end a negation', () => {
  it('a negation in the bullet before does not reach the next bullet', () => {
    expect(kinds('Knee pain clinic • no needles • 100% success rate • book today')).toContain('universal-efficacy');
  });
});
