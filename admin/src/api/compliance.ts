/**
 * The plugin's admin API, typed with the shared contracts: one client over `useFetchClient`
 * (mutations and downloads) and the read hooks built on it.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../shared/contracts/common';
import type { GetChecks, GetSettings, UpdateSettings } from '../../../shared/contracts/checks';
import type { Consent, ConsentInput, CreateConsent, GetConsent, LinkConsent, ListConsents, RevokeConsent } from '../../../shared/contracts/consents';
import type { GetQueue, ListReviews, RecordReview } from '../../../shared/contracts/reviews';
import type { GetStatusJob } from '../../../shared/contracts/statuses';
import type { GetAuditPublicKeys, VerifyAudit } from '../../../shared/contracts/audit';
import type { WaiveFinding } from '../../../shared/contracts/waivers';
import type { GetNotificationPreferences, UpdateNotificationPreferences } from '../../../shared/contracts/notifications';
import type { GetHomeWidget, GetOverview } from '../../../shared/contracts/overview';
import { useAsync } from '../hooks/useAsync';
import { isLinkedTo } from '../utils/consentForm';
import { auditExportParams, fileNameFromDisposition, type AuditFilters, type ExportFormat } from '../utils/download';
import { segment, toQueryString, withQuery } from '../utils/urls';

export type AuditVerification = VerifyAudit.Response;

export interface Download {
  blob: Blob;
  /** From `Content-Disposition`, when the server names the file. */
  fileName: string | null;
}

const entryPath = (base: string, ref: EntryRef) => `/compliance/${base}/${segment(ref.uid)}/${segment(ref.documentId)}`;
const locale = (ref: EntryRef) => ({ locale: ref.locale ?? undefined });

/** Typed calls of the admin API. Stable for the component's lifetime. */
export const useComplianceApi = () => {
  const { get, post, put, del } = useFetchClient();
  return React.useMemo(() => {
    /**
     * A file download with the admin token. For blob responses the fetch client drops the error
     * body, so read it here to keep the server's message (401 still goes through its token refresh).
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
      getChecks: async (ref: EntryRef, signal?: AbortSignal) =>
        (await get<GetChecks.Response>(withQuery(entryPath('checks', ref), locale(ref)), { signal })).data.data,

      getReviews: async (ref: EntryRef, signal?: AbortSignal) =>
        (await get<ListReviews.Response>(withQuery(entryPath('reviews', ref), locale(ref)), { signal })).data,

      recordReview: async (ref: EntryRef, body: Omit<RecordReview.Request, 'locale'>) =>
        (
          await post<RecordReview.Response, RecordReview.Request>(entryPath('reviews', ref), {
            ...body,
            ...(ref.locale ? { locale: ref.locale } : {}),
          })
        ).data.data,

      /** Waives one finding of the checklist on screen (its `contentHash`), signed with the password. */
      waiveFinding: async (ref: EntryRef, body: Omit<WaiveFinding.Request, 'locale'>) =>
        (
          await post<WaiveFinding.Response, WaiveFinding.Request>(entryPath('waivers', ref), {
            ...body,
            ...(ref.locale ? { locale: ref.locale } : {}),
          })
        ).data.data,

      getQueue: async (query: GetQueue.Query, signal?: AbortSignal) =>
        (await get<GetQueue.Response>(withQuery('/compliance/queue', { ...query }), { signal })).data,

      getStatusJob: async (signal?: AbortSignal) => (await get<GetStatusJob.Response>('/compliance/statuses/job', { signal })).data.data,

      listConsents: async (query: ListConsents.Query, signal?: AbortSignal) =>
        (await get<ListConsents.Response>(withQuery('/compliance/consents', { ...query }), { signal })).data,

      getConsent: async (documentId: string, signal?: AbortSignal) =>
        (await get<GetConsent.Response>(`/compliance/consents/${segment(documentId)}`, { signal })).data.data,

      /** With a signed form, a multipart request: the consent JSON in `data`, the file in `files.evidence`. */
      createConsent: async (input: ConsentInput, evidence: File | null = null) => {
        if (!evidence) return (await post<CreateConsent.Response, CreateConsent.Request>('/compliance/consents', input)).data.data;
        const body = new FormData();
        body.append('data', JSON.stringify(input));
        body.append('files.evidence', evidence, evidence.name);
        return (await post<CreateConsent.Response, FormData>('/compliance/consents', body)).data.data;
      },

      linkConsent: async (documentId: string, ref: EntryRef) =>
        (
          await post<LinkConsent.Response, LinkConsent.Request>(`/compliance/consents/${segment(documentId)}/links`, {
            uid: ref.uid,
            documentId: ref.documentId,
            ...(ref.locale ? { locale: ref.locale } : {}),
          })
        ).data.data,

      /** The fetch client sends no body with DELETE, so the entry goes in the query string. */
      unlinkConsent: async (documentId: string, ref: EntryRef) =>
        (
          await del<LinkConsent.Response>(`/compliance/consents/${segment(documentId)}/links`, {
            params: toQueryString({ uid: ref.uid, documentId: ref.documentId, locale: ref.locale ?? undefined }),
          })
        ).data.data,

      revokeConsent: async (documentId: string, body: RevokeConsent.Request) =>
        (await post<RevokeConsent.Response, RevokeConsent.Request>(`/compliance/consents/${segment(documentId)}/revoke`, body)).data,

      downloadReceipt: (documentId: string) => download(`/compliance/consents/${segment(documentId)}/receipt`),

      downloadEvidence: (documentId: string) => download(`/compliance/consents/${segment(documentId)}/evidence`),

      exportAudit: (format: ExportFormat, filters: AuditFilters) => download(withQuery('/compliance/audit', auditExportParams(format, filters))),

      exportConsents: (format: ExportFormat, filters: { status?: string; from?: string; to?: string; expiresBefore?: string }) =>
        download(withQuery('/compliance/consents/export', { format, ...filters })),

      verifyAudit: async () => (await get<AuditVerification>('/compliance/audit/verify')).data.data,

      getAuditPublicKeys: async (signal?: AbortSignal) => (await get<GetAuditPublicKeys.Response>('/compliance/audit/public-key', { signal })).data.data,

      getSettings: async (signal?: AbortSignal) => (await get<GetSettings.Response>('/compliance/settings', { signal })).data.data,

      updateSettings: async (body: UpdateSettings.Request) =>
        (await put<UpdateSettings.Response, UpdateSettings.Request>('/compliance/settings', body)).data.data,

      getOverview: async (signal?: AbortSignal) => (await get<GetOverview.Response>('/compliance/overview', { signal })).data.data,

      getHomeWidget: async (signal?: AbortSignal) => (await get<GetHomeWidget.Response>('/compliance/overview/widget', { signal })).data.data,

      getNotificationPreferences: async (signal?: AbortSignal) =>
        (await get<GetNotificationPreferences.Response>('/compliance/notifications/preferences', { signal })).data.data,

      updateNotificationPreferences: async (body: UpdateNotificationPreferences.Request) =>
        (await put<UpdateNotificationPreferences.Response, UpdateNotificationPreferences.Request>('/compliance/notifications/preferences', body)).data.data,
    };
  }, [get, post, put, del]);
};

export type ComplianceApi = ReturnType<typeof useComplianceApi>;

/* Read hooks. `refreshKey` re-fetches when it changes (e.g. the entry's `updatedAt` after a save). */

export const useChecks = (ref: EntryRef | null, refreshKey?: unknown) => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getChecks(ref as EntryRef, signal), [api, ref?.uid, ref?.documentId, ref?.locale, refreshKey], Boolean(ref));
};

export const useReviews = (ref: EntryRef | null, refreshKey?: unknown, enabled = true) => {
  const api = useComplianceApi();
  return useAsync(
    (signal) => api.getReviews(ref as EntryRef, signal),
    [api, ref?.uid, ref?.documentId, ref?.locale, refreshKey],
    Boolean(ref) && enabled,
  );
};

export const useConsents = (query: ListConsents.Query, enabled = true) => {
  const api = useComplianceApi();
  return useAsync((signal) => api.listConsents(query, signal), [api, query.page, query.pageSize, query.q, query.status, query.expiresBefore], enabled);
};

export const useConsent = (documentId: string | undefined, refreshKey?: unknown) => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getConsent(documentId as string, signal), [api, documentId, refreshKey], Boolean(documentId));
};

/** The consents linked to an entry (a link without locale covers every locale). */
export const useLinkedConsents = (ref: EntryRef | null, refreshKey?: unknown, enabled = true) => {
  const api = useComplianceApi();
  return useAsync(
    async (signal): Promise<Consent[]> => {
      const entry = ref as EntryRef;
      const { data } = await api.listConsents({ uid: entry.uid, documentId: entry.documentId, ...(entry.locale ? { locale: entry.locale } : {}), pageSize: 100 }, signal);
      return data.filter((consent) => isLinkedTo(consent, entry));
    },
    [api, ref?.uid, ref?.documentId, ref?.locale, refreshKey],
    Boolean(ref) && enabled,
  );
};

export const useQueue = (query: GetQueue.Query, enabled = true) => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getQueue(query, signal), [api, query.page, query.pageSize, query.uid, query.rule, query.role, query.mine], enabled);
};

/** The re-evaluation of stored statuses; asked again every `pollMs` while it is not idle. */
export const useStatusJob = (pollMs = 5000) => {
  const api = useComplianceApi();
  const state = useAsync((signal) => api.getStatusJob(signal), [api]);
  const { reload } = state;
  const busy = Boolean(state.data && state.data.state !== 'idle');
  React.useEffect(() => {
    if (!busy) return undefined;
    const timer = setTimeout(reload, pollMs);
    return () => clearTimeout(timer);
  }, [busy, reload, pollMs, state.data]);
  return state;
};

/** Whether the server signs audit events, and every public key that has signed them. */
export const useAuditPublicKeys = () => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getAuditPublicKeys(signal), [api]);
};

export const useSettings = (enabled = true) => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getSettings(signal), [api], enabled);
};

export const useOverview = () => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getOverview(signal), [api]);
};

export const useHomeWidget = () => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getHomeWidget(signal), [api]);
};

export const useNotificationPreferences = () => {
  const api = useComplianceApi();
  return useAsync((signal) => api.getNotificationPreferences(signal), [api]);
};
