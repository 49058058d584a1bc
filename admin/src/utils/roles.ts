import { defaultRoleLabel, REVIEW_ROLE_LABELS } from '../../../shared/review-roles';
import type { Translate } from '../hooks/useT';

/** A review role as people read it: translated for the built-in roles (shared/review-roles.ts), capitalized otherwise. */
export const roleLabel = (t: Translate, role: string) => {
  const builtIn = REVIEW_ROLE_LABELS[role];
  return builtIn ? t(`role.${role}`, builtIn) : defaultRoleLabel(role);
};
