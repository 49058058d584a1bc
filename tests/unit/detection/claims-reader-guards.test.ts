/**
 * What the sentence reader may not decide alone (claims.prohibited; docs/architecture.md, "The
 * sentence reader"). Since its refit on every development part (session 44) it reads some
 * sentences more boldly, so the grammar's context keeps three of its readings in check:
 * - a harm the illness does is never outvoted by the reader's `overrule` (OVERRULE_NEVER);
 * - the ride home after a procedure is logistics, which the reader's `confirm` does not outvote;
 * - a cure-all the reader names as a second kind needs several conditions, a list or a word for all.
 * And proven care is not credited after "waste time with" (the English pack's creditedCare).
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language = 'en'): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('a harm the illness does is not a promise', () => {
  it.each([
    'Mumps can leave a child permanently deaf in one ear.',
    'Untreated glaucoma can leave you permanently blind.',
    'A stroke can cause permanent weakness on one side of the body.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a permanence promised is still found', () => {
    expect(kinds('Our laser leaves your eyes permanently perfect, no glasses ever again.')).toContain('permanence');
  });
});

describe('the ride home after a procedure is logistics', () => {
  it.each([
    'The procedure is done in one visit and you can drive yourself home.',
    'The injection is done in one visit; you will need a ride home afterwards.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a result in one visit is still found', () => {
    expect(kinds('Pain gone in one visit, drive yourself home a new person!')).toContain('instant-results');
  });
});

describe('a cure-all names several conditions', () => {
  it('one condition is a cure, not a cure-all', () => {
    expect(kinds('This tea cures arthritis.')).toEqual(['cure']);
    expect(detectClaims('This tea cures arthritis. Fine for kids.', { remove: ['flagged.safe'] }, 'en').map((h) => h.kind)).toEqual(['cure']);
  });

  it.each([
    'This tea cures arthritis, gout and diabetes.',
    'One capsule a day cures migraines and back pain.',
  ])('a list is a cure-all: %s', (text) => {
    expect(kinds(text)).toContain('cure-all');
  });
});

describe('time wasted with care is not care credited', () => {
  it('the cure after "don\'t waste time with chemo" is found', () => {
    const found = kinds("Don't waste time with chemo, this tea cured my cancer.");
    expect(found).toContain('cure');
    expect(found).toContain('treatment-replacement');
  });

  it('care credited after "with" still clears the cure', () => {
    expect(kinds('With chemo and radiation my tumour shrank and I am in remission.')).not.toContain('cure');
  });
});
