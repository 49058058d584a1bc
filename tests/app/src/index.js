'use strict';

const { seedDemo } = require('./demo/seed');

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    // Health articles and patient stories are localized: keep French and Spanish available.
    const locales = strapi.plugin('i18n').service('locales');
    for (const [code, name] of [
      ['fr', 'French (fr)'],
      ['es', 'Spanish (es)'],
    ]) {
      if (!(await locales.findByCode(code))) await locales.create({ code, name });
    }
    if (process.env.COMPLIANCE_DEMO_SEED === 'true') await seedDemo(strapi);
  },
};
