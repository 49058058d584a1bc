import type { Translate } from '../hooks/useT';

const DEFAULT_LABELS: Record<string, string> = { medical: 'Medical', legal: 'Legal', privacy: 'Privacy' };

/** A review role as people read it: translated for the built-in roles, capitalized otherwise. */
export const roleLabel = (t: Translate, role: string) =>
  DEFAULT_LABELS[role] ? t(`role.${role}`, DEFAULT_LABELS[role]) : role.charAt(0).toUpperCase() + role.slice(1);
