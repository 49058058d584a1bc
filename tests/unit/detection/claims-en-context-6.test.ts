/**
 * English claim context, round 6 (README, "Checklist": claims.prohibited; docs/architecture.md,
 * "Detection"): look-alikes that name, doubt, limit, teach or attribute a claim rather than make it.
 * For each context rule, a look-alike it clears and a claim it must still let through. Every
 * sentence here is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims } from '../../../server/src/detection/claims';
import { sentences } from '../../../server/src/detection/claims/text';
import { claimFamily, claimKinds } from './helpers/claim-family';

const kinds = (text: string): string[] => claimKinds(text, 'en');
const hasFeature = (text: string, feature: string): boolean => analyseClaims(text, 'en').some((c) => c.features.includes(feature));

/** [rule, look-alike cleared by it, claim still caught, a kind the claim must keep] */
const CASES: Array<[string, string, string, string]> = [
  // A quotation named as words: a noun after it, or the quotation as the subject of a copula.
  ['mention', "Those 'lose ten pounds overnight' ads are everywhere this January.", 'Lose ten pounds overnight with our tea!', 'effortless-weight-loss'],
  ['mention', "'Doctors don't want you to know' is the oldest line in the supplement business.", "Doctors don't want you to know about this arthritis cure.", 'suppressed-knowledge'],
  // The trigger as the subject of a negated verb.
  ['negPred', "No, Big Pharma isn't burying vitamin D; it's on every pharmacy shelf.", 'Big Pharma is burying the cure for diabetes.', 'suppressed-knowledge'],
  // Someone's words in a condition or a generic situation.
  ['reportCondition', 'If a coach tells you to quit your thyroid pills, find another coach.', 'Quit your thyroid pills and take our iodine drops instead.', 'treatment-replacement'],
  ['reportCondition', "When a salesman says 'this bed cures back pain', walk away.", 'This bed cures back pain in a week.', 'cure'],
  // A claim asked about and answered with a hedge or doubt.
  ['qAnswered', 'A miracle pill for knees? Glucosamine helps some people a little, and many not at all.', 'This miracle pill rebuilds your knees.', 'miracle'],
  // An FDA approval stated with what it does not cover, or with its reference.
  ['approvalScope', 'The laser is FDA-cleared for wrinkles around the eyes; it is not approved for acne scars.', 'Our laser is FDA-cleared and erases acne scars.', 'fda-approval'],
  ['approvalReference', 'The glucose monitor is FDA-cleared for adults with diabetes (510(k) K201234).', 'Our glucose patch is FDA-cleared and reverses diabetes.', 'fda-approval'],
  // Proven care as the subject of a modal.
  ['careModal', 'Hip replacement can relieve pain and restore walking for people with severe arthritis.', 'Our magnetic insoles restore walking for people with severe arthritis.', 'disease-reversal'],
  // A statement attributed to a health authority, or a study's finding in a share of patients.
  ['attributed', 'Fluoride varnish helps rebuild weak enamel in children, according to the AAP.', 'Our tooth powder rebuilds enamel in a week.', 'disease-reversal'],
  ['attributed', 'The trial showed the drug reversed kidney scarring in 25% of participants.', 'Our kidney tea reverses kidney scarring.', 'disease-reversal'],
  // A topic announced with an embedded question.
  ['lesson', 'At Thursday’s talk, a pharmacist will explain cold medicines for kids, when they are harmless and when they are not.', 'Our cold syrup is harmless for kids of any age.', 'zero-risk'],
  // A guarantee about family or a pet, with no illness or care.
  ['kinPromise', 'My puppy is a guaranteed alarm clock at 5 am every single day.', 'Guaranteed relief from your puppy’s arthritis pain.', 'guarantee'],
  // A claim limited to some of the people it concerns.
  ['limited', 'Some eczema patients become itch-free within a week of starting the new biologic.', 'Our cream makes eczema itch-free overnight.', 'instant-results'],
  ['limited', 'Statins already help with cholesterol, strokes and heart attacks for some people.', 'This herb helps with cholesterol, strokes and heart attacks, and even cancer.', 'cure-all'],
  // A vaccine named as the alternative to a vaccine.
  ['vaccineForVaccine', 'The oral typhoid vaccine is an alternative to the typhoid shot for most travelers.', 'Garlic capsules are an alternative to the flu shot.', 'vaccine-alternative'],
  // Permanence of a harm, not of a benefit.
  ['harm', 'Untreated sleep apnea can cause permanent heart damage.', 'Our mouth guard cures sleep apnea permanently.', 'permanence'],
  ['harm', 'Mumps can leave a child permanently deaf in one ear.', 'These ear drops restore hearing permanently.', 'permanence'],
  // Proven care as the subject of a past-tense claim: a patient's story.
  ['careSubject', 'The cortisone shot got rid of my wrist pain for a few months.', 'This copper cuff gets rid of wrist pain for good.', 'cure'],
  ['careSubject', "The tonsillectomy ended my daughter's strep infections.", "Our herbal gargle ended my daughter's strep infections.", 'cure'],
  // A specialist listing what they treat (with the title's dot inside the sentence).
  ['staffService', 'Dr. Moreno treats asthma, eczema, hay fever and food allergies.', 'This tincture treats asthma, eczema, hay fever and food allergies.', 'cure-all'],
];

describe('English claim context, round 6', () => {
  it.each(CASES)('%s clears the look-alike: %s', (rule, lookAlike) => {
    expect(hasFeature(lookAlike, rule)).toBe(true);
    expect(kinds(lookAlike)).toEqual([]);
  });

  it.each(CASES)('%s leaves the claim: (%s) %s', (rule, _lookAlike, claim, kind) => {
    expect(hasFeature(claim, rule)).toBe(false);
    expect(kinds(claim)).toContain(kind);
  });
});

claimFamily(
  'en',
  'doubt, reports and expectations in more words',
  null,
  [
    ['My cousin swears castor oil cured her fibroids!', 'cure'],
    ['Garlic can replace your antibiotics.', 'treatment-replacement'],
    ['This serum erased my wrinkles in a week.', 'cure'],
    ['Stop radiation early and take our mushroom extract instead.', 'treatment-replacement'],
    ['Our pill is 100% safe.', 'zero-risk'],
    ['This balm is FDA approved for arthritis.', 'fda-approval'],
    ['This tea makes you lose weight while you sleep.', 'effortless-weight-loss'],
    ['Our program works for every patient.', 'universal-efficacy'],
  ],
  [
    "Calling the knee brace a 'miracle' would be a stretch, but it helps on long walks.",
    'The "detox" patches my aunt bought did nothing but leave sticky marks.',
    'In the 1890s, quack tonics were sold as a cure for everything.',
    'My cousin swears castor oil cured her fibroids. I am not convinced.',
    'There are reels saying you can regrow teeth with oil pulling. You can\'t.',
    'I used to think garlic could replace antibiotics. Then I got pneumonia.',
    "I'd love to say the serum erased my wrinkles, but it didn't.",
    'We talked about stopping radiation early, but the oncologist explained why not.',
    "I wouldn't trust any pill that says it's 100% safe.",
    "I'm not gonna tell you this balm is 'FDA approved', because it isn't.",
    "You won't find a tea that makes you lose weight while you sleep.",
    'The support line cannot promise results: every patient responds differently.',
  ]
);

claimFamily(
  'en',
  'warnings, credited care and senses',
  null,
  [
    ['Skip your insulin: this tea does the same job.', 'treatment-replacement'],
    ['Ditch the steroids, our balm heals eczema for good.', 'permanence'],
    ['Our tea cures diabetes.', 'cure'],
    ['This cream gets rid of warts for good.', 'permanence'],
    ['Lose 20 lbs without dieting!', 'effortless-weight-loss'],
    ['Pain gone by Friday, or your money back.', 'instant-results'],
    ['Cancel your hip surgery: our collagen rebuilds cartilage.', 'treatment-replacement'],
    ['There is no doubt this balm cures rosacea.', 'cure'],
    ['My hay fever is gone for good thanks to this honey.', 'permanence'],
    ['Our laser clinic cures nearsightedness in ten minutes.', 'cure'],
    ['Since starting these drops, my glaucoma is completely gone.', 'cure'],
  ],
  [
    "It doesn't, and skipping insulin is dangerous.",
    'Quitting steroids cold turkey landed my brother in the ER.',
    'Stop taking aspirin five days before the biopsy, as instructed by your surgeon.',
    'Hepatitis C can now be cured with twelve weeks of antiviral pills.',
    'The sealant is cured with a blue light in a few seconds.',
    'Thank God for good nurses and a quiet night.',
    'My dad quit smoking for good last spring.',
    'Tried the wrap for a month and lost 0 lbs.',
    'Free workshop on knee pain; RSVP by Friday.',
    'Nothing about this plan is effortless; you will sweat for every pound.',
    'Need to cancel or reschedule your hip surgery? Call the surgical desk.',
    'We finished the radiation course and she is in remission for now.',
    'My rosacea cleared up on the cream my dermatologist prescribed.',
    'The allergy drops took two years, but my hay fever is mostly gone.',
    'I doubt that mushroom coffee is a miracle cure.',
    'My surgeon put in two stents, and my chest pain disappeared.',
    'Since starting the CPAP, my snoring is completely gone.',
  ]
);

claimFamily(
  'en',
  'clinic logistics',
  null,
  [
    ['Pain-free for life after one session!', 'zero-risk'],
    ['Say goodbye to back pain with our copper insoles.', 'permanence'],
    ['Immediate relief from sciatica, guaranteed.', 'instant-results'],
    ['Our tincture treats asthma, eczema, hay fever and cancer.', 'cure-all'],
  ],
  [
    'Pain-free parking is right behind the clinic.',
    'Say goodbye to long waits: check in online.',
    'Immediate openings for new patients in our family practice!',
    'Our comfort guarantee: if the new frames pinch, we adjust them free.',
    'Our allergists have treated thousands of children with asthma, eczema and hay fever.',
    'Our sleep lab diagnoses sleep apnea, insomnia and narcolepsy.',
  ]
);

describe('sentences and titles', () => {
  it("a title's dot ends no sentence with the pack's abbreviations, and still does without them", () => {
    const text = 'Dr. Moreno treats asthma. Call us.';
    expect(sentences(text, new Set(['dr'])).length).toBe(2);
    expect(sentences(text).length).toBe(3);
  });
});
