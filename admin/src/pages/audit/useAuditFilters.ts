import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/contracts/audit';
import { dayRange } from '../../utils/audit';
import { fromIsoString, toIsoDate } from '../../utils/consentForm';
import type { AuditFilters } from '../../utils/download';

/** The export's filters as they stand in the URL: days as YYYY-MM-DD, the rest as typed. */
interface AuditQuery {
  from?: string;
  to?: string;
  action?: string;
  uid?: string;
  documentId?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isAuditAction = (value: unknown): value is AuditAction => AUDIT_ACTIONS.some((action) => action === value);
const calendarDay = (value: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(text(value)) ? fromIsoString(text(value)) : undefined);

/**
 * The Audit page's export filters, kept in the URL like the lists' filters, so a reload or a shared
 * link keeps them. Values the page does not offer (an unknown action, a malformed day) are ignored.
 * Typing replaces the current history entry rather than adding one per keystroke.
 */
export const useAuditFilters = () => {
  const [{ query }, setQuery] = useQueryParams<AuditQuery>();
  // One Date per day written in the URL, so the pickers see the same value between renders.
  const from = React.useMemo(() => calendarDay(query.from), [query.from]);
  const to = React.useMemo(() => calendarDay(query.to), [query.to]);
  const action = isAuditAction(query.action) ? query.action : '';
  const uid = text(query.uid);
  const documentId = text(query.documentId);

  // The URL is written without encoding (Strapi's useQueryParams), so values are encoded here.
  const set = (key: keyof AuditQuery, value: string) => setQuery({ [key]: value ? encodeURIComponent(value) : undefined }, 'push', true);

  const filters: AuditFilters = { ...dayRange(from, to), action, uid, documentId };
  return {
    from,
    to,
    action,
    uid,
    documentId,
    filters,
    setFrom: (date: Date | undefined) => set('from', date ? toIsoDate(date) : ''),
    setTo: (date: Date | undefined) => set('to', date ? toIsoDate(date) : ''),
    setAction: (next: string) => set('action', isAuditAction(next) ? next : ''),
    setUid: (next: string) => set('uid', next),
    setDocumentId: (next: string) => set('documentId', next),
  };
};
