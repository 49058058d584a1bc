import { createHash, randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UIDS } from '../../content-types';
import { asPluginWrite } from '../internal-scope';

/** `dropped`: a digest item no longer true when its digest went out. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dropped';

export interface OutboxInput {
  /** What makes this message unique: the same key is never sent twice, by any instance. */
  key: string;
  channel: 'email' | 'webhook';
  kind: string;
  recipient?: string | null;
  payload?: Record<string, unknown>;
}

export interface OutboxRow {
  id: number;
  kind: string;
  recipient: string | null;
  payload: Record<string, unknown>;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

const parseRow = (row: Record<string, unknown>): OutboxRow => ({
  id: Number(row.id),
  kind: String(row.kind),
  recipient: typeof row.recipient === 'string' ? row.recipient : null,
  payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : (row.payload ?? {})) as Record<string, unknown>,
});

/**
 * The notification outbox: one row per email or webhook, under a unique key. Adding a key that
 * exists does nothing, and rows are claimed with a conditional update, so several instances on
 * one database send each message once.
 */
export const createOutbox = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(UIDS.notification);
  const exists = async (key: string) => Boolean(await rows().findOne({ where: { key }, select: ['id'] }));

  /**
   * Adds a message unless its key is already there. `claim` adds it already claimed by the caller,
   * who sends it at once; otherwise it waits as `pending` for `claimPending`. Returns the claim
   * token, or null when the key existed.
   */
  const add = async (input: OutboxInput, { claim }: { claim: boolean }): Promise<string | null> => {
    const key = hashKey(input.key);
    if (await exists(key)) return null;
    const token = claim ? randomUUID() : null;
    try {
      await asPluginWrite(() =>
        rows().create({
        data: {
          key,
          channel: input.channel,
          kind: input.kind,
          recipient: input.recipient ?? null,
          payload: input.payload ?? {},
          status: claim ? 'sending' : 'pending',
          claimToken: token,
        },
        })
      );
    } catch (error) {
      // Another instance inserted the same key between the check and the insert (unique index).
      if (await exists(key)) return null;
      throw error;
    }
    return token ?? '';
  };

  /** Claims every pending message of a kind for this caller; another instance claiming at once gets none of them. */
  const claimPending = async (kind: string): Promise<OutboxRow[]> => {
    const pending = (await rows().findMany({ where: { status: 'pending', kind }, select: ['id'], orderBy: { id: 'asc' }, limit: 1000 })) as Array<{ id: number }>;
    if (!pending.length) return [];
    const token = randomUUID();
    await rows().updateMany({ where: { id: { $in: pending.map((row) => row.id) }, status: 'pending' }, data: { status: 'sending', claimToken: token } });
    return ((await rows().findMany({ where: { claimToken: token }, orderBy: { id: 'asc' } })) as Array<Record<string, unknown>>).map(parseRow);
  };

  const finish = async (where: { ids?: number[]; token?: string }, status: Extract<OutboxStatus, 'sent' | 'failed' | 'dropped'>, error?: string) => {
    const filter = where.ids ? { id: { $in: where.ids } } : { claimToken: where.token };
    await rows().updateMany({ where: filter, data: { status, sentAt: new Date(), error: error ?? null } });
  };

  /** Forgets sent, failed and dropped messages older than `before` (the outbox is not an archive: the audit trail is). */
  const purge = async (before: Date) => {
    await rows().deleteMany({ where: { status: { $in: ['sent', 'failed', 'dropped'] }, createdAt: { $lt: before.toISOString() } } });
  };

  return { add, claimPending, finish, purge };
};

export type Outbox = ReturnType<typeof createOutbox>;
