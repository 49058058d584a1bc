import type { Core } from '@strapi/strapi';
import { EMAIL_KINDS, type EmailKind } from '../../../../shared/contracts/notifications';

const keyOf = (userId: number | string) => `notification-preferences:${userId}`;

/** Each admin user's email opt-outs, one core-store key per user so users never overwrite each other. */
export const createPreferences = (strapi: Core.Strapi) => {
  const store = () => strapi.store({ type: 'plugin', name: 'compliance' });

  const optedOut = async (userId: number | string): Promise<EmailKind[]> => {
    const value = (await store().get({ key: keyOf(userId) })) as { optOut?: unknown } | null;
    const list = Array.isArray(value?.optOut) ? value.optOut : [];
    return EMAIL_KINDS.filter((kind) => list.includes(kind));
  };

  const kindsOf = async (userId: number | string): Promise<Record<EmailKind, boolean>> => {
    const out = await optedOut(userId);
    return Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, !out.includes(kind)])) as Record<EmailKind, boolean>;
  };

  const update = async (userId: number | string, kinds: Partial<Record<EmailKind, boolean>>) => {
    const current = await kindsOf(userId);
    const next = { ...current, ...kinds };
    await store().set({ key: keyOf(userId), value: { optOut: EMAIL_KINDS.filter((kind) => !next[kind]) } });
    return next;
  };

  const wants = async (userId: number | string, kind: EmailKind) => !(await optedOut(userId)).includes(kind);

  return { kindsOf, update, wants };
};
