import type { Core } from '@strapi/strapi';
import { DEFAULT_EDITOR_PERMISSIONS, permissionUid } from '../../shared/permissions';
import { digestRule } from './domain/notifications/digest-rule';
import { subscribeContentGuards, subscribePluginTableGuards } from './lifecycles';
import { asPluginWrite } from './services/internal-scope';
import { getService } from './utils/get-service';
import { isRow, stringField } from './utils/db';

const GRANTED_KEY = 'default-permissions-granted';
const DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'];

/**
 * Editors and Authors may read checklists and consents from the first install on. On a fresh
 * database Strapi creates those roles after plugins bootstrap, so the grant also runs when they
 * are created. Each role is granted once, so an admin who later removes the permission keeps it removed.
 */
const grantDefaultPermissions = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'compliance' });
  const grant = async (role: { id: number; code: string }) => {
    const granted = ((await store.get({ key: GRANTED_KEY })) as string[] | null) ?? [];
    if (!Array.isArray(granted) || granted.includes(role.code)) return;
    await strapi.service('admin::role').addPermissions(
      role.id,
      DEFAULT_EDITOR_PERMISSIONS.map((name) => ({ action: permissionUid(name), subject: null, properties: {}, conditions: [] }))
    );
    await store.set({ key: GRANTED_KEY, value: [...granted, role.code] });
  };
  for (const code of DEFAULT_ROLE_CODES) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (role) await grant(role);
  }
  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    async afterCreate(event) {
      const created: unknown = event.result;
      if (!isRow(created)) return;
      const { id } = created;
      const code = stringField(created, 'code');
      if (typeof id === 'number' && code && DEFAULT_ROLE_CODES.includes(code)) await grant({ id, code });
    },
  });
};

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  subscribePluginTableGuards(strapi);
  await asPluginWrite(() => getService(strapi, 'audit-log').ensureHead());
  await asPluginWrite(() => getService(strapi, 'audit-keys').register());
  getService(strapi, 'audit-witness').start();
  // After Strapi's own middlewares: refusals recorded after a rollback are awaited before the answer.
  strapi.server.use(getService(strapi, 'audit-log').settleDetachedWrites);
  subscribeContentGuards(strapi);
  await grantDefaultPermissions(strapi);
  // Stored statuses: re-evaluated when the rules or their config changed since the last run.
  await getService(strapi, 'status-job').start();

  const { expiry, notifications } = getService(strapi, 'settings').config();
  getService(strapi, 'notifications').start();
  strapi.cron.add({
    complianceNotifications: {
      task: async () => {
        try {
          await getService(strapi, 'notifications').runScheduled();
        } catch (error) {
          strapi.log.error(`compliance: notification run failed: ${String(error)}`);
        }
      },
      options: { rule: digestRule(notifications.digestMinutes, notifications.digestSeconds) },
    },
  });

  if (expiry.enabled) {
    strapi.cron.add({
      complianceConsentExpiry: {
        task: async () => {
          try {
            const result = await getService(strapi, 'expiry').run();
            if (result.expired.length) strapi.log.info(`compliance: ${result.expired.length} consent(s) expired, ${result.unpublished} entr(ies) unpublished`);
          } catch (error) {
            strapi.log.error(`compliance: consent expiry run failed: ${String(error)}`);
          }
        },
        options: { rule: expiry.cron },
      },
    });
  }
};
