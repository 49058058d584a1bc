import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { actorFrom, displayName, originFrom } from '../services/request-actor';
import type { Actor } from '../domain/audit-chain';
import { getService } from '../utils/get-service';
import { ERROR_CODES } from '../../../shared/error-codes';
import type { UserAbility, Viewer } from '../services/access';
import type { Reviewer } from '../services/reviews';

export type AdminContext = Context & {
  state: { user?: Reviewer; userAbility?: UserAbility };
  params: Record<string, string>;
  request: Context['request'] & { body?: unknown };
};

export const adminActor = (ctx: AdminContext): Actor & { name?: string } => ({
  ...actorFrom(ctx),
  ...(ctx.state.user ? { name: displayName(ctx.state.user) } : {}),
});

export const origin = (ctx: AdminContext) => originFrom(ctx);

/** The caller's Content Manager read permissions and consent reach (admin routes always carry an ability). */
export const viewerOf = (strapi: Core.Strapi, ctx: AdminContext): Viewer => {
  if (!ctx.state.userAbility) throw new errors.UnauthorizedError('An admin session is required');
  return getService(strapi, 'access').viewerOf(ctx.state.userAbility);
};

/** A uid in a path must name a content type marked for compliance. */
export const assertMarkedUid = (strapi: Core.Strapi, uid: string) => {
  if (!getService(strapi, 'marked-types').isMarked(uid)) {
    throw new errors.ValidationError(`"${uid}" is not a content type marked for compliance`, {
      code: ERROR_CODES.unmarkedType,
      errors: [{ path: ['uid'], message: `"${uid}" is not a content type marked for compliance`, name: 'ValidationError' }],
    });
  }
};

/** Streams text chunks in slices of ~64 KB so the response buffer stays small. */
export async function* chunked(lines: AsyncIterable<string>, header?: string): AsyncGenerator<string> {
  let buffer = header ?? '';
  for await (const line of lines) {
    buffer += line;
    if (buffer.length >= 65536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
