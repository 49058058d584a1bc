import type { Check, Checklist } from '../../../shared/contracts/checks';

/** A failing rule's message as the queue shows it: the English text, and its translation id and values. */
export type StoredMessage = Pick<Check, 'message' | 'messageId' | 'values'>;

/** What a stored status keeps of a checklist (README, "Stored statuses"). */
export interface StatusFields {
  contentHash: string;
  passed: boolean;
  failing: string[];
  warnings: string[];
  missingRoles: string[];
  /** The message of each failing rule, shown in the review queue. */
  messages: Record<string, StoredMessage>;
}

export const statusFields = (checklist: Pick<Checklist, 'passed' | 'contentHash' | 'checks'>): StatusFields => {
  const failed = checklist.checks.filter((check) => check.status === 'fail');
  const review = checklist.checks.find((check) => check.rule === 'review.approval');
  const missing = review?.details?.missingRoles;
  return {
    contentHash: checklist.contentHash,
    passed: checklist.passed,
    failing: failed.filter((check) => check.severity === 'blocker').map((check) => check.rule),
    warnings: failed.filter((check) => check.severity !== 'blocker').map((check) => check.rule),
    missingRoles: Array.isArray(missing) ? missing.filter((role): role is string => typeof role === 'string') : [],
    messages: Object.fromEntries(
      failed.map((check): [string, StoredMessage] => [check.rule, { message: check.message, ...(check.messageId ? { messageId: check.messageId, values: check.values } : {}) }])
    ),
  };
};

/**
 * A list as one text column the queue can filter with `LIKE '%,item,%'` on every database:
 * `,a,b,` (empty for no items). Rule ids and role names never hold a comma.
 */
export const listKey = (items: string[]): string => (items.length ? `,${items.join(',')},` : '');

/** The `LIKE` pattern matching one item of a `listKey`, with the wildcards of the item escaped. */
export const listKeyPattern = (item: string): string => `%,${item.replace(/[\\%_]/g, (char) => `\\${char}`)},%`;

/** Non-localized entries are stored under the empty locale, so the unique key holds (NULLs never collide). */
export const storedLocale = (locale: string | null | undefined): string => locale ?? '';
export const localeOfStored = (locale: string | null | undefined): string | null => (locale ? locale : null);
