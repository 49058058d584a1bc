/**
 * Text for the scanner benchmark: realistic marketing prose built from varied sentences (most of
 * them clean, some with identifiers, claims, outcomes and hype, in the proportions an editor's
 * drafts might have), and hostile inputs aimed at each scanner's patterns.
 */

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus on every run. */
export const prng = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Everyday clinic copy: must pass every scanner (durations, doses, prices, years, times, scores). */
const CLEAN = [
  'Our physiotherapy team sees patients from across the valley every weekday.',
  'The first appointment takes about 45 minutes and includes a gentle assessment.',
  'Parking is free behind the main building, and the entrance has step-free access.',
  'Most sessions cost $85, and many insurance plans cover part of the fee.',
  'The clinic opened in 1998 and moved to its current building in 2015.',
  'Take 200 mg with food, twice a day, unless your doctor says otherwise.',
  'We are open from 8:30 to 17:00, and until 19:30 on Thursdays.',
  'Her balance score went up by a few points over the summer.',
  'Bring comfortable shoes and a bottle of water to your session.',
  'Each plan is written with you and reviewed every six weeks.',
  'The waiting room has a children’s corner and a small library.',
  'Our nurses can answer questions about wound dressings and stitches.',
  'In 2023 the team ran 3 community walks and a free posture workshop.',
  'Version 2.4 of the exercise app adds reminders and a progress chart.',
  'Ask at the front desk about evening appointments and telehealth visits.',
  'Recovery after knee surgery usually takes several months of steady work.',
  'We explain every option, including the risks, before anything is decided.',
  'The café on the ground floor serves soup, sandwiches and herbal tea.',
  'Our dietitian runs small group sessions on cooking for the whole family.',
  'Physical therapy can help some people move with less discomfort over time.',
  'A referral letter is helpful but not required for your first visit.',
  'The hydrotherapy pool is kept at 34 degrees for comfort.',
  'Classes are capped at eight people so everyone gets attention.',
  'Read our privacy notice at https://riverside-clinic.example/privacy before you book.',
  'Call the front desk on +1 555 010 2000 to change an appointment.',
  'Email privacy@riverside-clinic.example if you have questions about your records.',
  'Patients rate the clinic 4.8 out of 5 on average.',
  'The programme runs for 12 weeks, with a check-in every 3 weeks.',
  'I was nervous at first, but the staff made me feel at ease — every single visit.',
  'My physiotherapist showed me how to use the stairs safely again.',
];

/** Occasional problems, so scanners find (and format) findings as they would in real drafts. */
const FLAGGED = [
  'You can reach me at 555-201-3344 if you want to hear more.',
  'Write to dana.w@example.com for the full story.',
  'My MRN: 00482913 was on every form they gave me.',
  'I was admitted on March 3, 2021 and discharged two days later.',
  'We live at 42 Elm Street, Springfield 62704, close to the park.',
  'Member ID W123456789 covered most of the cost.',
  'My SSN 123-45-6789 was checked at reception.',
  'Follow my recovery at https://instagram.com/dana.walks.again every week.',
  'At 92 years old, my grandmother joined the class too.',
  'The device serial number SN 4F7Q-22K9-XP01 is on the back of the brace.',
  'This miracle treatment cured my arthritis in weeks.',
  'Results are guaranteed, or your money back.',
  'It is clinically proven to reduce joint pain.',
  'Studies show that our method lowers blood pressure.',
  'It is completely risk-free and has no side effects.',
  'I lost 40 pounds and my back pain is gone.',
  'This is the best, most amazing clinic in the world, act now while places last!',
  'Only 3 spots left this month: book today!',
  'Our supplement supports immune health and boosts energy.',
  'I no longer need my inhaler after the breathing course.',
];

/** Disclosures end each text, so "first match" scanners still read every character before them. */
export const CLOSING = '\n\nIndividual results vary. #ad I received the treatment for free in exchange for this review.';

/**
 * About `bytes` bytes (UTF-8) of prose: paragraphs of 4–9 sentences, roughly 1 in 12 sentences
 * carrying an identifier or a claim.
 */
export const realisticProse = (bytes: number, seed = 20260101): string => {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes - CLOSING.length) {
    const sentences: string[] = [];
    const count = 4 + Math.floor(random() * 6);
    for (let i = 0; i < count; i += 1) sentences.push(random() < 1 / 12 ? pick(FLAGGED) : pick(CLEAN));
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return `${parts.join('').trimEnd()}${CLOSING}`;
};

/** `unit` repeated to at least `bytes` characters (ASCII units: one byte each). */
const repeat = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/**
 * Hostile inputs: long runs that the digit-run, '@', URL and phrase detectors key on, and phrases
 * that almost match (so a backtracking pattern would retry them at every position).
 */
export const adversarialInputs = (bytes: number): Array<{ name: string; text: string }> => [
  { name: 'digits', text: repeat('1234567890', bytes) },
  { name: 'digit-dash', text: repeat('555-', bytes) },
  { name: 'digit-dot', text: repeat('1.2.', bytes) },
  { name: 'digit-space', text: repeat('12 ', bytes) },
  { name: 'at-signs', text: repeat('@', bytes) },
  { name: 'email-like', text: repeat('a.b@c', bytes) },
  { name: 'url-like', text: repeat('http://a', bytes) },
  { name: 'label-runs', text: repeat('MRN: ID # ', bytes) },
  { name: 'a-run', text: repeat('a', bytes) },
  { name: 'space-run', text: `x${' '.repeat(bytes - 2)}x` },
  { name: 'near-miss-claims', text: repeat('clinically prove studies sho risk fre guarante miracl no side effec ', bytes) },
  { name: 'near-miss-outcomes', text: repeat('my knee my back my pain is almos i lost pounds went from a size ', bytes) },
  { name: 'near-miss-disclosure', text: repeat('i received a lovely gift basket from the team and ', bytes) },
  { name: 'near-miss-health', text: repeat('reduces lowers boosts eases the ', bytes) },
  { name: 'near-miss-tone', text: repeat('limited tim act no bes amazin ', bytes) },
  { name: 'dotted-I', text: repeat('\u0130', bytes) },
];
