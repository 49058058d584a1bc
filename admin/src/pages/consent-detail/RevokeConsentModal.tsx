import * as React from 'react';
import { Alert, Button, DateTimePicker, Field, Flex, Modal, Textarea, Typography } from '@strapi/design-system';
import type { RevokeConsent } from '../../../../shared/contracts/consents';
import { useRevokeConsentMutation } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { errorsUnder, failureOf, unclaimedErrors } from '../../utils/errors';
import { useResetOnOpen } from '../../hooks/useOnChange';

interface RevokeConsentModalProps {
  documentId: string;
  subjectName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRevoked: (result: RevokeConsent.Response) => void;
}

/** Revocation asks why (and optionally when the request was received); it unpublishes what the consent covered. */
export const RevokeConsentModal = ({ documentId, subjectName, open, onOpenChange, onRevoked }: RevokeConsentModalProps) => {
  const t = useT();
  const [revokeConsent, revocation] = useRevokeConsentMutation();
  const failure = failureOf(revocation.error);
  const submitting = revocation.isLoading;
  const { reset } = revocation;
  const [reason, setReason] = React.useState('');
  const [receivedAt, setReceivedAt] = React.useState<Date | null>(null);

  useResetOnOpen(open, () => {
    setReason('');
    setReceivedAt(null);
  });
  // A failure belongs to this opening of the dialog.
  const openChange = (next: boolean) => {
    if (!next) reset();
    onOpenChange(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await revokeConsent({ documentId, body: { reason: reason.trim(), ...(receivedAt ? { receivedAt: receivedAt.toISOString() } : {}) } });
    if ('error' in result) return;
    onRevoked(result.data);
    openChange(false);
  };

  const errors = failure?.fieldErrors ?? {};
  const other = failure ? unclaimedErrors(errors, ['reason', 'receivedAt']) : [];

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={t('action.close', 'Close')}>
            <Modal.Title>{t('revoke.title', 'Revoke the consent of {name}', { name: subjectName })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="omega" textColor="neutral700">
                {t('revoke.warning', 'Revocation cannot be undone. Every published entry that relies only on this consent is unpublished at once.')}
              </Typography>
              {failure && (other.length > 0 || !Object.keys(errors).length) ? (
                <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('revoke.error', 'The consent was not revoked')}>
                  {other.length ? other.join(' ') : failure.message}
                </Alert>
              ) : null}
              <Field.Root name="reason" required error={errorsUnder(errors, 'reason')}>
                <Field.Label>{t('revoke.reason', 'Reason')}</Field.Label>
                <Textarea
                  value={reason}
                  disabled={submitting}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
                />
                <Field.Error />
              </Field.Root>
              <Field.Root
                name="receivedAt"
                error={errorsUnder(errors, 'receivedAt')}
                hint={t('revoke.receivedAt.hint', 'When the written revocation was received, if not now.')}
              >
                <Field.Label>{t('revoke.receivedAt', 'Received at')}</Field.Label>
                <DateTimePicker
                  value={receivedAt}
                  disabled={submitting}
                  clearLabel={t('action.clear', 'Clear')}
                  onChange={(date) => setReceivedAt(date ?? null)}
                  onClear={() => setReceivedAt(null)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" variant="danger" loading={submitting} disabled={!reason.trim()}>
              {t('revoke.submit', 'Revoke consent')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
