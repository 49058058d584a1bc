import type { Core } from '@strapi/strapi';
import type { Actor } from '../domain/audit-chain';
import type { AdminUser } from '../../../shared/contracts/common';

interface RequestState {
  user?: AdminUser;
  auth?: { strategy?: { name?: string }; credentials?: { id?: number | string; name?: string } };
  isAuthenticated?: boolean;
}

interface RequestLike {
  state?: RequestState;
  request?: { ip?: string; method?: string; path?: string; header?: Record<string, string | string[] | undefined> };
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };

/**
 * Who is behind the current request: an admin, an API token, an end user of Users & Permissions
 * (by id only: their email is not the plugin's to copy), or the system (cron, code).
 */
export const actorFrom = (ctx: RequestLike | undefined): Actor => {
  const state = ctx?.state;
  const strategy = state?.auth?.strategy?.name;
  // Strapi 5.54 names it 'content-api-token'; earlier 5.x releases used 'api-token'.
  if (strategy === 'api-token' || strategy === 'content-api-token') {
    return { type: 'api-token', id: state?.auth?.credentials?.id ?? null };
  }
  if (state?.user && strategy === 'users-permissions') return { type: 'end-user', id: state.user.id };
  if (state?.user) {
    return { type: 'admin', id: state.user.id, ...(state.user.email ? { email: state.user.email } : {}) };
  }
  return SYSTEM_ACTOR;
};

/** Where a request came from, for the audit trail. */
export const originFrom = (ctx: RequestLike | undefined) => {
  if (!ctx?.request) return { channel: 'system' };
  const agent = ctx.request.header?.['user-agent'];
  return {
    channel: 'http',
    method: ctx.request.method,
    path: ctx.request.path,
    ip: ctx.request.ip,
    userAgent: Array.isArray(agent) ? agent[0] : agent,
  };
};

export const currentRequest = (strapi: Core.Strapi): RequestLike | undefined =>
  strapi.requestContext.get() as RequestLike | undefined;

export const displayName = (user: Omit<AdminUser, 'id'>) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || 'unknown user';
