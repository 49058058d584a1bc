import type { AuditEvent } from './audit-chain';
import { csvRow } from './csv';

export const AUDIT_CSV_HEADER = [
  'seq',
  'occurredAt',
  'action',
  'actorType',
  'actorId',
  'actorEmail',
  'subjectUid',
  'subjectDocumentId',
  'subjectLocale',
  'data',
  'prevHash',
  'hash',
] as const;

/** One NDJSON line: exactly the documented fields, in the documented order. */
export const auditNdjsonLine = (event: AuditEvent): string =>
  `${JSON.stringify({
    seq: event.seq,
    occurredAt: event.occurredAt,
    action: event.action,
    actor: event.actor,
    subject: event.subject,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  })}\n`;

export const auditCsvLine = (event: AuditEvent): string =>
  csvRow([
    event.seq,
    event.occurredAt,
    event.action,
    event.actor.type,
    event.actor.id,
    event.actor.email,
    event.subject?.uid,
    event.subject?.documentId,
    event.subject?.locale,
    JSON.stringify(event.data),
    event.prevHash,
    event.hash,
  ]);
