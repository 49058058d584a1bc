/**
 * An illness that went into remission, with no proven care credited, is a cure claim
 * (server/src/detection/claims/packs/en.ts, cure.gone): "my psoriasis went into complete remission
 * on the celery juice". Chemotherapy that gets the credit, or a clinician putting it into
 * remission, stays none. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('into remission', () => {
  it('flags an illness sent into remission by a product', () => {
    expect(kinds('Six weeks of the celery-juice cleanse and my psoriasis went into complete remission.')).toContain('cure');
  });

  it.each(['After eight rounds of chemo, his leukemia went into remission.', 'Her oncologist put the lymphoma into remission with R-CHOP.'])('keeps: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
