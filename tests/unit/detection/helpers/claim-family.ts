import { detectClaims } from '../../../../server/src/detection/claims';

/** The kinds of the claims `detectClaims` finds in a text of a language. */
export const claimKinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

/** A text to flag: alone (of the family's kind), or with the kind it must be flagged as. */
export type ClaimPositive = string | [text: string, kind: string];

/**
 * One claim family of a language as a describe block: its positives (of their own kind, else of
 * `kind` when given, else of any kind) must be flagged, its look-alikes must pass with no finding.
 */
export function claimFamily(language: string, title: string, kind: string | null, positives: ClaimPositive[], lookalikes: string[]): void {
  describe(title, () => {
    if (positives.length > 0) {
      const table = positives.map((positive): [string, string | null] => (typeof positive === 'string' ? [positive, kind] : positive));
      it.each(table)('flags %s', (text, expected) => {
        if (expected === null) expect(claimKinds(text, language)).not.toEqual([]);
        else expect(claimKinds(text, language)).toContain(expected);
      });
    }
    if (lookalikes.length > 0) {
      it.each(lookalikes)('passes %s', (text) => {
        expect(claimKinds(text, language)).toEqual([]);
      });
    }
  });
}
