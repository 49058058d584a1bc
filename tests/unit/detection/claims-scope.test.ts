/**
 * Scope and context mechanisms of the claim detector (README, "What the detectors catch, and what
 * they miss"): how far a negator reaches, concessive "whether", durations versus opening hours.
 * Every sentence is written for these tests, not taken from tests/corpus; each positive has a
 * look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const features = (text: string, rule: string, language = 'en'): string[] => analyseClaims(text, language).find((c) => c.rule.id === rule)?.features ?? [];

describe('negation scope', () => {
  it('"without"/"no" negate their noun phrase, not a phrase after it', () => {
    expect(features('She limped in with a walker and strolled out without it after a single session.', 'instant.word')).not.toContain('neg');
    expect(features('No stiffness within minutes of the first capsule.', 'instant.word')).not.toContain('neg');
    // look-alikes: the negator still reaches a verb phrase and its own noun phrase
    expect(features('No capsule can clear arthritis within minutes.', 'instant.word')).toContain('neg');
    expect(features("It won't fix your knee after a single session.", 'instant.word')).toContain('neg');
  });

  it('a new subject after "and" ends a negation', () => {
    expect(features("I didn't change a thing and my eczema cleared up overnight.", 'instant.word')).not.toContain('neg');
    expect(features('Nothing clears eczema overnight.', 'instant.word')).toContain('neg');
  });
});

describe('context of the sentence', () => {
  it('a concessive "whether … or …" is a universal, not an indirect question', () => {
    expect(features('These drops help every single client, whether it is gout, migraines or acne.', 'universal.every')).not.toContain('refutes');
    expect(features('Patients often ask whether the drops help every single client.', 'universal.every')).toContain('refutes');
  });

  it('a duration in hours is not the opening hours', () => {
    expect(features('Knock out a migraine in 2 hours!', 'instant.word')).not.toContain('logistics');
    expect(features('Our opening hours are 9 to 5, and the lab reports results within 2 hours.', 'instant.word').some((f) => f.startsWith('logistics'))).toBe(
      true
    );
  });
});

describe('meta-discussion of quoted claims', () => {
  it('a text that names a quoted claim as an ad, a video or a phrase does not make the claims around it', () => {
    expect(kinds('Those "melt fat while you sleep" videos fooled my aunt. She dropped 5 lbs of water and gained it all back.')).toEqual([]);
    expect(kinds('"Doctors hate this trick" — every time I see that headline I close the tab. Everyone I know ignores it.')).toEqual([]);
    expect(features('Those "melt fat while you sleep" videos fooled my aunt.', 'ewl.without')).toContain('quotedClaim');
  });

  it('a quoted testimonial or a quoted claim without such a noun is still a claim', () => {
    expect(kinds('Our patients say it best: "my back pain was gone overnight!"')).toContain('instant-results');
    expect(features('This cream melts belly fat while you sleep.', 'ewl.without')).not.toContain('quotedClaim');
  });

  it('works from the Spanish pack too', () => {
    expect(features('Ese video de "adelgaza mientras duermes" es puro cuento.', 'ewl.without', 'es')).toContain('quotedClaim');
    expect(kinds('Ese video de "adelgaza mientras duermes" es puro cuento. Mi prima bajó 3 kilos de agua y los recuperó.', 'es')).toEqual([]);
  });
});

describe('services named as such', () => {
  it('diseases listed next to a vaccine word are the shots on offer, not a cure-all', () => {
    expect(kinds('Booster clinic this Saturday: flu, pneumonia, COVID and shingles.')).not.toContain('cure-all');
    expect(kinds('Our tincture: arthritis, migraines, asthma and eczema, all gone.')).toContain('cure-all');
  });

  it('a diagnostic test turnaround is logistics', () => {
    expect(features('Rapid flu tests give results in 20 minutes.', 'instant.word').some((f) => f.startsWith('logistics'))).toBe(true);
    expect(features('This tea clears the flu in 20 minutes.', 'instant.word').some((f) => f.startsWith('logistics'))).toBe(false);
  });
});

describe('yes/no questions about a claim', () => {
  it('a claim asked about is not made', () => {
    expect(kinds('Can apple cider vinegar really cure diabetes?')).toEqual([]);
    expect(kinds('Does this patch melt belly fat while you sleep? Our dietitian looked at the research.')).toEqual([]);
    expect(kinds('¿Puede el jengibre curar la artritis?', 'es')).toEqual([]);
  });

  it('a rhetorical question or one answered yes is still a claim', () => {
    expect(kinds('Did you know this tea cures diabetes?')).toContain('cure');
    expect(kinds('Can this balm cure eczema? Absolutely, in a week.')).toContain('cure');
    expect(kinds('Can this balm cure eczema? Our customers say yes.')).toContain('cure');
    expect(kinds('¿Puede el jengibre curar la artritis? ¡Sí, para siempre!', 'es').length).toBeGreaterThan(0);
  });
});

describe('effort in weight loss', () => {
  it('a loss with the effort behind it, or at a realistic pace, is not effortless', () => {
    expect(kinds('I lost 12 lbs by walking every morning and cooking at home.')).toEqual([]);
    expect(kinds('She dropped 20 pounds over eight months with her dietitian.')).toEqual([]);
    expect(features('I lost 12 lbs by walking every morning.', 'ewl.without')).toContain('effortful');
  });

  it('denied effort is the effortless promise', () => {
    expect(kinds('Lost 12 lbs with these drops, no gym, no diet!')).toContain('effortless-weight-loss');
    expect(features('Lost 12 lbs with these drops, no gym, no diet!', 'ewl.without')).not.toContain('effort');
  });
});

describe('claims attributed to an ad or a seller', () => {
  it('a quote attributed to an ad or a seller marks the text as discussing claims', () => {
    expect(kinds('"Reverses arthritis in a week," said the salesman at the fair. I laughed.')).toEqual([]);
    expect(kinds('"Cura la diabetes en una semana", me dijo el vendedor del mercado. No le creí.', 'es')).toEqual([]);
    expect(kinds('"Sin efectos secundarios" y "resultados inmediatos": todo eso decía el folleto.', 'es')).toEqual([]);
  });

  it('a term asked about and then explained is not claimed', () => {
    expect(kinds('FDA-cleared? It only means the device is similar to one already on the market.')).toEqual([]);
  });

  it('the seller speaking as the author still makes the claim', () => {
    expect(kinds('Our balm reverses arthritis in a week, guaranteed.')).toContain('disease-reversal');
  });
});

describe('a claim refuted right after it', () => {
  it('"… don\'t exist", "… isn\'t realistic" refute the claim before them', () => {
    expect(kinds("Miracle cures for arthritis don't exist.")).toEqual([]);
    expect(kinds('Overnight results are not realistic, whatever the label says.')).toEqual([]);
  });

  it('a negated predicate of another kind does not', () => {
    expect(kinds("This cream cures eczema and doesn't sting.")).toContain('cure');
  });
});

describe('a quantifier over patients with a service as its predicate', () => {
  it('"every patient is offered / gets a dedicated nurse" is a service', () => {
    expect(features('Every patient is offered a follow-up call within a week.', 'universal.every')).toContain('serviceAfter');
    expect(features('Every patient gets a dedicated nurse for the whole stay.', 'universal.every')).toContain('serviceAfter');
  });

  it('an outcome after the quantifier is still a universal claim', () => {
    expect(features('Every patient gets results in a week.', 'universal.every')).not.toContain('serviceAfter');
    expect(kinds('Every patient walks out pain-free, guaranteed.')).toContain('universal-efficacy');
  });
});

describe('a proven treatment called a scam', () => {
  it('does not make the sentence a refutation', () => {
    expect(features("What your dentist won't tell you: fillings are a scam.", 'supp.know')).not.toContain('refutes');
    expect(kinds("What your dentist won't tell you: fillings are a scam.")).toContain('suppressed-knowledge');
  });

  it('calling the claim a scam still refutes it', () => {
    expect(features('"Cures arthritis overnight" is a scam, plain and simple.', 'instant.word')).toContain('refutes');
  });
});
