/**
 * English PHI families of contacts, sites, names with modifiers and the organisation's look-alikes
 * (server/src/detection/phi/README.md): handles named after more platforms and $cashtags, story
 * sites ("<name>strong.org"), a possessive with an adjective of affection or an age compound before
 * a name, grandparent titles, dates of the reader's appointment, places after a person noun and
 * "of", after an institution and "in", a ZIP after a street, an address in a message to one
 * person; and look-alikes: role mailboxes, an institution's own line, officials, staff signatures,
 * clubs ("Knights of …"), a given name after thanks. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };

// The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
const found = (text: string, span: string): boolean => phiFindsSpan(text, span, { ...EN, textGate: false });

const POSITIVES: Array<[string, string]> = [
  // handles and sites
  ['Add me on snap: marisol_b_2011 if you want the daily updates', 'marisol_b_2011'],
  ["DM me on insta, it's wren.walks.again", 'wren.walks.again'],
  ['my venmo is Tori-Banks-07 for the hospital parking fees', 'Tori-Banks-07'],
  ['Her Cash App is $TobyBeatsCancer if you want to chip in', '$TobyBeatsCancer'],
  ['Follow his recovery at www.calebstrong.org', 'www.calebstrong.org'],
  ['Sign up for the 5K at walkwithnora.com', 'walkwithnora.com'],
  // names with modifiers and titles
  ['Please say a prayer for our sweet Harper, she goes in at noon.', 'Harper'],
  ['The ER nurse told my 4-year-old Zadie she was the bravest patient all night.', 'Zadie'],
  ['Grammy Lou turned 90 and beat us all at cards.', 'Lou'],
  // dates of the reader's appointment in the organisation's message
  ['Your appt: Thu 9/18 at 10:40 at our Pine St office. Reply C to confirm.', '9/18'],
  // places
  ['Thank you to the Novak family of Wyandotte for the new recliners in our infusion suite.', 'Wyandotte'],
  ['Mom spent her last months at Maple Grove Manor in Hopkinsville.', 'Hopkinsville'],
  ['Swap group for any of the Akron moms? I have extra pump parts.', 'Akron'],
  // ZIP after a street, address in a message to one person
  ['Crib free to a good home, pickup at 418 Juniper Way, 97214.', '97214'],
  ['Reminder for Mrs. Alvarado: your ride picks you up Tue 6:15am at 77 Larch Ct.', '77 Larch Ct'],
];

const NEGATIVES: string[] = [
  'Send your questions to mail@theheartshow.com and we may read them on air.',
  'RSVP to alumni@ridgewoodcollege.edu by Friday for the reunion brunch.',
  "My mom's appointment moved, and the cardiology clinic's scheduling line is 503-555-0166 if you need it.",
  'Senator Whitfield toured the new wing in Springfield on Tuesday.',
  'The ambulance bill was coded A0429 and we are appealing it.',
  'Thank you to the Knights of Columbus for the new wheelchairs.',
  'Thanks to Alicia in customer care for sorting out the refill!',
  'Dr. Osei was great with my son. Front desk (ask for Tasha) fixed our billing.',
  'Best, Marcy Lund, RN | Nurse Navigator | mlund@riverbendhealth.org | 555-201-4477',
  'Book your appt today! Flu clinic on 10/12 at our Pine St office.',
  'Visit strongbones.org for exercises after a fracture.',
  'Chair yoga for 3-year-old kids Mondays in our lobby.',
];

describe('contacts, sites, names with modifiers and the organisation look-alikes (English)', () => {
  it.each(POSITIVES)('%s → %s', (text, span) => {
    expect(found(text, span)).toBe(true);
  });
  it.each(NEGATIVES)('stays negative: %s', (text) => {
    expect(scanPhiText(text, EN)).toEqual([]);
  });
});
