import type { PermissionName } from '../../../shared/permissions';

const guard = (permission: PermissionName) => ({
  // admin::hasPermissions, with a refusal naming the missing permission (server/src/policies).
  policies: ['admin::isAuthenticatedAdmin', { name: 'plugin::compliance.has-permission', config: { permission } }],
});

const route = (method: string, path: string, handler: string, permission: PermissionName) => ({
  method,
  path,
  handler,
  config: guard(permission),
});

/** A route every signed-in admin may use, for their own data only. */
const own = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: ['admin::isAuthenticatedAdmin'] } });

/** Admin API (README.md#admin-api). Specific paths come before `:documentId` patterns. */
export default {
  type: 'admin',
  routes: [
    route('GET', '/checks/:uid/:documentId', 'checks.find', 'checks.read'),
    route('GET', '/queue', 'checks.queue', 'checks.read'),
    route('GET', '/statuses', 'statuses.find', 'checks.read'),
    route('GET', '/statuses/job', 'statuses.job', 'checks.read'),
    route('GET', '/overview', 'overview.find', 'checks.read'),
    route('GET', '/overview/widget', 'overview.widget', 'checks.read'),
    own('GET', '/notifications/preferences', 'notifications.findPreferences'),
    own('PUT', '/notifications/preferences', 'notifications.updatePreferences'),
    route('GET', '/consents', 'consents.find', 'consents.read'),
    route('POST', '/consents', 'consents.create', 'consents.manage'),
    route('GET', '/consents/export', 'audit.exportConsents', 'audit.export'),
    route('GET', '/consents/:documentId', 'consents.findOne', 'consents.read'),
    route('POST', '/consents/:documentId/links', 'consents.link', 'consents.manage'),
    route('DELETE', '/consents/:documentId/links', 'consents.unlink', 'consents.manage'),
    route('POST', '/consents/:documentId/revoke', 'consents.revoke', 'consents.manage'),
    route('GET', '/consents/:documentId/receipt', 'consents.receipt', 'consents.read'),
    route('GET', '/consents/:documentId/evidence', 'consents.evidence', 'consents.read'),
    route('GET', '/reviews/:uid/:documentId', 'reviews.find', 'checks.read'),
    route('POST', '/reviews/:uid/:documentId', 'reviews.create', 'reviews.approve'),
    route('POST', '/waivers/:uid/:documentId', 'waivers.create', 'reviews.approve'),
    route('GET', '/audit', 'audit.export', 'audit.export'),
    route('GET', '/audit/verify', 'audit.verify', 'audit.export'),
    route('GET', '/audit/public-key', 'audit.publicKeys', 'audit.export'),
    route('POST', '/audit/texts/:ref/redact', 'audit.redactText', 'consents.manage'),
    route('GET', '/settings', 'settings.find', 'settings.read'),
    route('PUT', '/settings', 'settings.update', 'settings.manage'),
  ],
};
