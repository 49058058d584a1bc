/**
 * English look-alikes of an office and its brands (server/src/detection/phi: names.ts,
 * contact.ts, org-context.ts; server/src/detection/phi/README.md, "Organisation context"): a
 * speaker who introduces herself on an office's behalf ("this is Rhea from Dr. Quint's office"),
 * an organisation named by a given name and a business word ("this is Trinity Pharmacy"), a
 * practice's handle made of business words ("@summitplasticsurgery"), an event's mailbox
 * ("rsvp@…"), a three-digit service line ("CALL 911", "TTY 711"), a weekday's hours
 * ("Sunday 10–noon"), the loopback address, software that is a town of the gazetteer ("in
 * Outlook"), a book cited by chapter and verse ("Proverbs 16:3"). A child's device or illness
 * names a person of the story ("Wren's inhaler", "Ezra has strep"), and so do given names
 * signing a card after a valediction ("Love you, Ava and Theo"). The near twins (a writer from a town, a personal handle, a personal mailbox) stay
 * positive. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };

const NEGATIVES: string[] = [
  "Good morning, this is Rhea from Dr. Quint's office calling to confirm Thursday's visit.",
  "Hi it's Colleen with Brookside Dental, your cleaning is due, give us a ring.",
  "Hello, I'm Trish from the pharmacy, your refill is ready at the counter.",
  'Hi, this is Trinity Pharmacy with a reminder that your order is ready.',
  'Big thanks to @summitplasticsurgery for hosting the open house last night!',
  'Our drip menu is back: tag @oasisinfusionlounge to enter the raffle.',
  'Seats are limited for the diabetes supper club, write to rsvp@lakeviewcommunityhealth.org.',
  'Volunteer drivers needed this winter: outreach@northfieldhospice.org has the sign-up sheet.',
  "If the wristband says 'ALLERGIC TO LATEX / CALL 911', staff act first and ask later.",
  'Benefits questions? Phone 1-877-555-0134 (TTY 711), weekdays 8 to 6.',
  'The mobile mammogram bus parks at the rec center this Sunday 10–noon, walk-ins welcome.',
  'The kiosk app kept pointing at 127.0.0.1 until IT fixed the settings.',
  'Please add the staff huddle to your calendar in Outlook before Monday.',
  'Dear sisters and brothers, Proverbs 16:3 asks us to commit our plans, surgery included.',
  "Our team placed over 300 implants this year; ask about Medtronic's insulin pump trial.",
  "Hashimoto's diabetes link is a common question at our thyroid class.",
  'Thanks for the warm welcome on our first day. Love, the Brightside Dental team',
  'I love, Marcy said, the way the new lobby looks.',
];

const POSITIVES: Array<[string, string, string]> = [
  ['hi this is Rhea from Tulsa, my grandpa is 94 and just had his hip done', 'Rhea', 'person-name'],
  ["Hey, it's Colleen. My husband had his bypass on Friday and is doing ok.", 'Colleen', 'person-name'],
  ['follow my dad’s rehab journey at @walterwalksagain_93', '@walterwalksagain_93', 'social-handle'],
  ['You can reach my sister at colleen.marsh71@gmail.com about the meal train.', 'colleen.marsh71@gmail.com', 'email'],
  ['My uncle’s pump, serial 55K-208814, alarmed all night.', '55K-208814', 'device-identifier'],
  ['my mom’s surgery is Sunday 12, pray for her', 'Sunday 12', 'date'],
  ['the dialysis tablet logged in from 73.162.41.9 at home', '73.162.41.9', 'ip-address'],
  ['my daughter Harper 11:45 pickup after her allergy shot', 'Harper', 'relative-name'],
  ["Wren's inhaler is in the side pocket of the blue bag, thanks for watching her!", 'Wren', 'person-name'],
  ["heads up, Ezra has strep so we're skipping the playdate", 'Ezra', 'person-name'],
  ['Grandpa, the new knee suits you, see you at the lake! Love you, Ava and Theo 🎣', 'Ava', 'person-name'],
  ['Nana, get some rest after the surgery. Much love, Priya, Omar & Lena!', 'Omar', 'person-name'],
];

describe('office introductions, business handles and event mailboxes stay negative', () => {
  it.each(NEGATIVES)('%#: no finding in the look-alike', (text) => {
    expect(scanPhiText(text, EN)).toEqual([]);
  });
  it.each(POSITIVES)('%#: the twin is reported', (text, span, kind) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, EN).some((f) => f.kind === kind && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
});
