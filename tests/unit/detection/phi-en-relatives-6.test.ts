/**
 * English relatives, people of the writer's community, towns and streets named by constructions
 * (server/src/detection/phi: people.ts, names.ts, places.ts, streets.ts, shapes.ts and the pack
 * fields they read in packs/en.ts; server/src/detection/phi/README.md, "People in a story",
 * "Relatives before their relation", "Places by grammar", "Homes on a street"):
 * - a name that owns a relation or a personal noun after it in its clause ("Rosalie, who drives
 *   her husband Walt…"; pack `ownerPossessives`), a full name before a record's label ("RE: Gloria
 *   Fenn, DOB…"; `recordLabels`), a name and the relation alone in parentheses ("Marnie Cole
 *   (daughter)"), a name and where the person lives ("Darnell in Topeka"; `originCues`), a member's
 *   title before a name outside the lexicon in a story construction ("keep Sister Adaeze in your
 *   prayers"), a relation, a phrase (`relationPhraseLinks`) and the apposed name ("my neighbor
 *   across the hall, Rosalind,"), a relation and a dash ("my daughter — Wren —"), a name and where
 *   the person of the community is from ("Edna from church"; `communityOrigins`), who posts the
 *   writer's news ("posted by Kelsey"), "married to", "the Halvorsen house" (`familyWordsAfter`);
 * - a town's possessive before a full name, an article, the town and lower-case nouns ("the
 *   Spokane transplant team"), a town before where a person comes from ("Tulsa born";
 *   `placeOriginAfter`), a town's people ("Omaha moms"; `placeCommunityNouns`), the town closing a
 *   venue in a text that names a person (`venueWords`), "toward", "moved from", a listed name
 *   ending in a settlement word ("Midwest City");
 * - a hundred block without a suffix, a corner after "the corner of", a home on a street ending
 *   in "Dr".
 * Their look-alikes stay negative: staff, titles of works, famous people in texts about nobody,
 * brands, given-name towns, institutions, the organisation's own events.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const NAME_KINDS = ['relative-name', 'person-name', 'subject-name'];

/** [text, span, kinds]: the span is found as one of the kinds. */
const POSITIVES: Array<[string, string, string[]]> = [
  // a name that owns a relation or a personal noun after it
  ['Rosalie, who drives her husband Walt to dialysis three times a week, never misses a day.', 'Rosalie', NAME_KINDS],
  ['On the podcast Dmitri explains how his grandmother’s walker got lost at the airport.', 'Dmitri', NAME_KINDS],
  ['Tonight Desmond finally walked the hall after his surgery, my heart is full.', 'Desmond', NAME_KINDS],
  // a full name before a record's label
  ['RE: Gloria Fenn, DOB 04/02/1941. Please send her imaging to me, I am her son.', 'Gloria Fenn', NAME_KINDS],
  ['Tag for the backpack: Milo Grant / DOB 07-14-2017 / peanut allergy', 'Milo Grant', NAME_KINDS],
  ['Appeal for member Curtis J. Vale, Member ID on the attached card, written by his wife.', 'Curtis J. Vale', NAME_KINDS],
  // the relation alone in parentheses
  ['From: Marnie Cole (daughter). Please fax the discharge papers to the number below.', 'Marnie Cole', NAME_KINDS],
  // where the person lives
  ['A review from Darnell in Topeka: my dad walks to the mailbox again!', 'Darnell', NAME_KINDS],
  // a member's title before a name outside the lexicons
  ['Please keep Sister Adaeze in your prayers as she recovers from her fall.', 'Adaeze', NAME_KINDS],
  // a relation, a phrase and the apposed name
  ['My neighbor across the hall, Rosalind, found me after the fall.', 'Rosalind', NAME_KINDS],
  ['My partner of ten years, Rowan, handles all of my meds now.', 'Rowan', NAME_KINDS],
  // a relation and a dash
  ['My daughter — Wren — starts kindergarten a year after her heart surgery.', 'Wren', NAME_KINDS],
  // where a person of the community is from
  ['Edna from church dropped off soup for my dad again.', 'Edna', NAME_KINDS],
  ['Hal down the street shovels our walk since my stroke.', 'Hal', NAME_KINDS],
  // who posts the writer's news, "married to", relations
  ['Update posted by Kelsey: Dad is out of surgery and resting.', 'Kelsey', NAME_KINDS],
  ['I was married to Clifford for 41 years before his stroke.', 'Clifford', NAME_KINDS],
  ['My great-niece Delphine drew me a get-well card.', 'Delphine', NAME_KINDS],
  ['Big news from the Halvorsen house: Grandpa is home from rehab!', 'Halvorsen', NAME_KINDS],
  ["Can someone grab Tobias from practice? I'm stuck at the hospital with my mom.", 'Tobias', NAME_KINDS],
  // towns by grammar
  ["'I never saw it coming,' says Kenosha's Lorna Blaisdell, whose husband found her after the stroke.", 'Kenosha', ['place']],
  ['My brother wants the Spokane transplant team to know he is doing great.', 'Spokane', ['place']],
  ['Tulsa born, Omaha now, and my dad still calls every Sunday.', 'Tulsa', ['place']],
  ['Our car with my son’s lift was stolen from our driveway in Midwest City.', 'Midwest City', ['place']],
  ['Any Omaha moms know a pediatric dentist? My son is 6.', 'Omaha', ['place']],
  ["Chili Supper for Mateo 🌶️ Sat 2/7, American Legion Post 44, Sturgis. He's fighting leukemia and his mom Ana thanks you.", 'Sturgis', ['place']],
  ['He may be headed toward Nacogdoches, my mom says.', 'Nacogdoches', ['place']],
  // streets
  ['Free walker, my mom passed. Pickup only, 1100 block of W Delmar.', '1100 block of W Delmar', ['street-address']],
  ['Her house is on the corner of Maple and 5th, my aunt says.', 'Maple and 5th', ['street-address']],
  ['My dad was last seen leaving his home on Cottonwood Dr this morning.', 'Cottonwood Dr', ['street-address']],
];

/** [text, kinds]: none of the kinds is found. */
const NEGATIVES: Array<[string, string[]]> = [
  ['Dr. Kim and her husband ran the 5K for the cancer center.', NAME_KINDS],
  ['Taylor Swift thanked her mom from the stage last night.', NAME_KINDS],
  ['Selena opened up about her transplant in the interview.', NAME_KINDS],
  ['Dr. Amara Obi, MRN lookups are handled at the front desk.', NAME_KINDS],
  ['Nurse Dana Pruitt / DOB checks happen at intake for every visit.', NAME_KINDS],
  ['Dr. Lee (surgeon) answered every question before the procedure.', NAME_KINDS],
  ['He waited six hours in the ER at Mercy in Joplin before anyone came.', NAME_KINDS],
  ['Sister Act is playing at the community theater this weekend.', NAME_KINDS],
  ['My doctor at Mercy, Dr. Lee, was great with my questions.', NAME_KINDS],
  ['Maria from billing will call you about the statement.', NAME_KINDS],
  ['Video posted by Dr. Patel: how to use your inhaler the right way.', NAME_KINDS],
  ['The president spoke at the White House today about drug prices.', NAME_KINDS],
  ['Philadelphia’s Kevin Hart sold out the arena again.', ['place', ...NAME_KINDS]],
  ['My dad went to the Mayo clinic for his heart.', ['place']],
  ['The Boston marathon raised millions for charity this year.', ['place']],
  ['Baby Jackson born at 3am weighing 7 lbs, my sister is thrilled.', ['place']],
  ['Austin friends, thank you for the meals this week!', ['place']],
  ['Apple people love their phones more than their doctors.', ['place']],
  ['Flu shots Saturday 9–noon at the Grange Hall, Sturgis.', ['place']],
  ['The 300 block party is canceled because of the storm.', ['street-address']],
];

describe('English relatives, people of the community, towns and streets by construction', () => {
  it.each(POSITIVES)('%#: %s', (text, span, kinds) => {
    const start = text.indexOf(span);
    const end = start + span.length;
    const found = scanPhiText(text, EN);
    expect(found.some((f) => kinds.includes(f.kind) && f.offset < end && start < f.offset + f.match.length)).toBe(true);
  });
  it.each(NEGATIVES)('%#: %s', (text, kinds) => {
    expect(scanPhiText(text, EN).filter((f) => kinds.includes(f.kind))).toEqual([]);
  });
  it('a full stop joins a place name only after an abbreviation', () => {
    const found = scanPhiText("I'm a widowed dad, I live in Bexley. Text me if you're not a bot.", EN);
    expect(found.filter((f) => f.kind === 'place').map((f) => f.match)).toEqual(['Bexley']);
    expect(scanPhiText('My mom lives in St. Louis now.', EN).filter((f) => f.kind === 'place').map((f) => f.match)).toEqual(['St. Louis']);
  });
});
