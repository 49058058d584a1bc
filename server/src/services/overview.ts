import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import { rolesReadyForReview } from '../domain/notifications/readiness';
import { comingWeeks, pastWeeks, sumByWeek } from '../domain/notifications/weeks';
import type { ExpiryWeek, HomeWidget, Overview, TypeOverview } from '../../../shared/contracts/overview';
import { columnOf } from '../utils/db';
import { getService } from '../utils/get-service';

const WEEKS = 12;
const DAY_MS = 86400000;
const WIDGET_EXPIRY_DAYS = 30;

/** Counts for the Compliance overview page and the admin homepage widget. */
export const createOverviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const statuses = () => getService(strapi, 'draft-statuses').all();

  const typeCounts = async (): Promise<TypeOverview[]> => {
    const byType = new Map<string, TypeOverview>(
      getService(strapi, 'marked-types')
        .all()
        .map((type) => [type.uid, { uid: type.uid, displayName: type.displayName, drafts: 0, ready: 0, blockedByRule: {}, waitingByRole: {} }])
    );
    for (const status of await statuses()) {
      const counts = byType.get(status.uid);
      if (!counts) continue;
      counts.drafts += 1;
      if (status.checklist.passed) {
        if (status.hasChanges) counts.ready += 1;
        continue;
      }
      for (const check of status.checklist.checks) {
        if (check.severity === 'blocker' && check.status === 'fail') counts.blockedByRule[check.rule] = (counts.blockedByRule[check.rule] ?? 0) + 1;
      }
      for (const role of rolesReadyForReview(status.checklist)) counts.waitingByRole[role] = (counts.waitingByRole[role] ?? 0) + 1;
    }
    return [...byType.values()];
  };

  /** `publish.blocked` and `publish.allowed` per week: one grouped query per day and action, folded into weeks. */
  const decisions = async (now: Date) => {
    const weeks = pastWeeks(now, WEEKS);
    const meta = strapi.db.metadata.get(UIDS.auditEvent);
    const action = columnOf(strapi, UIDS.auditEvent, 'action');
    const occurredAt = columnOf(strapi, UIDS.auditEvent, 'occurredAt');
    const knex = strapi.db.connection;
    // occurredAt is an ISO 8601 string, so its first 10 characters are the UTC day on every database.
    const day = knex.raw('substr(??, 1, 10)', [occurredAt]);
    const rows = (await strapi.db
      .getConnection(meta.tableName)
      .select({ action }, { day })
      .count({ count: '*' })
      .whereIn(action, ['publish.blocked', 'publish.allowed'])
      .where(occurredAt, '>=', `${weeks[0]}T00:00:00.000Z`)
      .groupBy(action, day)) as Array<{ action: string; day: string; count: number | string }>;
    const of = (name: string) => sumByWeek(weeks, rows.filter((row) => row.action === name).map((row) => ({ day: String(row.day), count: Number(row.count) })));
    const blocked = of('publish.blocked');
    const allowed = of('publish.allowed');
    return weeks.map((weekStart, index) => ({ weekStart, blocked: blocked[index], allowed: allowed[index] }));
  };

  const activeExpiries = async (from: Date, to: Date) =>
    ((await strapi.db.query(UIDS.consentRecord).findMany({
      where: { status: 'active', expiresAt: { $notNull: true, $gt: from.toISOString(), $lte: to.toISOString() } },
      select: ['expiresAt'],
    })) as Array<{ expiresAt: string | Date }>).map((row) => new Date(row.expiresAt));

  const expiringByWeek = async (now: Date): Promise<ExpiryWeek[]> => {
    const weeks = comingWeeks(now, WEEKS);
    const end = new Date(new Date(`${weeks[WEEKS - 1]}T00:00:00Z`).getTime() + 7 * DAY_MS);
    const days = (await activeExpiries(now, end)).map((date) => ({ day: date.toISOString().slice(0, 10), count: 1 }));
    const counts = sumByWeek(weeks, days);
    return weeks.map((weekStart, index) => ({ weekStart, count: counts[index] }));
  };

  const overview = async ({ seesConsents }: { seesConsents: boolean }, now = new Date()): Promise<Overview> => ({
    types: await typeCounts(),
    decisions: await decisions(now),
    expiring: seesConsents ? await expiringByWeek(now) : null,
  });

  /** The caller's queue: entries waiting only for a review role the caller may sign and did not write. */
  const widget = async (user: { id: number; roles: string[]; canApprove: boolean; seesConsents: boolean }, now = new Date()): Promise<HomeWidget> => {
    const assignments = getService(strapi, 'settings').config().reviewAssignments;
    const maySign = (role: string) => user.canApprove && (!assignments[role]?.length || assignments[role].some((name) => user.roles.includes(name)));
    let toReview = 0;
    if (user.canApprove) {
      for (const status of await statuses()) {
        if (status.authors.includes(user.id)) continue;
        if (rolesReadyForReview(status.checklist).some(maySign)) toReview += 1;
      }
    }
    const expiringSoon = user.seesConsents ? (await activeExpiries(now, new Date(now.getTime() + WIDGET_EXPIRY_DAYS * DAY_MS))).length : null;
    return { toReview, expiringSoon };
  };

  return { overview, widget };
};
