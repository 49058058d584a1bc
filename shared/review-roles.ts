/** The built-in review roles as people read them; other roles are shown capitalized. */
export const REVIEW_ROLE_LABELS: Readonly<Record<string, string>> = { medical: 'Medical', legal: 'Legal', privacy: 'Privacy' };

export const defaultRoleLabel = (role: string) => REVIEW_ROLE_LABELS[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
