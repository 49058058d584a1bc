import type { ReviewDecisionValue } from '../../../shared/contracts/reviews';

/** One reviewer decision, bound to the content hash it signed. */
export interface ReviewDecision {
  role: string;
  decision: ReviewDecisionValue;
  contentHash: string;
  createdAt: string;
  reviewer: { id: number | string; name?: string; email?: string };
}

/** Only decisions on the current content count; the newest decision per role wins. */
export const latestDecisionPerRole = (decisions: readonly ReviewDecision[], contentHash: string): Map<string, ReviewDecision> => {
  const latest = new Map<string, ReviewDecision>();
  for (const decision of [...decisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    if (decision.contentHash === contentHash && !latest.has(decision.role)) latest.set(decision.role, decision);
  }
  return latest;
};

export interface ApprovalState {
  /** Required roles without a current approval, or whose approver already counted for another role. */
  missingRoles: string[];
  /** Role → the approver's name (or email, or id). */
  approvedBy: Record<string, string>;
  /** One person approved two required roles; only the first counts. */
  sameSigner: boolean;
  /** An approval exists on an earlier version of the content. */
  stale: boolean;
}

/**
 * The approval rule (docs/architecture.md#reviews-and-signatures): per required role, the newest
 * decision on this content hash must be an approval, and one person counts for one role only.
 */
export const approvalState = (decisions: readonly ReviewDecision[], contentHash: string, requiredRoles: readonly string[]): ApprovalState => {
  const latest = latestDecisionPerRole(decisions, contentHash);
  const approvedBy: Record<string, string> = {};
  const signers = new Set<string>();
  let sameSigner = false;
  const missingRoles = requiredRoles.filter((role) => {
    const decision = latest.get(role);
    if (decision?.decision !== 'approved') return true;
    const signer = String(decision.reviewer.id);
    if (signers.has(signer)) {
      sameSigner = true;
      return true;
    }
    signers.add(signer);
    approvedBy[role] = decision.reviewer.name ?? decision.reviewer.email ?? signer;
    return false;
  });
  const stale = decisions.some((decision) => decision.contentHash !== contentHash && decision.decision === 'approved');
  return { missingRoles, approvedBy, sameSigner, stale };
};

/** The role other than `role` whose current approval on `contentHash` was signed by `userId`: the same person may not sign it too. */
export const otherRoleApprovedBy = (decisions: readonly ReviewDecision[], contentHash: string, role: string, userId: number | string): string | undefined => {
  for (const [otherRole, decision] of latestDecisionPerRole(decisions, contentHash)) {
    if (otherRole !== role && decision.decision === 'approved' && String(decision.reviewer.id) === String(userId)) return otherRole;
  }
  return undefined;
};
