'use strict';

const { ensureUser, DEMO_USERS, DEMO_PASSWORD } = require('./users');

const paragraph = (text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Demo content: entries in several states, so the panel and the queue have something to show. */
async function seedContent(strapi, users) {
  const existing = await strapi.db.query('api::testimonial.testimonial').count();
  if (existing > 0) return;
  const editor = users.editor.id;
  const as = (data) => ({ ...data, createdBy: editor, updatedBy: editor });

  await strapi.documents('api::testimonial.testimonial').create({
    data: as({
      title: 'How Dana got her knees back',
      quote: 'This miracle treatment cured my arthritis! Call me at 555-201-3344 if you want to know more.',
      body: 'After twelve weeks of physiotherapy I could climb stairs again.',
      channel: 'website',
      sponsored: false,
      highlights: [{ label: 'Recovery', text: 'Back to hiking after 3 months' }],
    }),
  });
  await strapi.documents('api::testimonial.testimonial').create({
    data: as({
      title: 'Back to running after knee surgery',
      quote: 'The team explained every step. I lost the limp I had for two years.',
      body: 'Individual results vary; most patients regain full movement within six months of surgery and physiotherapy.',
      channel: 'website',
      sponsored: false,
    }),
  });
  await strapi.documents('api::endorsement.endorsement').create({
    data: as({ title: 'My skincare routine', influencer: '@glowwithgrace', post: 'I love the new clinic facials. #ad Paid partnership with Riverside Clinic.', channel: 'social', sponsored: true }),
  });
  await strapi.documents('api::health-article.health-article').create({
    locale: 'en',
    data: as({
      title: 'Vitamin D and bone health',
      summary: 'What the evidence says about vitamin D supplements.',
      body: paragraph('Clinically proven: vitamin D reduces the risk of fractures in older adults.'),
      references: [],
    }),
  });
  await strapi.documents('api::page.page').create({ data: as({ title: 'About us', body: 'Riverside Clinic has served Springfield since 1998.' }) });
  await seedPatientStory(strapi, as);
}

/**
 * A patient story in English and its Spanish localization. The Spanish text carries a prohibited
 * claim ("curación milagrosa", "garantizado") and identifiers (a relative's name, a full date).
 */
const SPANISH_STORY = {
  title: 'Una curación milagrosa',
  quote:
    '¡Una curación milagrosa! Mi esposo Andrés volvió a caminar sin dolor el 14 de marzo de 2024, después de solo dos sesiones. Resultados garantizados.',
};

async function seedPatientStory(strapi, as) {
  const stories = strapi.documents('api::patient-story.patient-story');
  const english = await stories.create({
    locale: 'en',
    data: as({ title: 'Walking again after hip surgery', quote: 'The team explained every step, and the physiotherapy helped me walk without a cane.', channel: 'website', sponsored: false }),
  });
  await stories.update({ documentId: english.documentId, locale: 'es', data: as(SPANISH_STORY) });
}

async function seedDemo(strapi) {
  const users = {};
  for (const user of DEMO_USERS) users[user.key] = await ensureUser(strapi, { ...user, password: DEMO_PASSWORD });
  await seedContent(strapi, users);
  const lines = DEMO_USERS.map((user) => `  ${user.email.padEnd(36)} ${DEMO_PASSWORD}   (${user.roles.join(', ')})`);
  strapi.log.info(`\n\nCompliance demo is ready at http://localhost:${strapi.config.get('server.port')}/admin\nLog in as:\n${lines.join('\n')}\n`);
}

module.exports = { seedDemo, SPANISH_STORY };
