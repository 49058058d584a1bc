/**
 * The plugin's admin API on Strapi's data layer: endpoints injected into the admin's RTK Query
 * store (`adminApi`), typed with the shared contracts, with tags so that a write (a review, a
 * waiver, a link, a revocation, a settings change) refreshes every read it affects. File
 * downloads stay plain fetch-client calls: a Blob does not belong in the store.
 */
import * as React from 'react';
import { adminApi, useFetchClient } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../shared/contracts/common';
import type { GetChecks, GetSettings, UpdateSettings } from '../../../shared/contracts/checks';
import type { Consent, ConsentInput, CreateConsent, GetConsent, LinkConsent, ListConsents, RevokeConsent } from '../../../shared/contracts/consents';
import type { GetQueue, ListReviews, RecordReview } from '../../../shared/contracts/reviews';
import type { GetStatusJob } from '../../../shared/contracts/statuses';
import type { GetAuditPublicKeys, VerifyAudit } from '../../../shared/contracts/audit';
import type { WaiveFinding } from '../../../shared/contracts/waivers';
import type { GetNotificationPreferences, UpdateNotificationPreferences } from '../../../shared/contracts/notifications';
import type { GetHomeWidget, GetOverview } from '../../../shared/contracts/overview';
import { isLinkedTo } from '../utils/consentForm';
import { auditExportParams, fileNameFromDisposition, type AuditFilters, type ExportFormat } from '../utils/download';
import { segment, toQueryString, withQuery } from '../utils/urls';
import type { StrapiWebhook, withComplianceEvents } from '../utils/webhooks';

export type AuditVerification = VerifyAudit.Response;

export interface Download {
  blob: Blob;
  /** From `Content-Disposition`, when the server names the file. */
  fileName: string | null;
}

const entryPath = (base: string, ref: EntryRef) => `/compliance/${base}/${segment(ref.uid)}/${segment(ref.documentId)}`;
const withLocale = (path: string, ref: EntryRef) => withQuery(path, { locale: ref.locale ?? undefined });
const localeBody = (ref: EntryRef) => (ref.locale ? { locale: ref.locale } : {});

/** One entry (and locale) as a tag id. */
const entryKey = (ref: EntryRef) => `${ref.uid}|${ref.documentId}|${ref.locale ?? ''}`;

const LIST = 'LIST';

/**
 * The Content Manager's own tag of the document (collection types `${uid}_${documentId}`, single
 * types the uid): its save and publish invalidate it, which re-evaluates the checklist on screen.
 */
const documentTags = (ref: EntryRef) => [
  { type: 'Document' as const, id: `${ref.uid}_${ref.documentId}` },
  { type: 'Document' as const, id: ref.uid },
];

/** What a change to the compliance state of entries makes stale beyond the entry itself. */
const derivedTags = ['ComplianceQueue', 'ComplianceOverview', 'ComplianceStatusJob'] as const;

/** A link or an unlink changes the consent, the entry's linked consents and its checklist. */
const linkTags = ({ documentId, entry }: { documentId: string; entry: EntryRef }) => [
  { type: 'ComplianceConsent' as const, id: documentId },
  { type: 'ComplianceConsent' as const, id: `links:${entryKey(entry)}` },
  { type: 'ComplianceChecks' as const, id: entryKey(entry) },
  ...derivedTags,
];

const TAG_TYPES = [
  'Document',
  'ComplianceChecks',
  'ComplianceReviews',
  'ComplianceConsent',
  'ComplianceQueue',
  'ComplianceOverview',
  'ComplianceStatusJob',
  'ComplianceSettings',
  'ComplianceAuditKeys',
  'ComplianceNotificationPreferences',
  'ComplianceWebhooks',
] as const;
type ComplianceTag = (typeof TAG_TYPES)[number];

/** A GET without arguments whose answer is `{ data }`: the endpoint gives `data` and provides `tags`. */
const readData = <R extends { data: unknown }>(url: string, tags: ComplianceTag[]) => ({
  query: () => url,
  transformResponse: (response: R): R['data'] => response.data,
  providesTags: tags,
});

export const complianceApi = adminApi
  .enhanceEndpoints({
    addTagTypes: TAG_TYPES,
  })
  .injectEndpoints({
    endpoints: (builder) => ({
      getChecks: builder.query<GetChecks.Response['data'], EntryRef>({
        query: (ref) => withLocale(entryPath('checks', ref), ref),
        transformResponse: (response: GetChecks.Response) => response.data,
        providesTags: (_result, _error, ref) => [{ type: 'ComplianceChecks', id: entryKey(ref) }, { type: 'ComplianceChecks', id: LIST }, ...documentTags(ref)],
      }),

      getReviews: builder.query<ListReviews.Response, EntryRef>({
        query: (ref) => withLocale(entryPath('reviews', ref), ref),
        providesTags: (_result, _error, ref) => [{ type: 'ComplianceReviews', id: entryKey(ref) }, ...documentTags(ref)],
      }),

      recordReview: builder.mutation<RecordReview.Response['data'], { entry: EntryRef; body: Omit<RecordReview.Request, 'locale'> }>({
        query: ({ entry, body }) => ({ url: entryPath('reviews', entry), method: 'POST', data: { ...body, ...localeBody(entry) } }),
        transformResponse: (response: RecordReview.Response) => response.data,
        // A 409 (the entry changed) makes what is on screen stale too.
        invalidatesTags: (_result, _error, { entry }) => [
          { type: 'ComplianceChecks', id: entryKey(entry) },
          { type: 'ComplianceReviews', id: entryKey(entry) },
          ...derivedTags,
        ],
      }),

      /** Waives one finding of the checklist on screen (its `contentHash`), signed with the password. */
      waiveFinding: builder.mutation<WaiveFinding.Response['data'], { entry: EntryRef; body: Omit<WaiveFinding.Request, 'locale'> }>({
        query: ({ entry, body }) => ({ url: entryPath('waivers', entry), method: 'POST', data: { ...body, ...localeBody(entry) } }),
        transformResponse: (response: WaiveFinding.Response) => response.data,
        invalidatesTags: (_result, _error, { entry }) => [{ type: 'ComplianceChecks', id: entryKey(entry) }, ...derivedTags],
      }),

      getQueue: builder.query<GetQueue.Response, GetQueue.Query>({
        query: (query) => withQuery('/compliance/queue', { ...query }),
        providesTags: ['ComplianceQueue'],
      }),

      getStatusJob: builder.query<GetStatusJob.Response['data'], void>(readData<GetStatusJob.Response>('/compliance/statuses/job', ['ComplianceStatusJob'])),

      listConsents: builder.query<ListConsents.Response, ListConsents.Query>({
        query: (query) => withQuery('/compliance/consents', { ...query }),
        providesTags: (result) => [
          { type: 'ComplianceConsent', id: LIST },
          ...(result?.data ?? []).map(({ documentId }) => ({ type: 'ComplianceConsent' as const, id: documentId })),
        ],
      }),

      /** The consents linked to an entry (a link without locale covers every locale). */
      getLinkedConsents: builder.query<Consent[], EntryRef>({
        query: (ref) => withQuery('/compliance/consents', { uid: ref.uid, documentId: ref.documentId, locale: ref.locale ?? undefined, pageSize: 100 }),
        transformResponse: (response: ListConsents.Response, _meta, ref) => response.data.filter((consent) => isLinkedTo(consent, ref)),
        providesTags: (result, _error, ref) => [
          { type: 'ComplianceConsent', id: LIST },
          { type: 'ComplianceConsent', id: `links:${entryKey(ref)}` },
          ...(result ?? []).map(({ documentId }) => ({ type: 'ComplianceConsent' as const, id: documentId })),
          ...documentTags(ref),
        ],
      }),

      getConsent: builder.query<GetConsent.Response['data'], string>({
        query: (documentId) => `/compliance/consents/${segment(documentId)}`,
        transformResponse: (response: GetConsent.Response) => response.data,
        providesTags: (_result, _error, documentId) => [{ type: 'ComplianceConsent', id: documentId }],
      }),

      /** With a signed form, a multipart request: the consent JSON in `data`, the file in `files.evidence`. */
      createConsent: builder.mutation<CreateConsent.Response['data'], { input: ConsentInput; evidence: File | null }>({
        query: ({ input, evidence }) => {
          if (!evidence) return { url: '/compliance/consents', method: 'POST', data: input };
          const body = new FormData();
          body.append('data', JSON.stringify(input));
          body.append('files.evidence', evidence, evidence.name);
          return { url: '/compliance/consents', method: 'POST', data: body };
        },
        transformResponse: (response: CreateConsent.Response) => response.data,
        invalidatesTags: [{ type: 'ComplianceConsent', id: LIST }, 'ComplianceOverview'],
      }),

      linkConsent: builder.mutation<LinkConsent.Response['data'], { documentId: string; entry: EntryRef }>({
        query: ({ documentId, entry }) => ({
          url: `/compliance/consents/${segment(documentId)}/links`,
          method: 'POST',
          data: { uid: entry.uid, documentId: entry.documentId, ...localeBody(entry) },
        }),
        transformResponse: (response: LinkConsent.Response) => response.data,
        invalidatesTags: (_result, _error, link) => linkTags(link),
      }),

      /** The fetch client sends no body with DELETE, so the entry goes in the query string. */
      unlinkConsent: builder.mutation<LinkConsent.Response['data'], { documentId: string; entry: EntryRef }>({
        query: ({ documentId, entry }) => ({
          url: `/compliance/consents/${segment(documentId)}/links`,
          method: 'DELETE',
          config: { params: toQueryString({ uid: entry.uid, documentId: entry.documentId, locale: entry.locale ?? undefined }) },
        }),
        transformResponse: (response: LinkConsent.Response) => response.data,
        invalidatesTags: (_result, _error, link) => linkTags(link),
      }),

      /** A revocation can unpublish and block every entry the consent covered. */
      revokeConsent: builder.mutation<RevokeConsent.Response, { documentId: string; body: RevokeConsent.Request }>({
        query: ({ documentId, body }) => ({ url: `/compliance/consents/${segment(documentId)}/revoke`, method: 'POST', data: body }),
        invalidatesTags: (_result, _error, { documentId }) => [
          { type: 'ComplianceConsent', id: documentId },
          { type: 'ComplianceConsent', id: LIST },
          { type: 'ComplianceChecks', id: LIST },
          ...derivedTags,
        ],
      }),

      verifyAudit: builder.mutation<AuditVerification['data'], void>({
        query: () => '/compliance/audit/verify',
        transformResponse: (response: AuditVerification) => response.data,
      }),

      getAuditPublicKeys: builder.query<GetAuditPublicKeys.Response['data'], void>(
        readData<GetAuditPublicKeys.Response>('/compliance/audit/public-key', ['ComplianceAuditKeys'])
      ),

      getSettings: builder.query<GetSettings.Response['data'], void>(readData<GetSettings.Response>('/compliance/settings', ['ComplianceSettings'])),

      /** New severities re-evaluate every stored status (README, "Stored statuses"). */
      updateSettings: builder.mutation<UpdateSettings.Response['data'], UpdateSettings.Request>({
        query: (body) => ({ url: '/compliance/settings', method: 'PUT', data: body }),
        transformResponse: (response: UpdateSettings.Response) => response.data,
        invalidatesTags: ['ComplianceSettings', { type: 'ComplianceChecks', id: LIST }, ...derivedTags],
      }),

      getOverview: builder.query<GetOverview.Response['data'], void>(readData<GetOverview.Response>('/compliance/overview', ['ComplianceOverview'])),

      getHomeWidget: builder.query<GetHomeWidget.Response['data'], void>(
        readData<GetHomeWidget.Response>('/compliance/overview/widget', ['ComplianceOverview'])
      ),

      getNotificationPreferences: builder.query<GetNotificationPreferences.Response['data'], void>(
        readData<GetNotificationPreferences.Response>('/compliance/notifications/preferences', ['ComplianceNotificationPreferences'])
      ),

      updateNotificationPreferences: builder.mutation<UpdateNotificationPreferences.Response['data'], UpdateNotificationPreferences.Request>({
        query: (body) => ({ url: '/compliance/notifications/preferences', method: 'PUT', data: body }),
        transformResponse: (response: UpdateNotificationPreferences.Response) => response.data,
        invalidatesTags: ['ComplianceNotificationPreferences'],
      }),

      /** Strapi's own webhooks, through Strapi's own admin API (the plugin adds its events to them). */
      getWebhooks: builder.query<StrapiWebhook[], void>({
        query: () => '/admin/webhooks',
        transformResponse: (response: { data: StrapiWebhook[] }) => response.data,
        providesTags: ['ComplianceWebhooks'],
      }),

      updateWebhook: builder.mutation<StrapiWebhook, { id: string; body: ReturnType<typeof withComplianceEvents> }>({
        query: ({ id, body }) => ({ url: `/admin/webhooks/${encodeURIComponent(id)}`, method: 'PUT', data: body }),
        transformResponse: (response: { data: StrapiWebhook }) => response.data,
        invalidatesTags: ['ComplianceWebhooks'],
      }),
    }),
    overrideExisting: false,
  });

export const {
  useGetChecksQuery,
  useGetReviewsQuery,
  useRecordReviewMutation,
  useWaiveFindingMutation,
  useGetQueueQuery,
  useGetStatusJobQuery,
  useListConsentsQuery,
  useGetLinkedConsentsQuery,
  useGetConsentQuery,
  useCreateConsentMutation,
  useLinkConsentMutation,
  useUnlinkConsentMutation,
  useRevokeConsentMutation,
  useVerifyAuditMutation,
  useGetAuditPublicKeysQuery,
  useGetSettingsQuery,
  useUpdateSettingsMutation,
  useGetOverviewQuery,
  useGetHomeWidgetQuery,
  useGetNotificationPreferencesQuery,
  useUpdateNotificationPreferencesMutation,
  useGetWebhooksQuery,
  useUpdateWebhookMutation,
} = complianceApi;

/** File downloads with the admin token. Stable for the component's lifetime. */
export const useComplianceDownloads = () => {
  const { get } = useFetchClient();
  return React.useMemo(() => {
    /**
     * For blob responses the fetch client drops the error body, so read it here to keep the
     * server's message (401 still goes through its token refresh).
     */
    const download = async (url: string): Promise<Download> => {
      const response = await get(url, { responseType: 'blob', validateStatus: (status) => status !== 401 });
      const status = response.status ?? 200;
      if (status >= 400) {
        const text = await response.data.text();
        let body: unknown = null;
        try {
          body = JSON.parse(text);
        } catch {
          body = null;
        }
        throw Object.assign(new Error(text || `HTTP ${status}`), { status, response: { data: body } });
      }
      return { blob: response.data, fileName: fileNameFromDisposition(response.headers?.get('Content-Disposition')) };
    };
    return {
      downloadReceipt: (documentId: string) => download(`/compliance/consents/${segment(documentId)}/receipt`),
      downloadEvidence: (documentId: string) => download(`/compliance/consents/${segment(documentId)}/evidence`),
      exportAudit: (format: ExportFormat, filters: AuditFilters) => download(withQuery('/compliance/audit', auditExportParams(format, filters))),
      exportConsents: (format: ExportFormat, filters: { status?: string; from?: string; to?: string; expiresBefore?: string }) =>
        download(withQuery('/compliance/consents/export', { format, ...filters })),
    };
  }, [get]);
};
