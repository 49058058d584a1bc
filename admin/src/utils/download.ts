import type { AuditExportFormat, AuditFilters } from '../../../shared/contracts/audit';

export type ExportFormat = AuditExportFormat;
export type { AuditFilters };

/** Query parameters of GET /compliance/audit: blank filters are left out (the server refuses unknown keys, not empty ones, but a clean URL is easier to read in logs). */
export const auditExportParams = (format: ExportFormat, filters: AuditFilters): Record<string, string> => {
  const params: Record<string, string> = { format };
  for (const key of ['from', 'to', 'action', 'uid', 'documentId'] as const) {
    const value = filters[key]?.trim();
    if (value) params[key] = value;
  }
  return params;
};

/** `compliance-audit-2026-01-31T09-30-00-000Z.ndjson`: sortable, and safe on every file system. */
export const exportFileName = (base: string, format: ExportFormat | 'json', now: Date = new Date()) =>
  `${base}-${now.toISOString().replace(/[:.]/g, '-')}.${format}`;

/** The file name the server suggests in `Content-Disposition`, if any (RFC 6266, incl. `filename*`). */
export const fileNameFromDisposition = (header: string | null | undefined): string | null => {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return sanitizeFileName(decodeURIComponent(extended[1].trim().replace(/^"|"$/g, '')));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  if (!plain) return null;
  return sanitizeFileName((plain[2] ?? plain[1]).trim());
};

/** Strips directories and characters browsers refuse in a download name. */
export const sanitizeFileName = (name: string) => {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be replaced
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').trim();
  return cleaned || 'download';
};

export const receiptFileName = (receiptId: string) => sanitizeFileName(`consent-receipt-${receiptId}.json`);

/** Saves a Blob through a temporary object URL. */
export const saveBlob = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  window.document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled; some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
