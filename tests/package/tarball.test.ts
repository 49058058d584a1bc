import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GENESIS_HASH, hashEvent, type AuditEvent } from '../../server/src/domain/audit-chain';
import { generateSigningKey, loadSigningKey, signMessage } from '../../server/src/domain/audit-signing';

/**
 * What a developer does: `npm pack` the plugin, install the tarball into a fresh Strapi 5.54 app,
 * boot it, and find the plugin loaded. The app sits under .tmp/ so it reuses this repository's
 * installed Strapi instead of downloading it again; the plugin itself comes only from the tarball.
 */
const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.tmp', 'package-test');

const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};

beforeAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

it('installs from the npm tarball into a fresh Strapi app and loads', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const files = packed[0].files.map((file) => file.path);
  expect(files).toEqual(expect.arrayContaining(['dist/server/index.js', 'dist/admin/index.js', 'dist/verify/index.js', 'strapi-plugin.json', 'bin/compliance-verify.js', 'README.md']));
  expect(files.some((file) => file.startsWith('tests/') || file.startsWith('server/src'))).toBe(false);

  const app = path.join(work, 'app');
  write(path.join(app, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, version: '0.0.0', dependencies: {} }, null, 2));
  write(path.join(app, 'config/server.js'), "module.exports = ({ env }) => ({ host: '127.0.0.1', port: 0, app: { keys: ['a1', 'b2'] } });\n");
  write(path.join(app, 'config/admin.js'), "module.exports = { auth: { secret: 'fresh-app-admin' }, apiToken: { salt: 'fresh-salt' }, transfer: { token: { salt: 'fresh-transfer' } }, rateLimit: { enabled: false } };\n");
  write(path.join(app, 'config/database.js'), "const path = require('path');\nmodule.exports = () => ({ connection: { client: 'sqlite', connection: { filename: path.join(__dirname, '..', 'data.db') }, useNullAsDefault: true } });\n");
  write(path.join(app, 'config/plugins.js'), "module.exports = { compliance: { enabled: true, config: { jurisdiction: 'US' } } };\n");
  write(path.join(app, 'src/index.js'), 'module.exports = { register() {}, bootstrap() {} };\n');
  write(path.join(app, 'public/uploads/.gitkeep'), '');
  write(
    path.join(app, 'src/api/story/content-types/story/schema.json'),
    JSON.stringify({
      kind: 'collectionType',
      collectionName: 'stories',
      info: { singularName: 'story', pluralName: 'stories', displayName: 'Story' },
      options: { draftAndPublish: true },
      pluginOptions: { compliance: { enabled: true, profile: 'testimonial' } },
      attributes: { title: { type: 'string' }, quote: { type: 'text' } },
    })
  );

  // --legacy-peer-deps: Strapi itself is the host app's (here: the repository's) install.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--no-package-lock', path.join(work, packed[0].filename)], { cwd: app, stdio: 'pipe' });
  expect(fs.existsSync(path.join(app, 'node_modules/strapi-plugin-compliance/dist/server/index.js'))).toBe(true);

  const script = `
    const { createStrapi } = require('@strapi/strapi');
    (async () => {
      const strapi = await createStrapi({ appDir: process.cwd(), distDir: process.cwd() }).load();
      const plugin = strapi.plugin('compliance');
      const marked = plugin.service('marked-types').all().map((t) => t.uid);
      const routes = plugin.routes.admin.routes.length;
      const head = await strapi.db.query('plugin::compliance.audit-head').count();
      console.log('RESULT ' + JSON.stringify({ loaded: Boolean(plugin), marked, routes, head, from: require.resolve('strapi-plugin-compliance/package.json') }));
      await strapi.destroy();
      process.exit(0);
    })().catch((error) => { console.error(error); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: app,
    encoding: 'utf8',
    // In a real app Strapi and the plugin share node_modules; here Strapi is the repository's
    // install, so NODE_PATH lets it find the plugin in the app's node_modules.
    env: { ...process.env, NODE_PATH: path.join(app, 'node_modules'), NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', COMPLIANCE_PLUGIN_SOURCE: 'false' },
  });
  expect(run.stderr).not.toMatch(/Error/);
  const line = run.stdout.split('\n').find((text) => text.startsWith('RESULT '));
  expect(line).toBeDefined();
  const result = JSON.parse((line as string).slice('RESULT '.length));
  expect(result).toMatchObject({ loaded: true, marked: ['api::story.story'], head: 1 });
  expect(result.routes).toBeGreaterThan(10);
  expect(result.from).toContain(path.join(app, 'node_modules/strapi-plugin-compliance'));

  // The packaged verifier (built from server/src/domain into dist/verify) checks a signed export.
  const key = loadSigningKey(generateSigningKey().privateKeyPem);
  const events: AuditEvent[] = [];
  for (let seq = 1, prevHash = GENESIS_HASH; seq <= 3; seq += 1) {
    const body = { seq, occurredAt: '2026-03-01T10:00:00.000Z', action: 'consent.created', actor: { type: 'system' as const, id: null }, subject: null, data: { seq } };
    const hash = hashEvent(prevHash, body);
    events.push({ ...body, prevHash, hash, signature: signMessage(hash, key.privateKey), keyId: key.keyId });
    prevHash = hash;
  }
  write(path.join(work, 'export.ndjson'), events.map((event) => JSON.stringify(event)).join('\n'));
  write(path.join(work, 'tampered.ndjson'), events.map((event) => JSON.stringify(event.seq === 2 ? { ...event, data: { seq: 20 } } : event)).join('\n'));
  write(path.join(work, 'key.pem'), key.publicKeyPem);
  const verifier = (file: string) =>
    spawnSync(path.join(app, 'node_modules/.bin/compliance-verify'), [path.join(work, file), '--public-key', path.join(work, 'key.pem'), '--expect-head', `3:${events[2].hash}`], {
      encoding: 'utf8',
      env: { ...process.env, COMPLIANCE_PLUGIN_SOURCE: 'false' },
    });
  expect(verifier('export.ndjson')).toMatchObject({ status: 0, stdout: expect.stringContaining('VALID: 3 event(s)') });
  expect(verifier('tampered.ndjson')).toMatchObject({ status: 1, stdout: expect.stringContaining('INVALID at seq 2') });
});
