/**
 * House numbers near identifiers (server/src/detection/phi/streets.ts
 * `findHouseNumbersNearIdentifiers`; README.md, "What the detectors catch"): a house number and a
 * street name without a suffix, which alone counts only in a sentence about the writer or a
 * relative, counts near an identifier of the same text whoever the sentence speaks of; a text with
 * no identifier gains nothing, and a room or a floor stays no street. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const streets = (text: string): string[] => scanPhiText(text, { language: 'en', textGate: false }).filter((f) => f.kind === 'street-address').map((f) => f.match);

/** [a text with an identifier, the street found, the text without the identifier] */
const FOUND: Array<[string, string, string]> = [
  ['Forwarding address for the oxygen bills, 1418 Quail Run, Ames 50010.', '1418 Quail', 'Forwarding address for the oxygen bills, 1418 Quail Run.'],
  ['Ship the walker to 88 Juniper, member ID XQ4471902.', '88 Juniper', 'Ship the walker to 88 Juniper, thanks.'],
];

describe('house numbers near identifiers', () => {
  it.each(FOUND)('%s → %s', (text, street) => {
    expect(streets(text)).toContain(street);
  });
  it.each(FOUND.map(([, street, bare]) => [bare, street] as const))('no identifier, no street: %s', (text, street) => {
    expect(streets(text)).not.toContain(street);
  });
  it('a room, a floor or a suite is no street near an identifier either', () => {
    expect(streets('Meet in suite 1418 Quail Hall, member ID XQ4471902.')).toEqual([]);
    expect(streets('Wheel her to room 214 Jasper, member ID XQ4471902.')).toEqual([]);
  });
});
