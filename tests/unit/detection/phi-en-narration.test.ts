import { scanPhiText } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

/**
 * English people of a story named in plain narration (server/src/detection/phi/README.md, "People
 * in a story"): a given name as the subject of a health event, a name found again later or earlier
 * in the text, a name listed with a found name or paired with a relative, members of a
 * congregation; and the look-alikes that stay negative (public figures, staff, pets, eponyms).
 * Sentences written for these tests.
 */
const en = { language: 'en' } as const;

describe('PHI (en): a given name as the subject of a health event', () => {
  it.each([
    ['Quick update: Marisol was admitted last night with pneumonia.', 'Marisol'],
    ['Bryce rolled his ankle at practice so we are at urgent care.', 'Bryce'],
    ['Our whole house has the flu. Declan tested positive Monday.', 'Declan'],
    ['Grandpa is fine, but Walter broke his hip on the ice.', 'Walter'],
    ["Can't make book club, Priya had a seizure and we're in the ER.", 'Priya'],
    ['Hazel was diagnosed with type 1 at age 6; I learned to count carbs overnight.', 'Hazel'],
    ['Oliver is recovering at home after the transplant, thank you all.', 'Oliver'],
    ["It's been a long week. Nadia passed away Sunday surrounded by family.", 'Nadia'],
    ['Elise finished her last round of chemo today, so proud of my girl.', 'Elise'],
    ['When Rory got sick last winter, his teachers sent cards.', 'Rory'],
    ["Ava is in the NICU at 32 weeks and I haven't slept.", 'Ava'],
    ['Penny needs a kidney. Please share.', 'Penny'],
  ])('%s → %s', (text, span) => {
    expect(phiFindsSpan(text, span, en)).toBe(true);
  });

  it.each([
    // a public figure's full name in a text about nobody
    'Selena Gomez was diagnosed with lupus and spoke openly about her transplant.',
    'Brooke Shields broke her leg and talked about recovery on a podcast.',
    'Magic Johnson tested positive in 1991 and changed how America saw HIV.',
    // an eponym: the event right after the name is a compound noun
    'Tommy John surgery is named after a pitcher who had it and pitched for years.',
    // staff
    'Nurse Kelly was recovering from a cold, so the front desk covered calls.',
    'Jessica at the front desk was out sick, so bear with us.',
    // a place after a place cue
    'Hospitals in Jackson had a rough flu season.',
  ])('no person: %s', (text) => {
    expect(scanPhiText(text, en).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name')).toEqual([]);
  });
});

describe('PHI (en): names found again and lists', () => {
  it('finds the first mention of a name the text later introduces with a relation', () => {
    expect(phiFindsSpan('Theo had his tonsils out on Friday. My son Theo is a trooper.', 'Theo', en)).toBe(true);
    const text = 'Thanks for the cards. Kairo loved them! My grandson Kairo is home now.';
    expect(scanPhiText(text, en).filter((f) => f.match === 'Kairo')).toHaveLength(2);
  });

  it('does not carry a relative name onto a clinician who shares it', () => {
    const text = 'My daughter Grace came to every visit. Dr. Grace Liu was wonderful.';
    const found = scanPhiText(text, en).filter((f) => f.match.startsWith('Grace'));
    expect(found.map((f) => f.offset)).toEqual([text.indexOf('Grace')]);
  });

  it.each([
    ['Residents Herb and Lorraine celebrated 70 years; Herb drove Lorraine to every class.', 'Lorraine', { subjectNames: ['Herb'] }],
    ['Ben, Sara, and Micah all got the flu the same week.', 'Sara', {}],
    ['I could not have done it without Marco and Elena.', 'Elena', {}],
    ['Grandma and Hector drove up from the coast to help.', 'Hector', {}],
    ['Last spring my mom and Abel moved in with us.', 'Abel', {}],
    ['The grandkids (Noor, Felix, and Rosie) visited Sunday.', 'Rosie', {}],
  ])('%s → %s', (text, span, options) => {
    expect(phiFindsSpan(text, span, { ...en, ...options })).toBe(true);
  });

  it('keeps a list of staff and a list of brands negative', () => {
    for (const text of [
      'Our nurses Maria, Dana and Chloe won the Daisy Award this year.',
      'Jordan, Kayla and Priya from our billing team ran the 5K.',
      'Mercedes and Lexus drivers get free valet parking at our Main campus.',
    ]) {
      expect(scanPhiText(text, en)).toEqual([]);
    }
  });
});

describe('PHI (en): people acting with a relative, members, pets', () => {
  it('finds a name whose verb takes a relative of the writer', () => {
    expect(phiFindsSpan('Ellen drives Mom to dialysis three times a week.', 'Ellen', en)).toBe(true);
    expect(phiFindsSpan('Kira stayed with Dad overnight so I could sleep.', 'Kira', en)).toBe(true);
  });

  it('leaves a clinician named after a profession earlier in the sentence', () => {
    expect(scanPhiText('The night nurse, Marcos, checked on my dad every hour.', en).filter((f) => f.match === 'Marcos')).toEqual([]);
  });

  it('finds members of a congregation named by their title', () => {
    expect(phiFindsSpan('Keep Sister Adaeze in your prayers; her father is in the ICU.', 'Adaeze', en)).toBe(true);
    expect(phiFindsSpan("Brother Lonnie Haskins's wife needs a ride to her infusions.", 'Lonnie Haskins', en)).toBe(true);
    expect(scanPhiText('Casseroles for new parents: contact Sister Joy, office ext. 4.', en)).toEqual([]);
    expect(scanPhiText('Our parish nurse, Sister Mary Clare, checks blood pressure after Mass.', en)).toEqual([]);
  });

  it('names a partner by shorthand and a spouse of many years', () => {
    expect(phiFindsSpan('Hubby Dwayne took over the night feeds.', 'Dwayne', en)).toBe(true);
    expect(phiFindsSpan('My ex, Derek, has the kids on weekends.', 'Derek', en)).toBe(true);
    expect(phiFindsSpan('His wife of 50 yrs, Barb, never left his side.', 'Barb', en)).toBe(true);
  });

  it('names a kiddo after a possessive and a baby by its naming', () => {
    expect(phiFindsSpan('My kiddo Finn was so brave at the dentist.', 'Finn', en)).toBe(true);
    expect(phiFindsSpan('We named her Luna after my grandmother.', 'Luna', en)).toBe(true);
  });

  it('keeps pets and staff roles negative', () => {
    expect(scanPhiText('My golden retriever Cooper sat with me through every chemo recovery day.', en)).toEqual([]);
    expect(scanPhiText('Huge thanks to Kayla, our amazing scheduler, for squeezing me in!', en)).toEqual([]);
  });
});

describe('PHI (en): places and dates written in other ways', () => {
  it.each([
    ["Mom's at the nursing home over by Oak Lawn now.", 'Oak Lawn'],
    ["My daughter was diagnosed in Feb '22.", "Feb '22"],
    ['We buried Grandpa on 11-Nov-2023.', '11-Nov-2023'],
  ])('%s → %s', (text, span) => {
    expect(phiFindsSpan(text, span, en)).toBe(true);
  });

  it('keeps a staff biography and its place negative', () => {
    expect(scanPhiText('Meet Tom, our new physical therapist from Boise!', en)).toEqual([]);
    expect(scanPhiText('Our nurse practitioner Ashley grew up in Fargo and loves hiking.', en)).toEqual([]);
  });
});
