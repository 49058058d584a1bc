/** Every admin permission of the plugin, registered once as `plugin::compliance.<name>`. */
export const PERMISSIONS = {
  checksRead: 'checks.read',
  consentsRead: 'consents.read',
  consentsManage: 'consents.manage',
  reviewsApprove: 'reviews.approve',
  auditExport: 'audit.export',
  settingsRead: 'settings.read',
  settingsManage: 'settings.manage',
} as const;

export type PermissionName = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const permissionUid = (name: PermissionName) => `plugin::compliance.${name}`;

export const ACTIONS: Array<{ uid: PermissionName; displayName: string; subCategory: string }> = [
  { uid: 'checks.read', displayName: 'Read checklists, reviews and the review queue', subCategory: 'Checks' },
  { uid: 'consents.read', displayName: 'Read consent records and receipts', subCategory: 'Consents' },
  { uid: 'consents.manage', displayName: 'Record, link and revoke consents', subCategory: 'Consents' },
  { uid: 'reviews.approve', displayName: 'Sign reviews (approve or request changes)', subCategory: 'Reviews' },
  { uid: 'audit.export', displayName: 'Export and verify the audit trail and consent register', subCategory: 'Audit' },
  { uid: 'settings.read', displayName: 'Read compliance settings', subCategory: 'Settings' },
  { uid: 'settings.manage', displayName: 'Change rule severities', subCategory: 'Settings' },
];

/** What Editors and Authors get on first install. */
export const DEFAULT_EDITOR_PERMISSIONS: PermissionName[] = ['checks.read', 'consents.read'];
