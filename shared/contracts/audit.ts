/** Audit trail contracts (docs/architecture.md#audit-chain-format). The action names are part of the public API. */
export const AUDIT_ACTIONS = [
  'consent.created',
  'consent.linked',
  'consent.unlinked',
  'consent.revoked',
  'consent.expired',
  'consent.viewed',
  'consent.listed',
  'consent.exported',
  'review.recorded',
  'publish.allowed',
  'publish.blocked',
  'publish.unverified',
  'entry.unpublished',
  'audit.exported',
  'settings.updated',
  'audit.text-redacted',
  'entry.saved',
  'review.signature-failed',
  'review.signing-locked',
  'finding.waived',
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

/** Whether this server signs new events, and with which key. */
export interface AuditSigning {
  enabled: boolean;
  keyId: string | null;
}

export declare namespace VerifyAudit {
  interface Response {
    data: {
      valid: boolean;
      count: number;
      brokenAt?: number;
      reason?: string;
      /** The first signed event; every later one must be signed too. */
      signedFrom?: number;
      /** The chain head the events were checked against (read before them). */
      head: { seq: number; hash: string };
      signing: AuditSigning;
    };
  }
}

/** A public key that has signed audit events (or signs them now: `current`). */
export interface AuditPublicKey {
  keyId: string;
  /** SubjectPublicKeyInfo, PEM. */
  publicKey: string;
  firstUsedAt: string;
  current: boolean;
}

export declare namespace GetAuditPublicKeys {
  interface Response {
    data: { signing: AuditSigning; keys: AuditPublicKey[] };
  }
}

/** A free text (revocation reason, review comment) after its redaction. */
export interface RedactedText {
  ref: string;
  digest: string;
  redactedAt: string;
  redactedBy: { id: string | number | null; email?: string; name?: string };
  reason: string;
}

export declare namespace RedactText {
  interface Request {
    reason: string;
  }
  interface Response {
    data: RedactedText;
  }
}
