import { rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CreateConsent, GetConsent, LinkConsent, ListConsents, RevokeConsent, UnlinkConsent, ConsentInput } from '../../../shared/contracts/consents';
import type { EntryRef } from '../../../shared/contracts/common';
import { ERROR_CODES } from '../../../shared/error-codes';
import { validateConsentCreate, validateConsentListQuery, validateEntryRef, validateRevoke } from '../validation/consent';
import { checkEvidenceFile, readConsentMultipart, uploadedFiles } from '../validation/consent-upload';
import { consentSubject, type EvidenceUpload } from '../services/consents';
import { getService } from '../utils/get-service';
import { validateNoQuery } from '../validation/requests';
import { adminActor, origin, viewerOf, type AdminContext } from './context';

type Problem = { path: string[]; message: string; name: string };

const problemsOf = (error: InstanceType<typeof errors.ValidationError>): Problem[] =>
  (error.details as { errors?: Problem[] } | undefined)?.errors ?? [{ path: [], message: error.message, name: 'ValidationError' }];

/** An evidence file's problem: its error code, and the problem in Strapi's `{ path, message }` form. */
const splitCode = ({ code, ...problem }: Problem & { code: string }) => ({ code, problem });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const consents = () => getService(strapi, 'consents');
  const access = () => getService(strapi, 'access');

  /** Every read of a consent is in the audit trail (consent.viewed): who, from where, what. */
  const auditView = (ctx: AdminContext, documentId: string, view: 'detail' | 'receipt' | 'evidence', extra: Record<string, unknown> = {}) =>
    getService(strapi, 'audit-log').append({
      action: 'consent.viewed',
      actor: adminActor(ctx),
      subject: consentSubject(documentId),
      data: { view, ...extra, origin: origin(ctx) },
    });

  /** The consent and its evidence file from JSON or from a multipart request, every problem listed at once. */
  const readCreateRequest = async (ctx: AdminContext): Promise<{ input: ConsentInput; upload: EvidenceUpload | null }> => {
    const multipart = Boolean(ctx.is('multipart'));
    const { input: raw, evidence } = multipart
      ? readConsentMultipart(ctx.request.body, (ctx.request as { files?: unknown }).files)
      : { input: ctx.request.body, evidence: null };
    const checked = evidence ? await checkEvidenceFile(evidence, getService(strapi, 'settings').config().evidence) : null;
    const file = checked?.problem ? splitCode(checked.problem) : null;
    let input: ConsentInput;
    try {
      input = (await validateConsentCreate(raw)) as ConsentInput;
    } catch (error) {
      if (!file || !(error instanceof errors.ValidationError)) throw error;
      // Both the consent and its file are wrong: name every problem at once.
      const problems = [...problemsOf(error), file.problem];
      throw new errors.ValidationError(`${problems.length} problem(s) in the consent and its evidence file`, { code: ERROR_CODES.invalidInput, errors: problems });
    }
    if (file) throw new errors.ValidationError(file.problem.message, { code: file.code, errors: [file.problem] });
    return { input, upload: checked?.upload ?? null };
  };

  return {
    /** Consents the caller may see (services/access.ts); the query and the documentIds returned are audited, never names. */
    async find(ctx: AdminContext) {
      const query = (await validateConsentListQuery(ctx.query)) as ListConsents.Query;
      const viewer = viewerOf(strapi, ctx);
      const entry = query.uid && query.documentId ? { uid: query.uid, documentId: query.documentId, locale: query.locale ?? null } : undefined;
      const page = await consents().findPage(query, await access().consentWhere(viewer, entry));
      const data = await access().forViewer(viewer, page.data);
      await getService(strapi, 'audit-log').append({
        action: 'consent.listed',
        actor: adminActor(ctx),
        subject: null,
        data: { query, documentIds: data.map((consent) => consent.documentId), total: page.meta.pagination.total, origin: origin(ctx) },
      });
      ctx.body = { data, meta: page.meta } satisfies ListConsents.Response;
    },

    async create(ctx: AdminContext) {
      try {
        const { input, upload } = await readCreateRequest(ctx);
        const consent = await consents().create(input, adminActor(ctx), origin(ctx), upload);
        ctx.status = 201;
        ctx.body = { data: consent } satisfies CreateConsent.Response;
      } finally {
        // Strapi's body parser removes only the files of a `files` field; the temporary copies go now.
        await Promise.all(uploadedFiles((ctx.request as { files?: unknown }).files).map((file) => rm(file.filepath, { force: true })));
      }
    },

    async findOne(ctx: AdminContext) {
      await validateNoQuery(ctx.query);
      const viewer = viewerOf(strapi, ctx);
      await access().assertCanSeeConsent(viewer, ctx.params.documentId);
      const [consent] = await access().forViewer(viewer, [await consents().load(ctx.params.documentId)]);
      await auditView(ctx, consent.documentId, 'detail');
      ctx.body = { data: consent } satisfies GetConsent.Response;
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
      await access().assertCanSeeConsent(viewerOf(strapi, ctx), ctx.params.documentId);
      const receipt = await consents().receipt(ctx.params.documentId);
      await auditView(ctx, ctx.params.documentId, 'receipt');
      ctx.set('Content-Disposition', `attachment; filename="consent-receipt-${receipt.consentReceiptID}.json"`);
      ctx.body = receipt;
    },

    /** The signed-authorization file, always as a download, never from a public URL. */
    async evidence(ctx: AdminContext) {
      await validateNoQuery(ctx.query);
      await access().assertCanSeeConsent(viewerOf(strapi, ctx), ctx.params.documentId);
      const { evidence, bytes } = await consents().evidenceOf(ctx.params.documentId);
      await auditView(ctx, ctx.params.documentId, 'evidence', { sha256: evidence.sha256 });
      ctx.attachment(evidence.name);
      ctx.type = evidence.mime;
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.body = bytes;
    },
  };
};
