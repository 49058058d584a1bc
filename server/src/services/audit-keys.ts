import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import { keyIdOf, loadSigningKey, type SigningKey } from '../domain/audit-signing';
import type { AuditPublicKey } from '../../../shared/contracts/audit';
import { getService } from '../utils/get-service';
import { asPluginWrite } from './internal-scope';

export const SIGNING_KEY_ENV = 'COMPLIANCE_AUDIT_SIGNING_KEY';

interface KeyRow {
  keyId: string;
  publicKey: string;
  firstUsedAt: string;
}

const toKeyRow = (row: Record<string, unknown>): KeyRow => ({
  keyId: String(row.keyId),
  publicKey: String(row.publicKey),
  firstUsedAt: String(row.firstUsedAt),
});

/**
 * The audit signing key (config `audit.signingKey`, else COMPLIANCE_AUDIT_SIGNING_KEY) and every
 * public key that has signed events, kept in a table so a rotated-out key is still listed.
 */
export const createAuditKeys = ({ strapi }: { strapi: Core.Strapi }) => {
  let current: SigningKey | null | undefined;

  /** The key new events are signed with, or null. Throws at boot on a key that cannot be read. */
  const signer = (): SigningKey | null => {
    if (current !== undefined) return current;
    const configured = getService(strapi, 'settings').config().audit.signingKey;
    const pem = configured ?? process.env[SIGNING_KEY_ENV] ?? '';
    if (!pem.trim()) return (current = null);
    try {
      current = loadSigningKey(pem);
    } catch (error) {
      throw new Error(`compliance: ${configured ? 'audit.signingKey' : SIGNING_KEY_ENV} ${(error as Error).message}`);
    }
    return current;
  };

  /** Boot: records the signing key's public half, or warns that events will not be signed. */
  const register = async () => {
    const key = signer();
    if (!key) {
      strapi.log.warn(
        `compliance: no audit signing key (${SIGNING_KEY_ENV} or config audit.signingKey). Audit events are hash-chained but not signed, ` +
          'so someone with database access could rewrite the chain consistently. See the README, "Signed events".'
      );
      return;
    }
    const rows = strapi.db.query(UIDS.auditKey);
    if (await rows.findOne({ where: { keyId: key.keyId } })) return;
    try {
      await asPluginWrite(() => rows.create({ data: { keyId: key.keyId, publicKey: key.publicKeyPem, firstUsedAt: new Date().toISOString() } }));
    } catch (error) {
      // Another instance with the same key recorded it first (unique index on keyId).
      if (!(await rows.findOne({ where: { keyId: key.keyId } }))) throw error;
    }
  };

  const list = async (): Promise<AuditPublicKey[]> => {
    const rows = (await strapi.db.query(UIDS.auditKey).findMany({ orderBy: { id: 'asc' } })).map(toKeyRow);
    const currentId = signer()?.keyId;
    return rows.map((row) => ({ ...row, current: row.keyId === currentId }));
  };

  /**
   * Public keys by id for checking signatures. A key's id is computed from the key itself, so a
   * row whose key was swapped under an existing id checks nothing; the configured key comes from
   * config, not from the table.
   */
  const ring = async (): Promise<Map<string, KeyObject>> => {
    const keys = new Map<string, KeyObject>();
    for (const row of (await strapi.db.query(UIDS.auditKey).findMany({})).map(toKeyRow)) {
      try {
        const key = createPublicKey({ key: row.publicKey, format: 'pem' });
        keys.set(keyIdOf(key), key);
      } catch {
        // An unreadable row verifies nothing; events signed with that key id then fail as unknown.
      }
    }
    const key = signer();
    if (key) keys.set(key.keyId, key.publicKey);
    return keys;
  };

  return { signer, register, list, ring };
};
