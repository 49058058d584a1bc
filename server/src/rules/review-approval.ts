import type { Rule } from './types';
import { say } from './messages';
import { approvalState } from '../domain/review-approval';

export const reviewApproval: Rule = {
  id: 'review.approval',
  title: 'Reviewer sign-off',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(_entry, { contentType, reviews, contentHash }) {
    const requiredRoles = contentType.reviewRoles;
    if (!requiredRoles.length) return { status: 'pass', ...say('rule.review.approval.pass.none'), details: { requiredRoles, missingRoles: [] } };
    const { missingRoles, approvedBy, sameSigner, stale } = approvalState(reviews, contentHash, requiredRoles);
    if (!missingRoles.length)
      return {
        status: 'pass',
        ...say('rule.review.approval.pass', { approvals: requiredRoles.map((role) => `${role} (${approvedBy[role]})`).join(', ') }),
        details: { requiredRoles, missingRoles, approvedBy },
      };
    return {
      status: 'fail',
      ...say('rule.review.approval.fail', {
        count: missingRoles.length,
        roles: missingRoles.join(', '),
        stale: stale ? 'yes' : 'no',
        sameSigner: sameSigner ? 'yes' : 'no',
      }),
      details: { requiredRoles, missingRoles, approvedBy },
    };
  },
};
