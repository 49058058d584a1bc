import * as React from 'react';
import { Alert, Button, Modal, Typography } from '@strapi/design-system';
import { Form, useForm } from '@strapi/strapi/admin';
import type { Consent } from '../../../../shared/contracts/consents';
import { useT } from '../../hooks/useT';
import { emptyConsentForm, type ConsentFormState } from '../../utils/consentForm';
import { ConsentForm } from './ConsentForm';
import { useRecordConsent } from './useRecordConsent';
import { consentFormSchema } from './validation';

interface RecordConsentModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the stored consent; may return a promise (e.g. linking it), the modal waits. It should report its own errors. */
  onCreated: (consent: Consent) => void | Promise<void>;
  /** Shown under the title, e.g. which entry the consent will be linked to. */
  description?: string;
  /** What the form starts with; an empty form when left out. */
  initialValues?: ConsentFormState;
}

/** "Save consent", busy while the form is checked, sent and followed up. */
const SubmitButton = ({ children }: { children: React.ReactNode }) => {
  const submitting = useForm('RecordConsentModal', (state) => state.isSubmitting);
  return (
    <Button type="submit" loading={submitting}>
      {children}
    </Button>
  );
};

/**
 * "Record consent": the full authorization form in a Strapi `Form` (checked against
 * `consentFormSchema` before it is sent), stored with POST /compliance/consents. The form is
 * mounted with the dialog's content, so each opening starts empty.
 */
export const RecordConsentModal = ({ open, onOpenChange, onCreated, description, initialValues: given }: RecordConsentModalProps) => {
  const t = useT();
  const [initialValues] = React.useState<ConsentFormState>(() => given ?? emptyConsentForm());
  const { submit, failure, unclaimed, hasFieldErrors, reset } = useRecordConsent({ onCreated, close: () => onOpenChange(false) });
  // A failure belongs to this opening of the dialog.
  const openChange = (next: boolean) => {
    if (!next) reset();
    onOpenChange(next);
  };

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Content>
        <Form<ConsentFormState> method="POST" initialValues={initialValues} validationSchema={consentFormSchema} onSubmit={submit}>
          <Modal.Header closeLabel={t('action.close', 'Close')}>
            <Modal.Title>{t('consentForm.title', 'Record a signed authorization')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {description ? (
              <Typography variant="pi" textColor="neutral600" tag="p">
                {description}
              </Typography>
            ) : null}
            {failure ? (
              <Alert
                variant="danger"
                closeLabel={t('action.close', 'Close')}
                title={t('consentForm.error.title', 'The consent was not saved')}
                onClose={reset}
              >
                {hasFieldErrors ? t('consentForm.error.fields', 'Correct the fields marked below.') : failure.message}
                {unclaimed.length > 0 ? (
                  <ul>
                    {unclaimed.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}
            <ConsentForm />
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <SubmitButton>{t('consentForm.submit', 'Save consent')}</SubmitButton>
          </Modal.Footer>
        </Form>
      </Modal.Content>
    </Modal.Root>
  );
};
