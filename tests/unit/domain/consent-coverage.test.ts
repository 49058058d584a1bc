import { consentProblems, coversEntry, entryUse, scopeGaps } from '../../../server/src/domain/consent-coverage';
import { consentScope } from '../../../server/src/rules/consent-scope';
import type { RuleContext, RuleResult } from '../../../server/src/rules/types';
import type { Consent } from '../../../shared/contracts/consents';
import { NOW, consent } from '../rules/fixtures';

const FIELDS = { channel: 'channel', image: 'photo', sponsored: 'sponsored' };

describe('entryUse', () => {
  it('reads the channel, whether a photo is shown and sponsorship through the field mapping', () => {
    expect(entryUse({ channel: 'social', photo: { id: 1 }, sponsored: true }, FIELDS)).toEqual({ channel: 'social', photo: true, sponsored: true });
    expect(entryUse({ channel: '', photo: [], sponsored: 'yes' }, FIELDS)).toEqual({ channel: null, photo: false, sponsored: false });
    // A type that maps no channel field has no channel to cover.
    expect(entryUse({ channel: 'social' }, {})).toEqual({ photo: false, sponsored: false });
  });
});

describe('coversEntry: one consent in effect whose scope covers channel, photo and sponsorship', () => {
  const use = entryUse({ channel: 'Website', photo: { id: 1 }, sponsored: true }, FIELDS);
  const full = consent({ scope: { channels: ['website'], media: ['photo'] }, remuneration: { involved: true, description: 'Free treatment' } });

  it('covers when every part is in scope (channels compared case-insensitively)', () => {
    expect(scopeGaps(full, use)).toEqual([]);
    expect(coversEntry(full, use, NOW)).toBe(true);
  });

  it('names each part the scope leaves out', () => {
    expect(scopeGaps(consent(), use)).toEqual(['photo', 'remuneration']);
    expect(scopeGaps(consent({ scope: { channels: ['print'], media: ['photo'] } }), use)).toEqual(['channel', 'remuneration']);
    expect(scopeGaps(full, { ...use, channel: null })).toEqual(['channel']);
  });

  it('does not cover once revoked, expired (by status or by date) or incomplete', () => {
    expect(coversEntry({ ...full, status: 'revoked' }, use, NOW)).toBe(false);
    expect(coversEntry({ ...full, status: 'expired' }, use, NOW)).toBe(false);
    expect(coversEntry({ ...full, expiresAt: '2026-05-31T23:59:59.000Z' }, use, NOW)).toBe(false);
    expect(consentProblems({ ...full, expiresAt: '2026-05-31T23:59:59.000Z' }, NOW)).toEqual(['expired on 2026-05-31']);
    expect(coversEntry({ ...full, statements: { rightToRevoke: true, conditioning: false, redisclosure: true } }, use, NOW)).toBe(false);
  });
});

describe('consent.scope uses the same test', () => {
  const context = (consents: Consent[]) =>
    ({ consents, now: NOW, contentType: { fields: FIELDS } }) as unknown as RuleContext;
  const evaluate = (entry: Record<string, unknown>, consents: Consent[]) => consentScope.evaluate(entry, context(consents)) as RuleResult;
  const entry = { channel: 'website', photo: { id: 1 }, sponsored: false };

  it('passes when one consent covers the whole use', () => {
    expect(evaluate(entry, [consent({ scope: { channels: ['website'], media: ['photo'] } })])).toMatchObject({ status: 'pass' });
  });

  it('fails when the parts are covered only by different consents', () => {
    const result = evaluate(entry, [consent(), consent({ documentId: 'c2', scope: { channels: ['social'], media: ['photo'] } })]);
    expect(result).toMatchObject({ status: 'fail' });
    expect(result.findings?.[0]).toMatchObject({ path: ['photo'], message: expect.stringMatching(/No single consent covers this use/) });
  });

  it('names the part no consent covers', () => {
    const result = evaluate(entry, [consent()]);
    expect(result.findings?.map((finding) => [finding.path.join('.'), finding.kind])).toEqual([['photo', 'media']]);
  });

  it('skips when no consent is in effect', () => {
    expect(evaluate(entry, [consent({ status: 'revoked' })])).toMatchObject({ status: 'skip' });
  });
});
