import type { FormHelpers } from '@strapi/strapi/admin';
import type { Consent } from '../../../../shared/contracts/consents';
import { useCreateConsentMutation } from '../../api/compliance';
import { buildConsentInput, CONSENT_FORM_FIELDS, formErrorsFrom, type ConsentFormState } from '../../utils/consentForm';
import { failureOf, unclaimedErrors } from '../../utils/errors';

interface RecordConsentOptions {
  /** Called with the stored consent; may return a promise (e.g. linking it), which is awaited. It should report its own errors. */
  onCreated: (consent: Consent) => void | Promise<void>;
  /** Closes the dialog once the consent is stored. */
  close: () => void;
}

/**
 * Stores the form's consent with POST /compliance/consents (multipart when a signed form is
 * attached). A refusal puts each of the server's messages under its field; `unclaimed` lists
 * those no field shows.
 */
export const useRecordConsent = ({ onCreated, close }: RecordConsentOptions) => {
  const [createConsent, creation] = useCreateConsentMutation();
  const failure = failureOf(creation.error);

  const submit = async (values: ConsentFormState, { setErrors }: Pick<FormHelpers<ConsentFormState>, 'setErrors'>) => {
    const result = await createConsent({ input: buildConsentInput(values), evidence: values.evidence });
    if ('error' in result) {
      const refused = failureOf(result.error);
      if (refused) setErrors(formErrorsFrom(refused.fieldErrors));
      return;
    }
    // The consent is stored: close even if the follow-up fails (the caller reports that), so a
    // second click cannot record it twice.
    await Promise.resolve()
      .then(() => onCreated(result.data))
      .catch(() => undefined);
    creation.reset();
    close();
  };

  const unclaimed = failure ? unclaimedErrors(failure.fieldErrors, CONSENT_FORM_FIELDS) : [];
  const hasFieldErrors = failure ? Object.keys(failure.fieldErrors).length > unclaimed.length : false;
  return { submit, failure, unclaimed, hasFieldErrors, reset: creation.reset };
};
