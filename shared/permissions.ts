/** Every admin permission of the plugin, registered once as `plugin::compliance.<name>` (README.md#permissions). */
export const PERMISSIONS = {
  checksRead: 'checks.read',
  consentsRead: 'consents.read',
  consentsManage: 'consents.manage',
  reviewsApprove: 'reviews.approve',
  auditExport: 'audit.export',
  settingsRead: 'settings.read',
  settingsManage: 'settings.manage',
} as const;

export type PermissionKey = keyof typeof PERMISSIONS;
export type PermissionName = (typeof PERMISSIONS)[PermissionKey];

const PREFIX = 'plugin::compliance.';
export type PermissionUid = `${typeof PREFIX}${PermissionName}`;

export const permissionUid = <N extends PermissionName>(name: N): `${typeof PREFIX}${N}` => `${PREFIX}${name}`;

/** The same map with full action uids, as the admin's permission checks see them. */
export const PERMISSION_UIDS = Object.fromEntries(Object.entries(PERMISSIONS).map(([key, name]) => [key, permissionUid(name)])) as {
  [K in PermissionKey]: `${typeof PREFIX}${(typeof PERMISSIONS)[K]}`;
};

/** What Settings → Roles shows for each permission. */
export const ACTIONS: Array<{ uid: PermissionName; displayName: string; subCategory: string }> = [
  { uid: PERMISSIONS.checksRead, displayName: 'Read checklists, reviews and the review queue', subCategory: 'Checks' },
  { uid: PERMISSIONS.consentsRead, displayName: 'Read consent records and receipts', subCategory: 'Consents' },
  { uid: PERMISSIONS.consentsManage, displayName: 'Record, link and revoke consents', subCategory: 'Consents' },
  { uid: PERMISSIONS.reviewsApprove, displayName: 'Sign reviews (approve or request changes)', subCategory: 'Reviews' },
  { uid: PERMISSIONS.auditExport, displayName: 'Export and verify the audit trail and consent register', subCategory: 'Audit' },
  { uid: PERMISSIONS.settingsRead, displayName: 'Read compliance settings', subCategory: 'Settings' },
  { uid: PERMISSIONS.settingsManage, displayName: 'Change rule severities', subCategory: 'Settings' },
];

/** What Editors and Authors get on first install. */
export const DEFAULT_EDITOR_PERMISSIONS: PermissionName[] = [PERMISSIONS.checksRead, PERMISSIONS.consentsRead];
