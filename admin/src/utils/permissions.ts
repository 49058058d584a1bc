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

/** A permission as `Page.Protect` and the menu compare it: the plugin's actions have no subject. */
export interface PagePermission {
  action: string;
  subject: null;
}

const holding = (action: string): PagePermission[] => [{ action, subject: null }];

/** Who may open each page of the Compliance section (README.md#permissions): anyone holding one of the listed actions. */
export const PAGE_PERMISSIONS = {
  overview: holding(ACTIONS.checksRead),
  queue: holding(ACTIONS.checksRead),
  consents: holding(ACTIONS.consentsRead),
  audit: holding(ACTIONS.auditExport),
  settings: holding(ACTIONS.settingsRead),
  // Strapi's own permission: the page edits Strapi's webhooks.
  webhooks: holding('admin::webhooks.read'),
} as const satisfies Record<string, PagePermission[]>;

export type ProtectedPage = keyof typeof PAGE_PERMISSIONS;

/** Whether `granted` opens a page, as `Page.Protect` decides for actions without conditions. */
export const canOpen = (granted: ReadonlyArray<{ action: string; subject?: string | null }>, page: ProtectedPage) =>
  PAGE_PERMISSIONS[page].some((needed) => granted.some((permission) => permission.action === needed.action && (permission.subject ?? null) === needed.subject));
