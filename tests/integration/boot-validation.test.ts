import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { generateSigningKey } from '../../server/src/domain/audit-signing';

/** A throwaway Strapi app whose plugin config and content type we choose. */
const makeApp = (pluginConfig: Record<string, unknown>, draftAndPublish: boolean, markInSchema = true) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-boot-'));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  write('package.json', JSON.stringify({ name: 'boot-check', private: true, version: '0.0.0' }));
  write('config/server.js', "module.exports = { host: '127.0.0.1', port: 0, app: { keys: ['k1', 'k2'] } };");
  write('config/admin.js', "module.exports = { auth: { secret: 's' }, apiToken: { salt: 's' }, transfer: { token: { salt: 's' } } };");
  write('config/database.js', `module.exports = { connection: { client: 'sqlite', connection: { filename: ${JSON.stringify(path.join(dir, 'data.db'))} }, useNullAsDefault: true } };`);
  write('config/plugins.js', `module.exports = { compliance: { enabled: true, resolve: ${JSON.stringify(path.resolve(__dirname, '../app/plugin-source'))}, config: ${JSON.stringify(pluginConfig)} } };`);
  write('src/index.js', 'module.exports = {};');
  write('public/uploads/.gitkeep', '');
  write(
    'src/api/story/content-types/story/schema.json',
    JSON.stringify({
      kind: 'collectionType',
      collectionName: 'stories',
      info: { singularName: 'story', pluralName: 'stories', displayName: 'Story' },
      options: { draftAndPublish },
      pluginOptions: markInSchema ? { compliance: { enabled: true, profile: 'testimonial' } } : {},
      attributes: { title: { type: 'string' } },
    })
  );
  return dir;
};

const boot = async (
  dir: string,
  inspect?: (strapi: Awaited<ReturnType<ReturnType<typeof createStrapi>['load']>>) => void,
  prepare?: (strapi: ReturnType<typeof createStrapi>) => void
) => {
  const strapi = createStrapi({ appDir: dir, distDir: dir });
  prepare?.(strapi);
  try {
    await strapi.load();
    inspect?.(strapi);
    await strapi.destroy();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

it('stops boot on a misspelled config key, naming it', async () => {
  await expect(boot(makeApp({ retentonYears: 6 }, true))).rejects.toThrow(/compliance config: invalid plugin config: unknown key "retentonYears"/);
});

it('stops boot on an audit signing key that is not an Ed25519 PKCS#8 PEM, naming where it came from', async () => {
  await expect(boot(makeApp({ audit: { signingKey: 'secret' } }, true))).rejects.toThrow(/audit.signingKey must be an Ed25519 private key in PEM, PKCS#8/);
  process.env.COMPLIANCE_AUDIT_SIGNING_KEY = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
  try {
    await expect(boot(makeApp({}, true))).rejects.toThrow(/COMPLIANCE_AUDIT_SIGNING_KEY is not a readable PEM private key/);
  } finally {
    delete process.env.COMPLIANCE_AUDIT_SIGNING_KEY;
  }
});

it('boots with a signing key from config, which then signs and is listed', async () => {
  const key = generateSigningKey();
  let signer: { keyId: string } | null = null;
  let listed: Array<{ keyId: string; publicKey: string; current: boolean }> = [];
  const dir = makeApp({ audit: { signingKey: key.privateKeyPem } }, true);
  const strapi = createStrapi({ appDir: dir, distDir: dir });
  try {
    await strapi.load();
    signer = strapi.plugin('compliance').service('audit-keys').signer();
    listed = await strapi.plugin('compliance').service('audit-keys').list();
    await strapi.destroy();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(signer).toMatchObject({ keyId: key.keyId });
  expect(listed).toEqual([expect.objectContaining({ keyId: key.keyId, publicKey: key.publicKeyPem, current: true })]);
});

it('stops boot when a marked type has Draft & Publish off, naming the type', async () => {
  await expect(boot(makeApp({}, false))).rejects.toThrow(/api::story.story is marked for compliance but has Draft & Publish off/);
});

it('boots a valid app', async () => {
  await expect(boot(makeApp({ jurisdiction: 'US' }, true))).resolves.toBeUndefined();
});

it('marks a type named only in config.contentTypes, schema flag included', async () => {
  let flag: unknown;
  let marked: string[] = [];
  await boot(makeApp({ contentTypes: { 'api::story.story': { profile: 'endorsement' } } }, true, false), (strapi) => {
    flag = (strapi.contentType('api::story.story' as never) as { pluginOptions?: { compliance?: unknown } }).pluginOptions?.compliance;
    marked = strapi.plugin('compliance').service('marked-types').all().map((type: { uid: string }) => type.uid);
  });
  expect(marked).toEqual(['api::story.story']);
  expect(flag).toMatchObject({ enabled: true, profile: 'endorsement' });
});

it('stops boot on an evidence type the plugin cannot recognise, naming it', async () => {
  await expect(boot(makeApp({ evidence: { mimeTypes: ['application/pdf', 'text/html'] } }, true))).rejects.toThrow(/evidence\.mimeTypes: each type must be one of application\/pdf/);
});

it('warns at boot when the config file weakens a core protection, and only then', async () => {
  const warningsOf = async (config: Record<string, unknown>) => {
    const warnings: string[] = [];
    await boot(makeApp(config, true), undefined, (strapi) => {
      jest.spyOn(strapi.log, 'warn').mockImplementation((message: unknown) => {
        warnings.push(String(message));
        return strapi.log;
      });
    });
    return warnings.filter((message) => message.startsWith('compliance:') && message.includes('core protection'));
  };
  const weakened = await warningsOf({ contentTypes: { 'api::story.story': { rules: { 'phi.scan': 'warning', 'review.approval': 'off', 'marketing.tone': 'off' } } } });
  expect(weakened).toEqual([
    expect.stringMatching(/core protection phi\.scan to 'warning' for api::story\.story/),
    expect.stringMatching(/core protection review\.approval to 'off' for api::story\.story/),
  ]);
  expect(await warningsOf({ contentTypes: { 'api::story.story': { rules: { 'phi.scan': 'blocker', 'marketing.tone': 'off' } } } })).toEqual([]);
});
