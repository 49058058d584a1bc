/**
 * PHI mechanisms of one session (server/src/detection/phi/README.md, "Design"): street addresses
 * without a house number or in rural and block form, appointment dates of a person the
 * organisation writes to, and more. Each positive has a look-alike that must stay clean. Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

/** The kinds of the findings that overlap `span` in `text`. */
function kindsAt(text: string, span: string, options: PhiOptions): string[] {
  const start = text.indexOf(span);
  if (start === -1) throw new Error(`${span} is not in ${text}`);
  return scanPhiText(text, options)
    .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
    .map((f) => f.kind);
}

describe('PHI: streets without a house number, rural routes and blocks', () => {
  it.each([
    ['My uncle still lives on Rural Route 4 past the grain elevator.', 'Rural Route 4'],
    ['The fire started in the 1400 block of Maple Avenue overnight.', '1400 block of Maple Avenue'],
    ['Grandma moved to a little place on Fulton Rd last spring.', 'Fulton Rd'],
    ['We met at the pharmacy off Lakeview Blvd and Ninth before her chemo.', 'Lakeview Blvd and Ninth'],
    ['The bus stop on my corner (Chestnut & 4th) is where she fell.', 'Chestnut & 4th'],
    ['Send cards to my brother at 77 NW 14th Terr, he would love them.', '77 NW 14th Terr'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('street-address');
  });

  it.each([
    ['We prayed on Tuesday St. Jude was on everyone’s mind.', 'St'],
    ['She walked 3 blocks of the route on her own.', 'blocks'],
  ])('leaves look-alikes alone: %s', (text, span) => {
    expect(kindsAt(text, span, EN)).not.toContain('street-address');
  });
});
