import type { Check, Checklist } from '../../../shared/contracts/checks';

/** What a check looks like to an editor: a failing warning is not a failure. */
export type CheckOutcome = 'pass' | 'fail' | 'warning' | 'skip';

export const checkOutcome = (check: Pick<Check, 'status' | 'severity'>): CheckOutcome => {
  if (check.status === 'fail') return check.severity === 'blocker' ? 'fail' : 'warning';
  return check.status;
};

export const OUTCOME_BADGE: Record<CheckOutcome, 'success' | 'danger' | 'warning' | 'neutral'> = {
  pass: 'success',
  fail: 'danger',
  warning: 'warning',
  skip: 'neutral',
};

/** Failures first (blockers, then warnings), then passes, then skipped rules; stable otherwise. */
const ORDER: Record<CheckOutcome, number> = { fail: 0, warning: 1, pass: 2, skip: 3 };
export const sortChecks = (checks: readonly Check[]): Check[] =>
  checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => ORDER[checkOutcome(a.check)] - ORDER[checkOutcome(b.check)] || a.index - b.index)
    .map(({ check }) => check);

export interface ChecklistSummary {
  /** `blocked` when a blocker fails: the entry cannot be published. */
  state: 'passed' | 'blocked';
  counts: Record<CheckOutcome, number>;
  blockers: Check[];
  warnings: Check[];
  /** Roles still to sign off, from `review.approval`. */
  missingRoles: string[];
  shortHash: string;
}

export const shortHash = (hash: string | null | undefined, length = 8) => (hash ? hash.slice(0, length) : '');

export const summarizeChecklist = (checklist: Checklist): ChecklistSummary => {
  const counts: Record<CheckOutcome, number> = { pass: 0, fail: 0, warning: 0, skip: 0 };
  for (const check of checklist.checks) counts[checkOutcome(check)] += 1;
  const blockers = checklist.checks.filter((check) => checkOutcome(check) === 'fail');
  const review = checklist.checks.find((check) => check.rule === 'review.approval');
  const missing = review?.details?.missingRoles;
  return {
    // The server's verdict wins; a failing blocker always means blocked even if it disagrees.
    state: checklist.passed && blockers.length === 0 ? 'passed' : 'blocked',
    counts,
    blockers,
    warnings: checklist.checks.filter((check) => checkOutcome(check) === 'warning'),
    missingRoles: Array.isArray(missing) ? missing.filter((role): role is string => typeof role === 'string') : [],
    shortHash: shortHash(checklist.contentHash),
  };
};

/** One badge for a list-view row. */
export type RowStatus = 'passed' | 'warnings' | 'blocked';
export const rowStatus = (checklist: Checklist): RowStatus => {
  const summary = summarizeChecklist(checklist);
  if (summary.state === 'blocked') return 'blocked';
  return summary.counts.warning > 0 ? 'warnings' : 'passed';
};

/**
 * Input names to try, most precise first, for a finding's field path: the edit view names inputs
 * by their dotted path (`sections.0.body`); rich editors and media fields may only expose an
 * ancestor, so fall back up the path.
 */
export const fieldNameCandidates = (path: ReadonlyArray<string | number>): string[] => {
  const parts = path.map(String).filter((part) => part !== '');
  const names: string[] = [];
  for (let length = parts.length; length > 0; length -= 1) names.push(parts.slice(0, length).join('.'));
  return names;
};

/** Focuses (and scrolls to) the edit-view input of a finding; returns whether one was found. */
export const focusField = (path: ReadonlyArray<string | number>, root: ParentNode = window.document): boolean => {
  for (const name of fieldNameCandidates(path)) {
    const escaped = name.replace(/["\\]/g, '\\$&');
    const element = root.querySelector<HTMLElement>(`[name="${escaped}"]`) ?? root.querySelector<HTMLElement>(`[id="${escaped}"]`);
    if (element) {
      element.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      element.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
};
