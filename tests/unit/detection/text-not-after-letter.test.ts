/**
 * The "not after a letter" check the PHI triggers do in code (server/src/detection/text): the same
 * matches, in the same order, as the regex with a leading `(?<![\p{L}])`, including letters outside
 * the Basic Multilingual Plane (a surrogate pair before the match) and lone surrogates.
 */
import { eachMatchNotAfterLetter, execNotAfterLetter, isLetterBefore } from '../../../server/src/detection/text';

const SOURCE = '(?:[Mm]y|[Oo]ur|[Hh]er)[ \\u00a0]\\p{Lu}';

function withLookbehind(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${SOURCE}`, 'gu'))].map((m) => [m.index as number, m[0]]);
}

function inCode(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  eachMatchNotAfterLetter(new RegExp(SOURCE, 'gu'), text, (m) => found.push([m.index, m[0]]));
  return found;
}

const TEXTS = [
  'my Luca and our June',
  'Tommy Lee, army Ranger, her Dad',
  'éher Ana, 9her Ana, _our Eli, (my Sam)',
  // A mathematical capital (a surrogate pair, a letter) right before: no match.
  '\u{1D49C}my Ana',
  // An emoji (a surrogate pair, not a letter) right before: a match.
  '\u{1F600}my Ana',
  // Lone surrogates are not letters.
  '\ud835my Ana \udc9cour Eli',
  'my\u00a0Ana, myAna, my  Ana, MY Ana',
  '',
];

describe('not after a letter, in code', () => {
  it.each(TEXTS)('finds what the lookbehind finds in %j', (text) => {
    expect(inCode(text)).toEqual(withLookbehind(text));
  });

  it('reads the code point before a position', () => {
    expect(isLetterBefore('ab', 0)).toBe(false);
    expect(isLetterBefore('ab', 1)).toBe(true);
    expect(isLetterBefore('1b', 1)).toBe(false);
    expect(isLetterBefore('\u{1D49C}x', 2)).toBe(true);
    expect(isLetterBefore('\u{1F600}x', 2)).toBe(false);
    expect(isLetterBefore('\udc9cx', 1)).toBe(false);
  });

  it('resumes after a rejected match, as a global scan does', () => {
    const regex = new RegExp(SOURCE, 'gu');
    const text = 'Amy Bo and my Cy';
    regex.lastIndex = 0;
    expect(execNotAfterLetter(regex, text)?.index).toBe(11);
    expect(execNotAfterLetter(regex, text)).toBeNull();
  });
});
