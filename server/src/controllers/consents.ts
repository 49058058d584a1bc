import type { Core } from '@strapi/strapi';
import type { CreateConsent, GetConsent, LinkConsent, ListConsents, RevokeConsent, UnlinkConsent, ConsentInput } from '../../../shared/contracts/consents';
import type { EntryRef } from '../../../shared/contracts/common';
import { validateConsentCreate, validateConsentListQuery, validateEntryRef, validateRevoke } from '../validation/consent';
import { getService } from '../utils/get-service';
import { validateNoQuery } from '../validation/requests';
import { adminActor, origin, type AdminContext } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const consents = () => getService(strapi, 'consents');
  return {
    async find(ctx: AdminContext) {
      const query = (await validateConsentListQuery(ctx.query)) as ListConsents.Query;
      ctx.body = (await consents().findPage(query)) satisfies ListConsents.Response;
    },

    async create(ctx: AdminContext) {
      const input = (await validateConsentCreate(ctx.request.body)) as ConsentInput;
      const consent = await consents().create(input, adminActor(ctx), origin(ctx));
      ctx.status = 201;
      ctx.body = { data: consent } satisfies CreateConsent.Response;
    },

    async findOne(ctx: AdminContext) {
      await validateNoQuery(ctx.query);
      ctx.body = { data: await consents().load(ctx.params.documentId) } satisfies GetConsent.Response;
    },

    async link(ctx: AdminContext) {
      const ref = (await validateEntryRef(ctx.request.body)) as EntryRef;
      ctx.body = { data: await consents().link(ctx.params.documentId, ref, adminActor(ctx), origin(ctx)) } satisfies LinkConsent.Response;
    },

    async unlink(ctx: AdminContext) {
      // Strapi's body parser skips DELETE bodies by default, so the reference may come as query parameters.
      const body = ctx.request.body;
      const hasBody = body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body).length === 0);
      const ref = (await validateEntryRef(hasBody ? body : { ...ctx.query })) as EntryRef;
      const { consent, unpublished } = await consents().unlink(ctx.params.documentId, ref, adminActor(ctx), origin(ctx));
      ctx.body = { data: consent, meta: { unpublished } } satisfies UnlinkConsent.Response;
    },

    async revoke(ctx: AdminContext) {
      const body = (await validateRevoke(ctx.request.body)) as RevokeConsent.Request;
      const { consent, unpublished } = await consents().end(ctx.params.documentId, 'revoked', adminActor(ctx), { ...body, origin: origin(ctx) });
      ctx.body = { data: consent, meta: { unpublished } } satisfies RevokeConsent.Response;
    },

    async receipt(ctx: AdminContext) {
      await validateNoQuery(ctx.query);
      const receipt = await consents().receipt(ctx.params.documentId);
      ctx.set('Content-Disposition', `attachment; filename="consent-receipt-${receipt.consentReceiptID}.json"`);
      ctx.body = receipt;
    },
  };
};
