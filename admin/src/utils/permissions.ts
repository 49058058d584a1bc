/** The plugin's admin permissions (README.md#permissions); the server registers the same actions. */
export const ACTIONS = {
  checksRead: 'plugin::compliance.checks.read',
  consentsRead: 'plugin::compliance.consents.read',
  consentsManage: 'plugin::compliance.consents.manage',
  reviewsApprove: 'plugin::compliance.reviews.approve',
  auditExport: 'plugin::compliance.audit.export',
  settingsRead: 'plugin::compliance.settings.read',
  settingsManage: 'plugin::compliance.settings.manage',
} as const;

export type ComplianceAction = (typeof ACTIONS)[keyof typeof ACTIONS];

export type CompliancePermissions = { [K in keyof typeof ACTIONS]: boolean };

/**
 * The plugin's actions carry no conditions, so holding the action is enough. (`useRBAC` names
 * allowed actions after the last segment, which collides here: checks.read, consents.read and
 * settings.read would all become `canRead`.)
 */
export const resolvePermissions = (granted: ReadonlyArray<{ action: string }>): CompliancePermissions => {
  const actions = new Set(granted.map((permission) => permission.action));
  return Object.fromEntries(Object.entries(ACTIONS).map(([key, action]) => [key, actions.has(action)])) as CompliancePermissions;
};
