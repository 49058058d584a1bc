import * as React from 'react';
import { useAuth } from '@strapi/strapi/admin';
import { resolvePermissions, type CompliancePermissions } from '../utils/permissions';

/** Which of the plugin's actions the signed-in admin holds. */
export const useCompliancePermissions = (): CompliancePermissions => {
  const permissions = useAuth('CompliancePermissions', (state) => state.permissions);
  return React.useMemo(() => resolvePermissions(permissions ?? []), [permissions]);
};
