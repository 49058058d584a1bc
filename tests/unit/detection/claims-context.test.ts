/**
 * General patterns of the claim detector (README, "What the detectors catch, and what they
 * miss"): the scope of negation beyond the word window, negators that intensify ("no doubt"),
 * warnings and referrals around a stopped treatment, and the grammar of the red-flag families
 * in English and Spanish. Every sentence here is written for these tests, not taken from
 * tests/corpus; each positive has a look-alike that must pass.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const features = (text: string, rule: string, language = 'en'): string[] =>
  analyseClaims(text, language).find((c) => c.rule.id === rule)?.features ?? [];

describe('negation scope', () => {
  it('a clause-wide negation rules out a claim far from it', () => {
    expect(kinds('There is no supplement on the market that can melt belly fat while you sleep.')).toEqual([]);
    expect(kinds("There's no such thing as a tonic that cures arthritis forever.")).toEqual([]);
    expect(features('There is no supplement on the market that can melt belly fat while you sleep.', 'ewl.without')).toContain('negx');
  });

  it('"no need", "no doubt" and "not only" do not negate the claim', () => {
    expect(kinds("There's no need to keep taking insulin: our tea cures diabetes for good.")).toEqual(expect.arrayContaining(['permanence']));
    expect(kinds('There is no doubt this balm cures eczema.')).toContain('cure');
    expect(kinds('It not only cures acne, it reverses wrinkles.')).toEqual(expect.arrayContaining(['cure', 'disease-reversal']));
    expect(features('There is no doubt this balm cures eczema.', 'cure.word')).not.toContain('neg');
  });

  it('what "they" will never tell you is asserted; the speaker\'s own refusal is a negation', () => {
    expect(kinds('They will never tell you that fasting cures cancer.')).toContain('suppressed-knowledge');
    expect(features('They will never tell you that fasting cures cancer.', 'cure.word')).not.toContain('neg');
    expect(kinds('I will never tell you a supplement replaces your medication.')).toEqual([]);
    expect(kinds("I'll never tell you a supplement replaces your medication.")).toEqual([]);
  });

  it('a plain negator still negates', () => {
    expect(kinds("This balm doesn't cure eczema.")).toEqual([]);
  });
});

describe('stopping a treatment: warnings and referrals', () => {
  it('stopping named as the subject of a warning is a caution', () => {
    expect(kinds('Quitting your blood pressure pills on your own can cause a dangerous spike.')).toEqual([]);
    expect(features('Quitting your blood pressure pills on your own can cause a dangerous spike.', 'repl.stop')).toContain('warnedAct');
  });

  it('an order to stop stays a claim, even with a warning about the treatment', () => {
    expect(kinds('Ditch your statins because they can cause muscle damage.')).toContain('treatment-replacement');
    expect(kinds('Stopping your statin was the best thing I ever did, my cholesterol is fine now.')).toContain('treatment-replacement');
  });

  it('a referral to the professional the claim names is care, not its replacement', () => {
    expect(kinds('If the rash spreads, see a dermatologist instead.')).toEqual([]);
    expect(kinds('See a chiropractor instead of your doctor.')).toContain('treatment-replacement');
  });
});

describe('names, refusals and services', () => {
  it.each([
    'The Cure Parkinson’s Society raised funds for our movement-disorders clinic.',
    'Stop by the Miracle-Ear booth for a free hearing screening.',
    "We're not going to tell you this is a miracle: it's a good pillow with a 90-night trial.",
    'influencer says "this balm cures psoriasis forever" nope. psoriasis is chronic.',
    'Instant-read thermometers are back in stock.',
    'Risk-free cancellation: cancel your plan anytime.',
    'Our pulmonologists treat asthma, COPD, sleep apnea and lung cancer.',
  ])('passes %j', (text) => expect(kinds(text)).toEqual([]));

  it.each([
    ['Miracle Cure for arthritis!', 'miracle'],
    ['We treat arthritis, diabetes, lupus and cancer with our ozone drip.', 'cure-all'],
    ['Totally risk free for your heart.', 'zero-risk'],
  ])('flags %j', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('context features for the classifier', () => {
  it('a clinic offering care before a list of conditions is marked as a service', () => {
    expect(features('Our neurology department treats migraines, epilepsy, lupus and stroke.', 'cureall.list')).toContain('service');
    expect(features('This oil treats migraines, epilepsy, lupus and stroke.', 'cureall.list')).not.toContain('service');
  });

  it('red flags of other families in the same sentence are features of each other', () => {
    expect(features('Cures UTIs in 24 hours.', 'instant.word')).toContain('co=cure');
    expect(features('Cures UTIs. Results in 24 hours.', 'instant.word')).not.toContain('co=cure');
  });
});

describe('English red-flag families: phrasings beyond the obvious', () => {
  it.each([
    ['Your cardiologist has been keeping this from you for years.', 'suppressed-knowledge'],
    ['Not a single client has failed to see results.', 'universal-efficacy'],
    ['Nine out of nine patients recovered completely.', 'universal-efficacy'],
    ['This oil is pure magic for my joints.', 'miracle'],
    ['Pain relief within the hour.', 'instant-results'],
    ['Your allergies will never bother you again.', 'permanence'],
    ['Lifelong relief from migraines.', 'permanence'],
    ['Slimmed down two sizes and still had dessert every night.', 'effortless-weight-loss'],
    ['Pop two gummies and watch the pounds disappear.', 'effortless-weight-loss'],
    ['Mainstream doctors laugh at it, until they see the results.', 'suppressed-knowledge'],
    ['Pharma execs would lose billions if this got out.', 'suppressed-knowledge'],
    ['Whatever you’re dealing with, this will help.', 'universal-efficacy'],
    ['I told a dozen friends and it has worked for each of them.', 'universal-efficacy'],
    ['It helps all skin types, all ages, all conditions.', 'universal-efficacy'],
    ['Nobody walks out of here still in pain.', 'universal-efficacy'],
    ['It’s good for what ails you.', 'cure-all'],
    ['Headache relief in as little as 20 minutes.', 'instant-results'],
    ['Why keep paying for prescriptions?', 'treatment-replacement'],
  ])('flags %j', (text, kind) => expect(kinds(text)).toContain(kind));

  // The grammar reads this one; the sentence reader's veto drops it (docs/architecture.md, "The
  // sentence reader": a known miss of the veto).
  it('the grammar flags "What your GP isn’t telling you about thyroid health."', () => {
    expect(detectClaims('What your GP isn’t telling you about thyroid health.', { reader: null }, 'en').map((h) => h.kind)).toContain('suppressed-knowledge');
  });

  it.each([
    'The nurse isn’t telling you anything your chart doesn’t say.',
    'Our clinic scored 10 out of 10 in the state inspection.',
    'It’s little wonder the new salad bar is popular with staff.',
    'He will never hold a grudge again.',
    'Wake up by 7 for your fasting labs.',
    'Our café still has dessert every night.',
    'Doctors laugh at my jokes.',
    'We see patients of all ages, all sizes and all backgrounds.',
  ])('passes %j', (text) => expect(kinds(text)).toEqual([]));
});

describe('Spanish red-flag families: phrasings beyond the obvious', () => {
  it.each([
    ['Alivio del dolor de rodilla en cuestión de horas.', 'instant-results'],
    ['Con una sola gota notarás la diferencia.', 'instant-results'],
    ['Despierta mañana sin acidez.', 'instant-results'],
    ['El insomnio desaparece esa misma noche.', 'instant-results'],
    ['Protege a tus hijos del sarampión con nuestras gotas homeopáticas.', 'vaccine-alternative'],
    ['Las vacunas no sirven, la vitamina C protege mejor.', 'vaccine-alternative'],
    ['Este jarabe de saúco hace lo mismo que la vacuna de la gripe.', 'vaccine-alternative'],
    ['Para qué vacunarte si tu cuerpo se defiende solo.', 'vaccine-alternative'],
    ['A los cinco minutos ya no sentía el dolor.', 'instant-results'],
    ['Los kilos se derriten solos.', 'effortless-weight-loss'],
    ['A todos mis pacientes les ha funcionado.', 'universal-efficacy'],
    ['Nunca ha fallado en nadie.', 'universal-efficacy'],
    ['Este aceite es pura magia para las articulaciones.', 'miracle'],
    ['Mi tía quedó libre de cáncer con este té de hierbas.', 'cure'],
    ['Estas cápsulas matan las células del tumor.', 'cure'],
    ['Cura la hernia de disco sin cirugía.', 'treatment-replacement'],
    ['Baja el azúcar sin necesidad de insulina.', 'treatment-replacement'],
    ['No le hagan caso al pediatra, el aceite de coco basta.', 'treatment-replacement'],
    ['Sonrisa perfecta sin ninguna molestia ni riesgo.', 'zero-risk'],
    ['Relaja sin crear dependencia.', 'zero-risk'],
    ['Con esta vitamina nunca más se enferma de gripe.', 'permanence'],
    ['Los dentistas lo saben pero se callan.', 'suppressed-knowledge'],
    ['Es un verdadero milagro para la circulación.', 'miracle'],
    ['Amaneces con 2 tallas menos.', 'instant-results'],
    ['Quita la migraña en una sola noche.', 'instant-results'],
    ['Todos nuestros pacientes recuperan la movilidad.', 'universal-efficacy'],
    ['Lo que los reumatólogos no les dicen 🤐 el jengibre cura la artritis para siempre.', 'permanence'],
  ])('flags %j', (text, kind) => expect(kinds(text, 'es')).toContain(kind));

  it.each([
    'La vacuna protege a los niños contra el sarampión.',
    'Las vacunas no son peligrosas y salvan vidas.',
    'Le damos cita esa misma tarde.',
    'La vacuna se aplica sin agujas en la nariz.',
    'Los resultados del laboratorio están en cuestión de horas.',
    'A las dos horas de la cirugía le daremos de alta si no hay dolor.',
    'Nuestro sistema de citas nunca ha fallado en 10 años.',
    'Esta bebé es una bendición para la familia.',
    'Gracias a los doctores, mi hijo está libre de cáncer desde hace cinco años.',
    'Pensé que el jarabe me iba a curar la tos pero no, al final el doctor me dio antibiótico.',
    'Videoconsulta con un médico en minutos, todos los días.',
  ])('passes %j', (text) => expect(kinds(text, 'es')).toEqual([]));
});
