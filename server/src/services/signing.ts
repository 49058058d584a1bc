import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Subject } from '../domain/audit-chain';
import { afterFailure, EMPTY_SIGNING_STATE, lockedUntil, parseSigningState, type SigningState } from '../domain/signing-lockout';
import { ERROR_CODES } from '../../../shared/error-codes';
import type { RecordReview } from '../../../shared/contracts/reviews';
import { findLocked } from '../utils/db';
import { getService } from '../utils/get-service';
import { asPluginWrite } from './internal-scope';

export interface Signer {
  id: number | string;
  email?: string;
}

export interface SigningContext {
  /** What is being signed (audited with each failure). */
  subject: Subject | null;
  origin: Record<string, unknown>;
  /** The clock; tests move it instead of sleeping. */
  now?: Date;
}

/**
 * Electronic signatures re-authenticate (21 CFR 11.200): the signer re-enters their admin
 * password. Wrong passwords are counted per admin user in the database, so the lockout holds
 * across instances and restarts and does not depend on `admin.rateLimit`. Every signing feature
 * (reviews, later waivers) calls `verify` before it opens its transaction.
 */
export const createSigningService = ({ strapi }: { strapi: Core.Strapi }) => {
  const policy = () => getService(strapi, 'settings').config().signing;
  const states = () => strapi.db.query(UIDS.signingState);

  const readState = async (userId: string): Promise<SigningState> => parseSigningState(await states().findOne({ where: { adminUserId: userId } }));

  /** The row is created outside the counting transaction: a lost creation race is harmless there (unique column). */
  const ensureRow = async (userId: string) => {
    if (await states().findOne({ where: { adminUserId: userId }, select: ['id'] })) return;
    try {
      await asPluginWrite(() => states().create({ data: { adminUserId: userId, failures: [], lockedUntil: null } }));
    } catch (error) {
      if (!(await states().findOne({ where: { adminUserId: userId }, select: ['id'] }))) throw error;
    }
  };

  const lockedError = (until: Date) =>
    new errors.RateLimitError(
      `Too many wrong signing passwords: signing is locked until ${until.toISOString()}. It unlocks by itself; ask an administrator if it was not you.`,
      { code: ERROR_CODES.signingLocked, lockedUntil: until.toISOString() } satisfies RecordReview.SigningLockedDetails
    );

  /** Counts a wrong password under a row lock (concurrent failures on several instances all count), audited in the same transaction. */
  const recordFailure = async (signer: Signer, userId: string, context: SigningContext, now: Date) => {
    await ensureRow(userId);
    const { maxAttempts, lockoutMinutes } = policy();
    const actor = { type: 'admin' as const, id: signer.id, ...(signer.email ? { email: signer.email } : {}) };
    return strapi.db.transaction(async () => {
      const [row] = await findLocked(strapi, UIDS.signingState, { where: { adminUserId: userId } });
      const outcome = afterFailure(parseSigningState(row), now, { maxAttempts, lockoutMinutes });
      await states().update({ where: { id: row.id }, data: { failures: outcome.state.failures, lockedUntil: outcome.state.lockedUntil } });
      const audit = getService(strapi, 'audit-log');
      await audit.append({
        action: 'review.signature-failed',
        actor,
        subject: context.subject,
        data: { failures: outcome.failures, maxAttempts, origin: context.origin },
      });
      if (outcome.lockedUntil) {
        await audit.append({
          action: 'review.signing-locked',
          actor,
          subject: context.subject,
          data: { lockedUntil: outcome.lockedUntil.toISOString(), failures: outcome.failures, lockoutMinutes, origin: context.origin },
        });
      }
      return outcome;
    });
  };

  /**
   * Resolves when `password` is the signer's own; throws a 429 while signing is locked (even for
   * the right password) and a 400 for a wrong one (never a 401, which would log the admin out).
   * Runs outside any transaction, so a refusal stays recorded whatever the caller does next.
   */
  const verify = async (signer: Signer, password: string, context: SigningContext): Promise<void> => {
    if (strapi.db.inTransaction()) throw new Error('compliance: signing.verify must run before the signing transaction opens');
    const now = context.now ?? new Date();
    const userId = String(signer.id);
    const state = await readState(userId);
    const until = lockedUntil(state, now);
    if (until) throw lockedError(until);

    const stored = await strapi.db.query('admin::user').findOne({ where: { id: signer.id }, select: ['id', 'password'] });
    const valid = typeof stored?.password === 'string' && (await strapi.service('admin::auth').validatePassword(password, stored.password));
    if (valid) {
      if (state.failures.length || state.lockedUntil) await states().updateMany({ where: { adminUserId: userId }, data: { ...EMPTY_SIGNING_STATE } });
      return;
    }
    const outcome = await recordFailure(signer, userId, context, now);
    const left = policy().maxAttempts - outcome.failures;
    throw new errors.ValidationError(
      outcome.lockedUntil
        ? `The password is not correct. After ${outcome.failures} wrong passwords, signing is locked until ${outcome.lockedUntil.toISOString()}.`
        : 'The password is not correct: re-enter your own admin password to sign',
      {
        code: ERROR_CODES.wrongPassword,
        attemptsLeft: Math.max(left, 0),
        errors: [{ path: ['password'], message: 'Incorrect password', name: 'ValidationError' }],
      }
    );
  };

  return { verify };
};
