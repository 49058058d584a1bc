import type { Core } from '@strapi/strapi';
import { Readable } from 'node:stream';
import { getService } from '../utils/get-service';
import { validateAuditQuery, validateConsentExportQuery, validateNoQuery, validateRedaction, validateTextRef } from '../validation/requests';
import type { AuditEvent } from '../domain/audit-chain';
import { AUDIT_CSV_HEADER, auditCsvLine, auditNdjsonLine } from '../domain/audit-export';
import { csvRow } from '../domain/csv';
import { REGISTER_CSV_HEADER } from '../services/consent-register';
import { adminActor, chunked, origin, type AdminContext } from './context';
import type { AuditExportQuery, GetAuditPublicKeys, RedactText, VerifyAudit } from '../../../shared/contracts/audit';

type Format = 'ndjson' | 'csv';

const download = (ctx: AdminContext, name: string, format: Format) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  ctx.set('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
  ctx.set('Content-Disposition', `attachment; filename="${name}-${stamp}.${format}"`);
  ctx.set('Cache-Control', 'no-store');
};

async function* map<T>(source: AsyncIterable<T>, fn: (item: T) => string): AsyncGenerator<string> {
  for await (const item of source) yield fn(item);
}

async function* mapPages<T>(source: AsyncIterable<T[]>, fn: (page: T[]) => Promise<string>): AsyncGenerator<string> {
  for await (const page of source) yield await fn(page);
}

async function* withHeader(header: string, body: AsyncIterable<string>): AsyncGenerator<string> {
  if (header) yield header;
  yield* body;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Streamed export of the audit trail; the export itself is audited first. */
  async export(ctx: AdminContext) {
    const query = (await validateAuditQuery(ctx.query)) as AuditExportQuery;
    const { format = 'ndjson', ...filters } = query;
    const audit = getService(strapi, 'audit-log');
    await audit.append({ action: 'audit.exported', actor: adminActor(ctx), subject: null, data: { export: 'audit', format, filters, origin: origin(ctx) } });
    download(ctx, 'compliance-audit', format);
    const encode = format === 'csv' ? auditCsvLine : auditNdjsonLine;
    const texts = getService(strapi, 'audit-texts');
    // One string per keyset page: few stream chunks, and each page can be collected right away.
    const encodePage = async (page: AuditEvent[]) => {
      const found = await texts.forEvents(page);
      return page.map((event) => encode(event, found)).join('');
    };
    ctx.body = Readable.from(withHeader(format === 'csv' ? csvRow([...AUDIT_CSV_HEADER]) : '', mapPages(audit.pages(filters), encodePage)));
  },

  async verify(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'audit-log').verify() } satisfies VerifyAudit.Response;
  },

  /** Every public key that has signed events, for auditors verifying exports offline. */
  async publicKeys(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    const keys = getService(strapi, 'audit-keys');
    const current = keys.signer();
    ctx.body = { data: { signing: { enabled: Boolean(current), keyId: current?.keyId ?? null }, keys: await keys.list() } } satisfies GetAuditPublicKeys.Response;
  },

  /** Redacts one stored free text (revocation reason, review comment); the chain keeps its digest. */
  async redactText(ctx: AdminContext) {
    await validateNoQuery(ctx.query);
    const { ref } = await validateTextRef(ctx.params);
    const { reason } = (await validateRedaction(ctx.request.body ?? {})) as RedactText.Request;
    const redacted = await getService(strapi, 'audit-texts').redact(ref, reason, adminActor(ctx), origin(ctx));
    ctx.body = { data: redacted } satisfies RedactText.Response;
  },

  /** The consent register for auditors. */
  async exportConsents(ctx: AdminContext) {
    const query = (await validateConsentExportQuery(ctx.query)) as { format?: Format; status?: string; from?: string; to?: string; expiresBefore?: string };
    const { format = 'ndjson', ...filters } = query;
    const register = getService(strapi, 'consent-register');
    await getService(strapi, 'audit-log').append({
      action: 'consent.exported',
      actor: adminActor(ctx),
      subject: null,
      data: { export: 'consents', format, filters, origin: origin(ctx) },
    });
    download(ctx, 'consent-register', format);
    const lines = map(register.iterate(filters), format === 'csv' ? register.csvLine : (record) => `${JSON.stringify(record)}\n`);
    ctx.body = Readable.from(chunked(lines, format === 'csv' ? csvRow(REGISTER_CSV_HEADER) : undefined));
  },
});
