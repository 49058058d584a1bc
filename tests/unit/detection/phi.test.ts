/**
 * The PHI detector (server/src/detection/phi), one block per identifier kind, each with the
 * look-alikes that must pass. Sentences here are written for the tests, not copied from
 * tests/corpus.
 */
import { scanPhi, scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const OPTIONS: PhiOptions = { currentYear: 2026 };

function found(text: string, options: PhiOptions = OPTIONS): Array<[string, string]> {
  return scanPhiText(text, options).map((f) => [f.kind, f.match]);
}

function expectKind(text: string, kind: string, match: string, options?: PhiOptions): void {
  expect(found(text, options)).toContainEqual([kind, match]);
}

function expectNothing(text: string, options?: PhiOptions): void {
  expect(found(text, options)).toEqual([]);
}

describe('relatives and household members', () => {
  it.each([
    ['After the operation my son Matteo drove me home.', 'Matteo'],
    ['Her neighbour, Ilse, checked on her every day.', 'Ilse'],
    ['Our grandson Tobiah was born at 30 weeks.', 'Tobiah'],
    ['Grandpa Wendell still fishes every weekend.', 'Wendell'],
    ['Mom (Rosalind) came to every visit.', 'Rosalind'],
    ["Marco's wife, Giulia, sat with him.", 'Giulia'],
    ['my little brother Zeb is a nurse now', 'Zeb'],
    ['The POA is her son, Lorne Jr. for now.', 'Lorne Jr.'],
    ['Grandma June baked for the whole ward.', 'June'],
    ['our neighbor Mr. Ottoway brought soup', 'Ottoway'],
  ])('flags the name in %j', (text, name) => expectKind(text, 'relative-name', name));

  it('flags both names joined by "and"', () => {
    const names = found('Her sons Abel and Cyrus visited.').filter(([k]) => k === 'relative-name').map(([, m]) => m);
    expect(names).toEqual(['Abel', 'Cyrus']);
  });

  it('flags a family name', () => expectKind('Thank you from the Okonkwo family!', 'relative-name', 'Okonkwo'));

  it.each([
    'Dr. Alvarez and nurse Kim were wonderful.',
    'My son is 5 and loves the waiting room.',
    'Sister Agnes from the parish visits on Sundays.',
    'My husband Thursday mornings is busy.',
    'Our Child Life office has new games.',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'relative-name')).toEqual([]));

  it("flags the short form of the subject's name", () => {
    expect(found('Sofi is doing great!', { ...OPTIONS, subjectNames: ['Sofia Lopez'] })).toEqual([['subject-name', 'Sofi']]);
  });

  it('flags relatives even when the consent allows the subject name', () => {
    const options = { ...OPTIONS, subjectNames: ['Dana Reyes'], allowNames: true };
    expect(found('Dana Reyes and her daughter Mira thank the team.', options)).toEqual([['relative-name', 'Mira']]);
  });
});

describe('people signing or introducing themselves', () => {
  it.each([
    ['Best clinic in town. — Carla', 'Carla'],
    ['Hi this is Glenda about my appointment', 'Glenda'],
  ])('flags %j', (text, name) => expectKind(text, 'person-name', name));

  it('passes the consented subject signing', () => {
    expectNothing('Thank you all! — Dana', { ...OPTIONS, subjectNames: ['Dana Reyes'], allowNames: true });
  });
});

describe('places smaller than a state', () => {
  it.each([
    ['I drove up from Tulsa for the scan.', 'Tulsa'],
    ['Back home in Ogden, I walk every day.', 'Ogden'],
    ['Anyone from Otsego County in cardiac rehab?', 'Otsego County'],
    ['Mail cards to 12 Oak Ln, Barre, VT please', 'Barre'],
    ['Eunice resident Odile turned 70.', 'Eunice'],
    ['Meet Opal, 71, of Bishop Hill.', 'Bishop Hill'],
    ['We moved from Scottsdale to Flagstaff last year.', 'Flagstaff'],
    ['Drop-off at 1122 W. Pecan St., Deming.', 'Deming'],
    ['Tonight a Queens family needs help.', 'Queens'],
  ])('flags the place in %j', (text, place) => expectKind(text, 'place', place));

  it.each([
    'She moved to Texas in 2019.',
    'Our Texas sites open at 7:30.',
    'Thank you to the Kansas City Chiefs for the gowns.',
    'We had a slice of Alma\u2019s pie.',
    'Dr. Brandt grew up near Chadron and trained in Omaha.',
    'Our poster was presented at the conference in Orlando.',
    'We climbed the height of Everest on the stairs.',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'place')).toEqual([]));
});

describe('ZIP codes', () => {
  it.each([
    ['anyone in 48103 know a dentist?', '48103'],
    ['My zip is 60614, still out of network.', '60614'],
    ['patients in 05602, 05641 and 05663', '05663'],
    ['I live in the 10463 area', '10463'],
  ])('flags %j', (text, zip) => expectKind(text, 'zip-code', zip));

  it.each(['I walked 10001 steps today', 'We raised $12,000 and 15000 people came', 'In 2019 we saw 15000 patients'])('passes %j', (text) =>
    expect(found(text).filter(([k]) => k === 'zip-code')).toEqual([])
  );
});

describe('street addresses', () => {
  it.each([
    ['cards to 1418 Maple Ave, Apt 3 please', '1418 Maple Ave, Apt 3'],
    ['our house on 5th and Elm has steps', '5th and Elm'],
    ['He lives out on County Road 14.', 'County Road 14'],
    ['mail it to RR 2 Box 41, thanks', 'RR 2 Box 41'],
    ['She grew up on Cherry Street.', 'Cherry Street'],
  ])('flags %j', (text, match) => expectKind(text, 'street-address', match));

  it.each(['Find us at 4410 Westheimer Rd, Suite 300 — free parking.', 'the urgent care on Pine & 9th was quick', 'He is in Room 512 on the 3rd floor.'])(
    'passes %j',
    (text) => expect(found(text).filter(([k]) => k === 'street-address')).toEqual([])
  );
});

describe('emails, plain and obfuscated', () => {
  it.each([
    ['write to me: sam.ortiz@gmail.com', 'sam.ortiz@gmail.com'],
    ['email kmoss1962 at aol dot com', 'kmoss1962 at aol dot com'],
    ['sara.k (at) protonmail (dot) com', 'sara.k (at) protonmail (dot) com'],
    ['kate [dot] m [at] fastmail [dot] com.', 'kate [dot] m [at] fastmail [dot] com'],
    ['reach me j.okafor @ icloud . com', 'j.okafor @ icloud . com'],
    ['calvin[at]outlook[.]com', 'calvin[at]outlook[.]com'],
  ])('flags %j', (text, match) => expectKind(text, 'email', match));

  it.each([
    'New patients: email frontdesk@ourclinic.com for forms.',
    'We met at noon at the cafe.',
    'Visit us at sunrise.com for hours.',
  ])('passes %j', (text) => expectNothing(text));

  it("passes the clinic's own domain", () => expectNothing('Write to jo@sunrise.com', { ...OPTIONS, allowedDomains: ['sunrise.com'] }));
});

describe('phone numbers', () => {
  it.each([
    ['my cell is 3304128842, text me', '3304128842'],
    ['ring me on 715-882-3046.', '715-882-3046'],
    ['text my mom: three one zero, five five two, eight eight one four', 'three one zero, five five two, eight eight one four'],
  ])('flags %j', (text, match) => expectKind(text, 'phone', match));

  it.each([
    'Call 608-555-0190 to book your visit.',
    'Reach our navigator at (509) 555-0177 ext. 214.',
    'Order 12345678901 shipped.',
    'The account had 1284339912 points.',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'phone')).toEqual([]));

  it("passes the clinic's configured number", () => expectNothing('My cell is 715-882-3046', { ...OPTIONS, allowedPhones: ['(715) 882-3046'] }));
});

describe('social handles and personal sites', () => {
  it.each([
    ['Follow my journey @baldandbrave_tess', 'social-handle', '@baldandbrave_tess'],
    ['update from u/throwaway_knee today', 'social-handle', 'u/throwaway_knee'],
    ['find me on Instagram at the_ostomy_cowgirl', 'social-handle', 'the_ostomy_cowgirl'],
    ['new post on danaheals.wordpress.com today', 'personal-url', 'danaheals.wordpress.com'],
    ['my linktree is linktr.ee/lymphomalaurel', 'personal-url', 'linktr.ee/lymphomalaurel'],
    ['updates at caringbridge.org/visit/rosemarie', 'personal-url', 'caringbridge.org/visit/rosemarie'],
    ['thanks to all who followed along at beatingitwithbea.com', 'personal-url', 'beatingitwithbea.com'],
  ])('flags %j', (text, kind, match) => expectKind(text, kind, match));

  it.each([
    'Follow us @RiversideOrthoCare for tips!',
    'Loving this serum from @lashlab_official, code GLOW15 #ad',
    'I learned a lot from cdc.gov and lymphnet.org.',
    'Share: facebook.com/sharer.php?u=abc',
    'Email jo@example.com',
    'Read more on our blog at riversideclinic.com',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'social-handle' || k === 'personal-url')).toEqual([]));
});

describe('consent scope', () => {
  it('allows places and ages the consent covers, never relatives', () => {
    // Opal is the consenting subject, whose consent covers her name.
    const text = 'Opal, 97, of Bishop Hill, with her son Amos.';
    const subject: PhiOptions = { ...OPTIONS, subjectNames: ['Opal'], allowNames: true };
    expect(found(text, subject).map(([k]) => k)).toEqual(['age-over-89', 'place', 'relative-name']);
    expect(found(text, { ...subject, allowedKinds: ['place', 'age-over-89', 'relative-name'] })).toEqual([['relative-name', 'Amos']]);
    // Nobody's consent names her: her name is an identifier too.
    expect(found(text).map(([, m]) => m)).toContain('Opal');
  });
});

describe('paid endorsements', () => {
  it("passes the endorser's handle in its own field when the entry is sponsored", () => {
    const segments = [
      { path: ['influencer'], text: '@grace' },
      { path: ['post'], text: 'I love these facials. #ad Paid partnership with Riverside Clinic.' },
    ];
    expect(scanPhi(segments, OPTIONS)).toEqual([]);
    expect(scanPhi([segments[0] as { path: string[]; text: string }], OPTIONS).map((f) => f.kind)).toEqual(['social-handle']);
  });
});

describe('dates', () => {
  it.each([
    ['discharged on 4/17 and home by dinner', '4/17'],
    ['It happened on the 3rd of June.', 'the 3rd of June.'],
    ['Mom passed on the 11th.', 'the 11th'],
    ['surgery moved to Wednesday the 16th', 'Wednesday the 16th'],
    ['He had his port out on the twelfth!!', 'the twelfth'],
    ['three surgeries since November twentieth', 'November twentieth'],
    ['the night of 12.4.23 changed us', '12.4.23'],
    ['born on the Fourth of July', 'the Fourth of July'],
    ['the stroke on Christmas Eve', 'Christmas Eve'],
  ])('flags %j', (text, match) => expectKind(text, 'date', match));

  it.each([
    'Take 1/2 cup of oats.',
    'Pain went from 8/10 to 3/10.',
    'Quad strength 5/5 now.',
    'We are open 24/7.',
    'BP 120/80 today.',
    'In 2019 I started rehab.',
    'It was my 3rd time on the 2nd floor.',
    'Save the date: our picnic is Saturday, June 7!',
    'Merry Christmas from all of us.',
    'Appointments at 7:30 and 10:15.',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'date')).toEqual([]));
});

describe('ages over 89', () => {
  it.each([
    ["She's ninety-two and sharp.", 'ninety-two'],
    ['Oscar, 97, came to us from a farm.', '97'],
    ['My grandma is 93 and still bakes.', '93'],
    ['she was a hundred and one then', 'a hundred and one'],
    ['her 101st birthday party', '101st'],
    ['He was born in 1931 in a farmhouse.', '1931'],
    ['Nana Dot 1931\u20132024', '1931'],
  ])('flags %j', (text, match) => expect(found(text).some(([k, m]) => k === 'age-over-89' && m.includes(match))).toBe(true));

  it.each([
    "I'm 89 and I like a person answering the phone.",
    'Her score is 95 on the test.',
    'Suite 100, 2nd floor',
    'turned 90 degrees',
    'born in 1950',
    '120 people came',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => k === 'age-over-89')).toEqual([]));
});

describe('labelled identifiers', () => {
  it.each([
    ['my Tricare ID is 10293847561', 'health-plan-number', '10293847561'],
    ['my Medicare number (1EG4-TE5-MK72) was on file', 'health-plan-number', '1EG4-TE5-MK72'],
    ['Ohio plate HZT 4471 on the rig', 'vehicle-identifier', 'HZT 4471'],
    ['the serial over the phone (NX-88217-Q)', 'device-identifier', 'NX-88217-Q'],
    ['The team found my old chart (#HMC-558213)', 'medical-record-number', '#HMC-558213'],
    ['DL 558 214 907 renewed', 'certificate-license-number', '558 214 907'],
    ['checking acct 4471 0092 3318 for donations', 'account-number', '4471 0092 3318'],
    ['the VIN is 1HGCM82633A004352', 'vehicle-identifier', '1HGCM82633A004352'],
  ])('flags %j', (text, kind, match) => expect(found(text).some(([k, m]) => k === kind && m.includes(match.replace(/^#/, '')))).toBe(true));

  it.each([
    'Firmware on my CPAP updated to 3.11.204.7.',
    'Model AirSense 11 works fine.',
    'CPT 99213 and ICD-10 E11.9 were billed.',
    'Take 200 mg twice daily.',
    'The account had no balance in 2023.',
  ])('passes %j', (text) => expect(found(text).filter(([k]) => /number|identifier/.test(k))).toEqual([]));
});

describe('findings explain themselves', () => {
  it('gives family, why, reference and suggestion', () => {
    const [finding] = scanPhi([{ path: ['body'], text: 'Born on March 3, 2021 at home.' }], OPTIONS);
    expect(finding).toMatchObject({
      kind: 'date',
      family: 'identifier',
      reference: '45 CFR 164.514(b)(2)(i)(C)',
      suggestion: expect.stringMatching(/year/),
      why: expect.stringMatching(/\.$/),
    });
    expect(finding?.message).toContain('March 3, 2021');
  });
});

describe('cache', () => {
  it('returns the same findings for the same text and options, and different ones when options change', () => {
    const text = 'Call my cell 715-882-3046 today.';
    expect(found(text)).toEqual([['phone', '715-882-3046']]);
    expect(found(text)).toEqual([['phone', '715-882-3046']]);
    expect(found(text, { ...OPTIONS, allowedPhones: ['715-882-3046'] })).toEqual([]);
  });
});
