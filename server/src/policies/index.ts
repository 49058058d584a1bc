import { errors } from '@strapi/utils';
import { ERROR_CODES } from '../../../shared/error-codes';
import { ACTIONS, permissionUid, type PermissionName } from '../../../shared/permissions';

export interface PolicyContext {
  state: { userAbility?: { can(action: string): boolean } };
}

/**
 * Strapi's `admin::hasPermissions` for one of the plugin's permissions, with a refusal that says
 * which permission is missing and where an administrator grants it (README.md#permissions)
 * instead of Strapi's bare "Policy Failed".
 */
const hasPermission = (ctx: PolicyContext, config: { permission: PermissionName }): true => {
  const uid = permissionUid(config.permission);
  if (ctx.state.userAbility?.can(uid)) return true;
  const label = ACTIONS.find((action) => action.uid === config.permission)?.displayName ?? config.permission;
  throw new errors.PolicyError(
    `This needs the Compliance permission "${label}" (${uid}); an administrator can add it to one of your roles in Settings → Administration Panel → Roles → Plugins → Compliance`,
    { code: ERROR_CODES.missingPermission, permission: uid }
  );
};

export default { 'has-permission': hasPermission };
