/**
 * English treatment-replacement: proven care said to be "not required" or "no longer needed" after
 * it is named (repl.after), not a procedure a clinician says a case does not need. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('care said to be not required', () => {
  it.each(['Blood pressure pills not required once you start the 21-day juice reset!', 'With our tincture, inhalers are no longer necessary for your kids.'])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it('no claim: a clinician on a case that needs no procedure', () => {
    expect(kinds('The dermatologist says a biopsy is not required for small moles.')).toEqual([]);
  });
});
