import { generateKeyPairSync } from 'node:crypto';
import config from '../../../server/src/config';
import { resolveConfig } from '../../../server/src/config/resolve';
import { resolveMarkedTypes } from '../../../server/src/services/marked-types';

describe('plugin config validation', () => {
  it('accepts the documented config', () => {
    expect(() =>
      config.validator({
        controller: { name: 'Riverside Clinic', contact: 'Privacy Office', email: 'privacy@x.example', address: '1 Main', url: 'https://x.example' },
        policyUrl: 'https://x.example/privacy',
        jurisdiction: 'US',
        retentionYears: 6,
        reviewRoles: { testimonial: ['privacy', 'medical'] },
        reviewAssignments: { medical: ['Medical reviewer'], privacy: ['strapi-super-admin', 'Privacy reviewer'] },
        contentTypes: { 'api::story.story': { profile: 'testimonial', rules: { 'phi.scan': 'warning' } } },
        lexicon: { add: ['wonder pill'], remove: [] },
        enforceOnDatabaseWrites: true,
        expiry: { cron: '*/15 * * * *' },
        evidence: { maxBytes: 5 * 1024 * 1024, mimeTypes: ['application/pdf', 'audio/mpeg'] },
        signing: { maxAttempts: 5, lockoutMinutes: 15 },
        reevaluation: { batchSize: 100, leaseSeconds: 60, pollSeconds: 15 },
      })
    ).not.toThrow();
  });

  it.each([
    [{ retentonYears: 6 }, /unknown key "retentonYears"/],
    [{ retentionYears: 0 }, /retentionYears/],
    [{ controller: { name: 'x', phone_number: '1' } }, /unknown key "phone_number" in controller/],
    [{ controller: { email: 'not-an-email' } }, /controller.email/],
    [{ contentTypes: { 'api::a.a': { profile: 'advert' } } }, /profile must be one of/],
    [{ contentTypes: { 'api::a.a': { rules: { 'phi.scan': 'maybe' } } } }, /contentTypes.api::a.a/],
    [{ lexicon: { add: 'cure' } }, /lexicon.add/],
    [{ enforceOnDatabaseWrites: 'yes' }, /enforceOnDatabaseWrites/],
    [{ reviewAssignments: { medical: [] } }, /reviewAssignments.medical/],
    [{ reviewAssignments: { medical: 'Medical reviewer' } }, /reviewAssignments.medical/],
    [{ audit: { signingKey: 'not a key' } }, /audit.signingKey must be an Ed25519 private key/],
    [{ audit: { signingKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) } }, /audit.signingKey is an EC key/],
    [{ audit: { signKey: 'x' } }, /unknown key "signKey" in audit/],
    [{ audit: { witness: { url: 'not a url' } } }, /audit.witness.url must be a URL/],
    [{ audit: { witness: { everyEvents: 5 } } }, /audit.witness.url is required/],
    [{ audit: { witness: { url: 'https://witness.example/heads', everyEvents: 0 } } }, /audit.witness.everyEvents/],
    [{ audit: { witness: { url: 'https://witness.example/heads', every: 1 } } }, /unknown key "every" in audit.witness/],
    [{ evidence: { maxBytes: 0 } }, /evidence.maxBytes/],
    [{ evidence: { maxBytes: '10MB' } }, /evidence.maxBytes/],
    [{ evidence: { mimeTypes: ['image/gif'] } }, /evidence.mimeTypes: each type must be one of/],
    [{ evidence: { mimeTypes: [] } }, /evidence.mimeTypes/],
    [{ evidence: { storage: 'disk' } }, /unknown key "storage" in evidence/],
    [{ signing: { maxAttempts: 0 } }, /signing.maxAttempts/],
    [{ signing: { lockoutMinutes: 2.5 } }, /signing.lockoutMinutes/],
    [{ signing: { attempts: 5 } }, /unknown key "attempts" in signing/],
    [{ reevaluation: { leaseSeconds: 0 } }, /reevaluation.leaseSeconds/],
    [{ reevaluation: { pollSeconds: 1.5 } }, /reevaluation.pollSeconds/],
    [{ reevaluation: { leaseSeconds: '60s' } }, /reevaluation.leaseSeconds/],
    [{ reevaluation: { heartbeat: 5 } }, /unknown key "heartbeat" in reevaluation/],
  ])('refuses %j with a message naming the key', (value, message) => {
    expect(() => config.validator(value)).toThrow(message);
  });

  it('defaults evidence to 10 MB and every recognised type', () => {
    expect(resolveConfig({}).evidence).toEqual({ maxBytes: 10485760, mimeTypes: expect.arrayContaining(['application/pdf', 'image/png', 'image/jpeg', 'audio/mpeg', 'video/mp4']) });
  });

  it('applies defaults without merging arrays index by index', () => {
    const resolved = resolveConfig({ reviewRoles: { testimonial: ['legal'] } } as never);
    expect(resolved.reviewRoles.testimonial).toEqual(['legal']);
    expect(resolved.reviewRoles.endorsement).toEqual(['legal']);
    expect(resolved.reviewRoles['health-content']).toEqual(['medical']);
    expect(resolved).toMatchObject({ retentionYears: 6, jurisdiction: 'US', enforceOnDatabaseWrites: true, expiry: { cron: '*/15 * * * *', enabled: true } });
    expect(resolved.audit).toEqual({ signingKey: null, witness: null });
    expect(resolved.signing).toEqual({ maxAttempts: 5, lockoutMinutes: 15 });
    expect(resolveConfig({ signing: { maxAttempts: 3 } } as never).signing).toEqual({ maxAttempts: 3, lockoutMinutes: 15 });
    expect(resolved.reevaluation).toEqual({ batchSize: 100, leaseSeconds: 60, pollSeconds: 15 });
    expect(resolveConfig({ reevaluation: { leaseSeconds: 5 } }).reevaluation).toEqual({ batchSize: 100, leaseSeconds: 5, pollSeconds: 15 });
  });

  it('fills in the witness defaults: every 100 events or 60 minutes', () => {
    const user = { audit: { witness: { url: 'https://witness.example/heads', headers: { authorization: 'Bearer t' } } } };
    expect(() => config.validator(user)).not.toThrow();
    expect(resolveConfig(user).audit.witness).toEqual({ url: 'https://witness.example/heads', everyEvents: 100, everyMinutes: 60, headers: { authorization: 'Bearer t' } });
  });
});

describe('marked content types', () => {
  const type = (options: Record<string, unknown>) => ({ attributes: { title: { type: 'string' }, channel: { type: 'string' } }, options: { draftAndPublish: true }, ...options });

  it('finds types marked by pluginOptions or config, and ignores the rest', () => {
    const marked = resolveMarkedTypes(
      {
        'api::a.a': type({ pluginOptions: { compliance: { enabled: true, profile: 'endorsement', fields: { channel: 'channel' } } } }),
        'api::b.b': type({}),
        'api::c.c': type({}),
      },
      resolveConfig({ contentTypes: { 'api::c.c': { rules: { 'marketing.tone': 'off' } } } } as never)
    );
    expect([...marked.keys()]).toEqual(['api::a.a', 'api::c.c']);
    expect(marked.get('api::a.a')).toMatchObject({ profile: 'endorsement', reviewRoles: ['legal'], fields: { channel: 'channel' } });
    expect(marked.get('api::c.c')).toMatchObject({ profile: 'testimonial', rules: { 'marketing.tone': 'off' } });
  });

  it.each([
    [{ 'api::a.a': type({ options: { draftAndPublish: false }, pluginOptions: { compliance: { enabled: true } } }) }, {}, /api::a.a is marked for compliance but has Draft & Publish off/],
    [{ 'api::a.a': type({ pluginOptions: { compliance: { enabled: true, fields: { channel: 'medium' } } } }) }, {}, /fields.channel names "medium"/],
    [{ 'api::a.a': type({ pluginOptions: { compliance: { enabled: true, colour: 'red' } } }) }, {}, /unknown key "colour"/],
    [{}, { contentTypes: { 'api::ghost.ghost': { profile: 'testimonial' } } }, /config.contentTypes\["api::ghost.ghost"\] is not a content type/],
  ])('refuses to boot on a setting that leaves a gap (%#)', (types, userConfig, message) => {
    expect(() => resolveMarkedTypes(types as never, resolveConfig(userConfig as never))).toThrow(message);
  });
});
