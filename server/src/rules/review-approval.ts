import type { Rule } from './types';
import { say } from './messages';

export const reviewApproval: Rule = {
  id: 'review.approval',
  title: 'Reviewer sign-off',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(_entry, { contentType, reviews, contentHash }) {
    const requiredRoles = contentType.reviewRoles;
    if (!requiredRoles.length) return { status: 'pass', ...say('rule.review.approval.pass.none'), details: { requiredRoles, missingRoles: [] } };
    // Only decisions on the current content count; the newest decision per role wins.
    const current = reviews.filter((review) => review.contentHash === contentHash).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const approvedBy: Record<string, string> = {};
    // One person counts for one role only: two required reviews need two reviewers.
    const signers = new Set<string>();
    let sameSigner = false;
    const missingRoles = requiredRoles.filter((role) => {
      const latest = current.find((review) => review.role === role);
      if (latest?.decision !== 'approved') return true;
      const signer = String(latest.reviewer.id);
      if (signers.has(signer)) {
        sameSigner = true;
        return true;
      }
      signers.add(signer);
      approvedBy[role] = latest.reviewer.name ?? latest.reviewer.email ?? signer;
      return false;
    });
    const stale = reviews.some((review) => review.contentHash !== contentHash && review.decision === 'approved');
    if (!missingRoles.length) return { status: 'pass', ...say('rule.review.approval.pass', { approvals: requiredRoles.map((role) => `${role} (${approvedBy[role]})`).join(', ') }), details: { requiredRoles, missingRoles, approvedBy } };
    return {
      status: 'fail',
      ...say('rule.review.approval.fail', { count: missingRoles.length, roles: missingRoles.join(', '), stale: stale ? 'yes' : 'no', sameSigner: sameSigner ? 'yes' : 'no' }),
      details: { requiredRoles, missingRoles, approvedBy },
    };
  },
};
