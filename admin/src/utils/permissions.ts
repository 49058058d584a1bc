import { PERMISSION_UIDS } from '../../../shared/permissions';

/** The plugin's admin permissions (README.md#permissions), as full action uids; the map is in `shared/permissions.ts`. */
export const ACTIONS = PERMISSION_UIDS;

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
