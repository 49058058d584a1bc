import type { Context, Next } from 'koa';

/** The prefix Strapi mounts this plugin's admin routes under. */
export const ADMIN_ROUTE_PREFIX = '/compliance';

const isPluginRoute = (path: string) => path === ADMIN_ROUTE_PREFIX || path.startsWith(`${ADMIN_ROUTE_PREFIX}/`);

/**
 * Every response of the plugin's admin API carries patient data or says something about it, so
 * none may be kept by a browser or a proxy. Registered as a server middleware (before Strapi's own)
 * rather than per route, so refusals of authentication and policies (401, 403), unknown routes and
 * body-parser errors carry the header too.
 */
export const noStoreMiddleware = async (ctx: Context, next: Next) => {
  if (!isPluginRoute(ctx.path)) return next();
  ctx.set('Cache-Control', 'no-store');
  try {
    await next();
  } finally {
    ctx.set('Cache-Control', 'no-store');
  }
};
