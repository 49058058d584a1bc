import * as React from 'react';
import { Alert, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import type { EntryRef } from '../../../../shared/contracts/common';
import { useWaiveFindingMutation } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { errorsUnder, unclaimedErrors } from '../../utils/errors';
import type { FindingToWaive } from './ChecksList';
import { PasswordField, SignatureFooter, useSignature } from './Signature';
import { useResetOnOpen } from '../../hooks/useOnChange';

interface WaiverDialogProps {
  entry: EntryRef;
  /** The finding to waive; null keeps the dialog closed. */
  target: FindingToWaive | null;
  /** The content hash of the checklist on screen; the waiver binds to it. */
  contentHash: string;
  onClose: () => void;
  onWaived: () => void;
  /** The entry changed since it was shown (409): nothing was waived. */
  onStale: () => void;
}

/**
 * Waiving one finding (README, "Waivers"): the reviewer says why it is not a problem here and
 * signs with their password, like a review. The waiver holds only for the version on screen.
 */
export const WaiverDialog = ({ entry, target, contentHash, onClose, onWaived, onStale }: WaiverDialogProps) => {
  const t = useT();
  const [waiveFinding] = useWaiveFindingMutation();
  const [reason, setReason] = React.useState('');
  const signature = useSignature({ onSigned: onWaived, onStale, onClose });
  const { failure, submitting, reset } = signature;
  const open = target !== null;

  useResetOnOpen(open, () => {
    setReason('');
    reset();
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return;
    await signature.sign((password) =>
      waiveFinding({
        entry,
        body: { rule: target.rule, path: target.finding.path, match: target.finding.match, reason: reason.trim(), password, contentHash },
      }).unwrap(),
    );
  };

  const errors = failure?.fieldErrors ?? {};
  const other = failure ? unclaimedErrors(errors, ['reason', 'password']) : [];

  return (
    <Modal.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('action.close', 'Close')}>
            <Modal.Title>{t('waiver.dialog.title', 'Waive this finding')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              {target ? (
                <Typography variant="omega" fontWeight="semiBold">
                  {target.finding.path.length ? `${target.finding.path.join('.')}: ` : ''}“{target.finding.match}”
                </Typography>
              ) : null}
              <Typography variant="omega" textColor="neutral700">
                {t(
                  'waiver.dialog.meaning',
                  'The finding stops counting for this version of the entry only. Your name, the time and your reason are recorded. Re-enter your password to sign.',
                )}
              </Typography>
              {failure && (other.length > 0 || !Object.keys(errors).length) ? (
                <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('waiver.error', 'The finding was not waived')}>
                  {other.length ? other.join(' ') : failure.message}
                </Alert>
              ) : null}
              <Field.Root
                name="reason"
                required
                error={errorsUnder(errors, 'reason')}
                hint={t('waiver.reason.hint', 'Why this is not a problem here, e.g. “the clinic’s second line”. Do not repeat patient details.')}
              >
                <Field.Label>{t('waiver.reason', 'Reason')}</Field.Label>
                <Textarea value={reason} disabled={submitting} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <PasswordField signature={signature} />
            </Flex>
          </Modal.Body>
          <SignatureFooter signature={signature} onCancel={onClose} variant="secondary" ready={Boolean(reason.trim())} label={t('waiver.sign', 'Sign and waive')} />
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
