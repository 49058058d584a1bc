'use strict';

/**
 * Admin roles and users for the demo and the tests. Reviewer and auditor roles read content
 * through a copy of the Editor role's Content Manager read permissions, in every locale.
 */
const PLUGIN = (name) => `plugin::compliance.${name}`;

const ROLES = {
  'Medical reviewer': { description: 'Signs the medical review of marked content.', actions: ['checks.read', 'consents.read', 'reviews.approve'] },
  'Privacy reviewer': { description: 'Records and links consents; signs the privacy review.', actions: ['checks.read', 'consents.read', 'consents.manage', 'reviews.approve'] },
  'Legal reviewer': { description: 'Signs the legal review of endorsements.', actions: ['checks.read', 'consents.read', 'reviews.approve'] },
  'Compliance auditor': { description: 'Exports and verifies the audit trail and the consent register.', actions: ['checks.read', 'consents.read', 'audit.export', 'settings.read'] },
};

const roleByCode = (strapi, code) => strapi.db.query('admin::role').findOne({ where: { code } });

async function ensureRole(strapi, name) {
  const existing = await strapi.db.query('admin::role').findOne({ where: { name } });
  if (existing) return existing;
  const definition = ROLES[name];
  const role = await strapi.service('admin::role').create({ name, description: definition.description });
  const editor = await roleByCode(strapi, 'strapi-editor');
  const readContent = editor
    ? await strapi.db.query('admin::permission').findMany({ where: { role: editor.id, action: 'plugin::content-manager.explorer.read' } })
    : [];
  // Reviewers read what they review in every locale (Strapi's default Editor role holds none of a localized type).
  const locales = (await strapi.plugin('i18n').service('locales').find()).map((locale) => locale.code);
  const localized = (subject) => Boolean(strapi.contentTypes[subject]?.pluginOptions?.i18n?.localized);
  await strapi.service('admin::role').addPermissions(role.id, [
    ...definition.actions.map((action) => ({ action: PLUGIN(action), subject: null, properties: {}, conditions: [] })),
    ...readContent.map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      properties: localized(subject) ? { ...properties, locales } : properties,
      conditions,
    })),
  ]);
  return role;
}

/** Creates (or returns) an active admin user with the given roles ('super-admin', a role code, or a name from ROLES). */
async function ensureUser(strapi, { email, firstname, lastname, password, roles }) {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email } });
  if (existing) return existing;
  const roleIds = [];
  for (const role of roles) {
    if (role === 'super-admin') roleIds.push((await strapi.service('admin::role').getSuperAdmin()).id);
    else if (role.startsWith('strapi-')) roleIds.push((await roleByCode(strapi, role)).id);
    else roleIds.push((await ensureRole(strapi, role)).id);
  }
  return strapi.service('admin::user').create({ email, firstname, lastname, password, roles: roleIds, isActive: true, registrationToken: null });
}

const DEMO_PASSWORD = 'Compliance-demo-2026';

const DEMO_USERS = [
  { key: 'admin', email: 'admin@riverside-clinic.example', firstname: 'Ada', lastname: 'Admin', roles: ['super-admin'] },
  { key: 'editor', email: 'editor@riverside-clinic.example', firstname: 'Eddie', lastname: 'Editor', roles: ['strapi-editor'] },
  { key: 'medical', email: 'medical@riverside-clinic.example', firstname: 'Maya', lastname: 'Medic', roles: ['Medical reviewer'] },
  { key: 'privacy', email: 'privacy@riverside-clinic.example', firstname: 'Priya', lastname: 'Privacy', roles: ['Privacy reviewer'] },
  { key: 'legal', email: 'legal@riverside-clinic.example', firstname: 'Leo', lastname: 'Legal', roles: ['Legal reviewer'] },
  { key: 'auditor', email: 'auditor@riverside-clinic.example', firstname: 'Audrey', lastname: 'Auditor', roles: ['Compliance auditor'] },
];

module.exports = { ROLES, ensureRole, ensureUser, DEMO_USERS, DEMO_PASSWORD };
