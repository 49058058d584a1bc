import { consentPresent } from '../../../server/src/rules/consent-present';
import { consent, context, evaluate, markedType } from './fixtures';

describe('consent.present', () => {
  it('applies to testimonials only', () => {
    expect(consentPresent.appliesTo('testimonial', markedType())).toBe(true);
    expect(consentPresent.appliesTo('endorsement', markedType({ profile: 'endorsement' }))).toBe(false);
    expect(consentPresent.appliesTo('health-content', markedType({ profile: 'health-content' }))).toBe(false);
  });

  it('passes with a consent in effect and names the consents it counted', async () => {
    const result = await evaluate(consentPresent, {}, context({ consents: [consent(), consent({ documentId: 'c2', status: 'revoked' })] }));
    expect(result).toMatchObject({ status: 'pass', details: { consents: ['c1'] } });
  });

  it('fails when nothing is linked', async () => {
    const result = await evaluate(consentPresent, {}, context());
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/No signed patient authorization is linked/);
  });

  it.each([
    ['revoked', { status: 'revoked' as const }],
    ['expired by status', { status: 'expired' as const }],
    ['past its expiry date', { expiresAt: '2026-05-31T23:59:59.000Z' }],
    ['missing a required statement', { statements: { rightToRevoke: true, conditioning: false, redisclosure: true } }],
    ['without a purpose', { purposes: [] }],
  ])('fails when the only linked consent is %s', async (_label, overrides) => {
    const result = await evaluate(consentPresent, {}, context({ consents: [consent(overrides)] }));
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/No linked consent is currently in effect/);
  });
});
