/** Audit trail contracts (DESIGN section 6). The action names are part of the public API. */
export const AUDIT_ACTIONS = [
  'consent.created',
  'consent.linked',
  'consent.unlinked',
  'consent.revoked',
  'consent.expired',
  'review.recorded',
  'publish.allowed',
  'publish.blocked',
  'publish.unverified',
  'entry.unpublished',
  'audit.exported',
  'settings.updated',
  'entry.saved',
  'review.signature-failed',
  'review.signing-locked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditExportFormat = 'ndjson' | 'csv';

/** Filters of the audit export. */
export interface AuditFilters {
  from?: string;
  to?: string;
  action?: string;
  uid?: string;
  documentId?: string;
}

export interface AuditExportQuery extends AuditFilters {
  format?: AuditExportFormat;
}

export declare namespace VerifyAudit {
  interface Response {
    data: { valid: boolean; count: number; brokenAt?: number; reason?: string };
  }
}
