import { detectClaims } from '../../../../server/src/detection/claims';

/** The kinds of the claims `detectClaims` finds in a text of a language. */
export const claimKinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

/**
 * One claim family of a language as a describe block: its positives (of `kind` when given, else of
 * any kind) must be flagged, its look-alikes must pass with no finding.
 */
export function claimFamily(language: string, title: string, kind: string | null, positives: string[], lookalikes: string[]): void {
  describe(title, () => {
    if (positives.length > 0) {
      it.each(positives)('flags %s', (text) => {
        if (kind === null) expect(claimKinds(text, language)).not.toEqual([]);
        else expect(claimKinds(text, language)).toContain(kind);
      });
    }
    if (lookalikes.length > 0) {
      it.each(lookalikes)('passes %s', (text) => {
        expect(claimKinds(text, language)).toEqual([]);
      });
    }
  });
}
