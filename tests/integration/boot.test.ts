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
  const marked = app.strapi.plugin('compliance').service('marked-types').all().map((type: { uid: string }) => type.uid);
  expect(marked.sort()).toEqual(['api::endorsement.endorsement', 'api::health-article.health-article', 'api::patient-story.patient-story', 'api::testimonial.testimonial']);
});

it('flags every marked type in its schema for the admin, and leaves unmarked types alone', () => {
  const flag = (uid: string) => (app.strapi.contentType(uid as never) as { pluginOptions?: { compliance?: unknown } }).pluginOptions?.compliance;
  expect(flag('api::testimonial.testimonial')).toMatchObject({ enabled: true, profile: 'testimonial' });
  expect(flag('api::health-article.health-article')).toMatchObject({ enabled: true, profile: 'health-content' });
  expect(flag('api::page.page')).toBeUndefined();
});
