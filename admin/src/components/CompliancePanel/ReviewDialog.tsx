import * as React from 'react';
import { Alert, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { ReviewDecisionValue } from '../../../../shared/contracts/reviews';
import { useRecordReviewMutation } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { errorsUnder, unclaimedErrors } from '../../utils/errors';
import { roleLabel } from '../../utils/roles';
import { PasswordField, SignatureFooter, useSignature } from './Signature';
import { useResetOnOpen } from '../../hooks/useOnChange';

interface ReviewDialogProps {
  entry: EntryRef;
  decision: ReviewDecisionValue | null;
  roles: string[];
  defaultRole?: string;
  /** The content hash of the version the reviewer was shown (the checklist's); the signature binds to it. */
  contentHash: string;
  onClose: () => void;
  onRecorded: () => void;
  /** The entry changed since it was shown (409): nothing was signed. */
  onStale: () => void;
}

/**
 * The signature prompt (21 CFR 11.200): the reviewer picks the role they sign for and re-enters
 * their password. A wrong password is a 400 shown here, a lockout after too many wrong passwords
 * a 429; a 403 gives the server's reason (they created or edited the entry, already approved
 * another role of this version, or do not hold the role). A 409 means the entry changed since
 * the reviewer saw it: the dialog closes and the panel says so.
 */
export const ReviewDialog = ({ entry, decision, roles, defaultRole, contentHash, onClose, onRecorded, onStale }: ReviewDialogProps) => {
  const t = useT();
  const [recordReview] = useRecordReviewMutation();
  const [role, setRole] = React.useState('');
  const [comment, setComment] = React.useState('');
  const signature = useSignature({ onSigned: onRecorded, onStale, onClose });
  const { failure, submitting, reset } = signature;
  const open = decision !== null;

  // Reset when the dialog opens, not when the role list re-renders while it is open.
  useResetOnOpen(open, () => {
    setRole(defaultRole ?? roles[0] ?? '');
    setComment('');
    reset();
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    await signature.sign((password) =>
      recordReview({ entry, body: { role, decision, password, contentHash, ...(comment.trim() ? { comment: comment.trim() } : {}) } }).unwrap(),
    );
  };

  const errors = failure?.fieldErrors ?? {};
  const forbidden = failure?.status === 403;
  const other = failure && !forbidden ? unclaimedErrors(errors, ['role', 'comment', 'password']) : [];
  const approving = decision === 'approved';

  return (
    <Modal.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('action.close', 'Close')}>
            <Modal.Title>
              {approving ? t('review.dialog.approve', 'Approve this entry') : t('review.dialog.requestChanges', 'Request changes')}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="omega" textColor="neutral700">
                {t(
                  'review.dialog.meaning',
                  'Your decision is recorded with your name, the time and the content it applies to. Re-enter your password to sign it.',
                )}
              </Typography>
              {forbidden ? (
                <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('review.forbidden.title', 'You cannot sign off this entry')}>
                  {failure?.message || t('review.forbidden', 'You created or last edited this entry, so another reviewer must sign it off.')}
                </Alert>
              ) : failure && (other.length > 0 || !Object.keys(errors).length) ? (
                <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('review.error', 'The decision was not recorded')}>
                  {other.length ? other.join(' ') : failure.message}
                </Alert>
              ) : null}
              <Field.Root name="role" required error={errorsUnder(errors, 'role')}>
                <Field.Label>{t('review.role', 'Review role')}</Field.Label>
                <SingleSelect value={role || undefined} onChange={(value) => setRole(String(value))} disabled={submitting}>
                  {roles.map((item) => (
                    <SingleSelectOption key={item} value={item}>
                      {roleLabel(t, item)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <Field.Root
                name="comment"
                error={errorsUnder(errors, 'comment')}
                hint={approving ? undefined : t('review.comment.hint', 'Tell the editor what to change.')}
              >
                <Field.Label>{t('review.comment', 'Comment')}</Field.Label>
                <Textarea
                  value={comment}
                  disabled={submitting}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <PasswordField signature={signature} />
            </Flex>
          </Modal.Body>
          <SignatureFooter
            signature={signature}
            onCancel={onClose}
            variant={approving ? 'success' : 'danger-light'}
            ready={Boolean(role)}
            label={approving ? t('review.sign.approve', 'Sign and approve') : t('review.sign.requestChanges', 'Sign and request changes')}
          />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
