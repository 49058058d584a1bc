import { startApp, type TestApp } from './helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

it('loads the plugin with its content types and marked types', () => {
  expect(app.strapi.plugin('compliance')).toBeDefined();
  expect(app.strapi.contentType('plugin::compliance.consent-record' as never)).toBeDefined();
});
