import type { Checklist } from '../../../../shared/contracts/checks';

/**
 * The review roles an entry now waits for: every blocker other than `review.approval` passes,
 * so a reviewer's approval is all that is missing. Empty when something else still blocks.
 */
export const rolesReadyForReview = (checklist: Pick<Checklist, 'checks'>): string[] => {
  const blockers = checklist.checks.filter((check) => check.severity === 'blocker' && check.status === 'fail');
  const review = blockers.find((check) => check.rule === 'review.approval');
  if (!review || blockers.some((check) => check.rule !== 'review.approval')) return [];
  const missing = review.details?.missingRoles;
  return Array.isArray(missing) ? missing.filter((role): role is string => typeof role === 'string') : [];
};
