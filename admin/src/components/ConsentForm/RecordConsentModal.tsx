import * as React from 'react';
import { Alert, Button, Modal, Typography } from '@strapi/design-system';
import type { Consent } from '../../../../shared/contracts/consents';
import { useCreateConsentMutation } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { buildConsentInput, CONSENT_FORM_FIELDS, emptyConsentForm, type ConsentFormState } from '../../utils/consentForm';
import { failureOf, unclaimedErrors } from '../../utils/errors';
import { ConsentForm } from './ConsentForm';
import { useResetOnOpen } from '../../hooks/useOnChange';

interface RecordConsentModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the stored consent; may return a promise (e.g. linking it), the modal waits. It should report its own errors. */
  onCreated: (consent: Consent) => void | Promise<void>;
  /** Shown under the title, e.g. which entry the consent will be linked to. */
  description?: string;
}

/** "Record consent": the full authorization form, stored with POST /compliance/consents. */
export const RecordConsentModal = ({ open, onOpenChange, onCreated, description }: RecordConsentModalProps) => {
  const t = useT();
  const [createConsent, creation] = useCreateConsentMutation();
  const [form, setForm] = React.useState<ConsentFormState>(emptyConsentForm);
  const [following, setFollowing] = React.useState(false);
  const failure = failureOf(creation.error);
  const submitting = creation.isLoading || following;
  const { reset } = creation;

  useResetOnOpen(open, () => setForm(emptyConsentForm()));
  // A failure belongs to this opening of the dialog.
  const openChange = (next: boolean) => {
    if (!next) reset();
    onOpenChange(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await createConsent({ input: buildConsentInput(form), evidence: form.evidence });
    if ('error' in result) return;
    const consent: Consent = result.data;
    // The consent is stored: close even if the follow-up fails (the caller reports that), so a
    // second click cannot record it twice.
    setFollowing(true);
    await Promise.resolve()
      .then(() => onCreated(consent))
      .catch(() => undefined);
    setFollowing(false);
    openChange(false);
  };

  const unclaimed = failure ? unclaimedErrors(failure.fieldErrors, CONSENT_FORM_FIELDS) : [];
  const hasFieldErrors = failure ? Object.keys(failure.fieldErrors).length > unclaimed.length : false;

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
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
            <ConsentForm value={form} onChange={setForm} errors={failure?.fieldErrors ?? {}} disabled={submitting} />
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={submitting}>
              {t('consentForm.submit', 'Save consent')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
