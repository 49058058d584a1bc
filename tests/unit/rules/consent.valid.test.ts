import { consentValid } from '../../../server/src/rules/consent-valid';
import { consent, context, evaluate, markedType } from './fixtures';

describe('consent.valid', () => {
  it('applies to every profile', () => {
    for (const profile of ['testimonial', 'endorsement', 'health-content'] as const) {
      expect(consentValid.appliesTo(profile, markedType({ profile }))).toBe(true);
    }
  });

  it('skips when no consent is linked', async () => {
    expect(await evaluate(consentValid, {}, context())).toMatchObject({ status: 'skip' });
  });

  it('passes when every linked consent is in effect and complete', async () => {
    const result = await evaluate(consentValid, {}, context({ consents: [consent(), consent({ documentId: 'c2', expiresAt: null, expirationEvent: 'End of campaign' })] }));
    expect(result.status).toBe('pass');
  });

  it('fails on any unusable consent and lists each one with its problems', async () => {
    const consents = [
      consent(),
      consent({ documentId: 'c2', receiptId: 'aaaaaaaa-0000-4000-8000-000000000000', status: 'revoked' }),
      consent({ documentId: 'c3', receiptId: 'bbbbbbbb-0000-4000-8000-000000000000', recipients: '', remuneration: { involved: true } }),
    ];
    const result = await evaluate(consentValid, {}, context({ consents }));
    expect(result.status).toBe('fail');
    expect(result.details).toEqual({
      invalid: [
        { documentId: 'c2', receiptId: 'aaaaaaaa-0000-4000-8000-000000000000', problems: ['revoked'] },
        { documentId: 'c3', receiptId: 'bbbbbbbb-0000-4000-8000-000000000000', problems: ['missing recipients', 'remuneration not described'] },
      ],
    });
    expect(result.message).toContain('aaaaaaaa');
    expect(result.message).toContain('bbbbbbbb');
  });

  it('judges expiry against the context clock', async () => {
    const ctx = context({ consents: [consent({ expiresAt: '2026-07-01T00:00:00.000Z' })] });
    expect((await evaluate(consentValid, {}, ctx)).status).toBe('pass');
    const later = await evaluate(consentValid, {}, { ...ctx, now: new Date('2026-07-01T00:00:00.000Z') });
    expect(later).toMatchObject({ status: 'fail', details: { invalid: [{ problems: ['expired on 2026-07-01'] }] } });
  });

  it('fails a consent with neither an expiry date nor an expiry event', async () => {
    const result = await evaluate(consentValid, {}, context({ consents: [consent({ expiresAt: null, expirationEvent: null })] }));
    expect(result).toMatchObject({ status: 'fail', details: { invalid: [{ problems: ['no expiration date or event'] }] } });
  });
});
