import type { AuditEvent } from './audit-chain';
import { REDACTED, textReferencesOf, type ExportedText } from './audit-texts';
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
  'signature',
  'keyId',
  'texts',
] as const;

/** Stored texts by reference, for the events of one export page. */
export type TextLookup = ReadonlyMap<string, ExportedText>;

const textsOf = (event: AuditEvent, texts: TextLookup): Record<string, ExportedText> | undefined => {
  // Most pages refer to no text at all: skip the scan of every event's data then.
  if (!texts.size) return undefined;
  const references = textReferencesOf(event.data);
  if (!references.length) return undefined;
  const found: Record<string, ExportedText> = {};
  for (const { textRef } of references) {
    const text = texts.get(textRef);
    if (text) found[textRef] = text;
  }
  return found;
};

/**
 * One NDJSON line: the documented fields in the documented order; `signature` and `keyId` once
 * events are signed, and `texts` (the free texts the data refers to) for events that have them.
 * All three lie outside the hashed body. The documented fields are one object literal, which
 * JSON.stringify serializes fastest; the others are appended to it.
 */
export const auditNdjsonLine = (event: AuditEvent, texts: TextLookup = new Map()): string => {
  const json = JSON.stringify({
    seq: event.seq,
    occurredAt: event.occurredAt,
    action: event.action,
    actor: event.actor,
    subject: event.subject,
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  });
  let extra = '';
  if (event.signature) extra += `,"signature":${JSON.stringify(event.signature)}`;
  if (event.keyId) extra += `,"keyId":${JSON.stringify(event.keyId)}`;
  const found = textsOf(event, texts);
  if (found) extra += `,"texts":${JSON.stringify(found)}`;
  return extra ? `${json.slice(0, -1)}${extra}}\n` : `${json}\n`;
};

/** The texts cell: each reference with its text, or "[redacted]". */
const textsCell = (found: Record<string, ExportedText> | undefined) =>
  found ? JSON.stringify(Object.fromEntries(Object.entries(found).map(([ref, text]) => [ref, 'text' in text ? text.text : REDACTED]))) : null;

export const auditCsvLine = (event: AuditEvent, texts: TextLookup = new Map()): string =>
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
    event.signature,
    event.keyId,
    textsCell(textsOf(event, texts)),
  ]);
