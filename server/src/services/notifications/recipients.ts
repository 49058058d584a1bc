import type { Core } from '@strapi/strapi';

export interface AdminRecipient {
  id: number;
  email: string;
}

type UserRow = { id: number; email?: string | null; isActive?: boolean; blocked?: boolean | null; roles?: Array<{ name: string; code: string }> };

const toRecipient = (row: UserRow): AdminRecipient[] =>
  row.email && row.isActive !== false && !row.blocked ? [{ id: Number(row.id), email: row.email }] : [];

/** Admin users who should hear about something: holders of a permission, reviewers of a role, an entry's author. */
export const createRecipients = (strapi: Core.Strapi) => {
  const users = () => strapi.db.query('admin::user');

  /** Active admin users whose roles hold `action` (Super Admins hold every action). */
  const withPermission = async (action: string): Promise<Array<AdminRecipient & { roles: string[] }>> => {
    const permissions = (await strapi.db.query('admin::permission').findMany({ where: { action }, populate: ['role'] })) as Array<{ role?: { id: number } | null }>;
    const roleIds = [...new Set(permissions.flatMap((permission) => (permission.role ? [permission.role.id] : [])))];
    if (!roleIds.length) return [];
    const rows = (await users().findMany({ where: { roles: { id: { $in: roleIds } } }, populate: ['roles'], orderBy: { id: 'asc' } })) as UserRow[];
    return rows.flatMap((row) => toRecipient(row).map((recipient) => ({ ...recipient, roles: (row.roles ?? []).flatMap((role) => [role.name, role.code]) })));
  };

  /** Who may sign `role`: `reviews.approve` holders, narrowed to the admin roles `reviewAssignments` names. */
  const reviewersOf = async (role: string, assignments: Record<string, string[]>): Promise<AdminRecipient[]> => {
    const holders = await withPermission('plugin::compliance.reviews.approve');
    const assigned = assignments[role];
    return holders
      .filter((holder) => !assigned?.length || assigned.some((name) => holder.roles.includes(name)))
      .map(({ id, email }) => ({ id, email }));
  };

  const byId = async (id: number | string | null | undefined): Promise<AdminRecipient | null> => {
    if (id === null || id === undefined) return null;
    const row = (await users().findOne({ where: { id } })) as UserRow | null;
    return row ? (toRecipient(row)[0] ?? null) : null;
  };

  return { withPermission, reviewersOf, byId };
};

export type Recipients = ReturnType<typeof createRecipients>;
