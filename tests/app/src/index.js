'use strict';

const { seedDemo } = require('./demo/seed');

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    // The Health article type is localized: keep a second locale available.
    const locales = strapi.plugin('i18n').service('locales');
    if (!(await locales.findByCode('fr'))) await locales.create({ code: 'fr', name: 'French (fr)' });
    if (process.env.COMPLIANCE_DEMO_SEED === 'true') await seedDemo(strapi);
  },
};
