import * as React from 'react';
import { Button, Field, Modal, TextInput } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import { errorsUnder, toApiFailure, type ApiFailure } from '../../utils/errors';
import { ERROR_CODES } from '../../../../shared/error-codes';

interface SignatureCallbacks {
  /** The server recorded it. */
  onSigned: () => void;
  /** The entry changed since it was shown (409): nothing was signed. */
  onStale: () => void;
  onClose: () => void;
}

/**
 * What every signature prompt (a review, a waiver) shares (21 CFR 11.200): the re-entered
 * password, cleared after each attempt; a 409 closes the prompt and tells the panel the entry
 * changed; any other failure (a wrong password, the lockout's 429, a 403) stays in the prompt.
 */
export const useSignature = ({ onSigned, onStale, onClose }: SignatureCallbacks) => {
  const [password, setPassword] = React.useState('');
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [submitting, setSubmitting] = React.useState(false);

  const reset = React.useCallback(() => {
    setPassword('');
    setFailure(null);
  }, []);

  const sign = async (send: (password: string) => Promise<unknown>) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await send(password);
      onSigned();
      onClose();
    } catch (error) {
      const apiFailure = toApiFailure(error);
      setPassword('');
      if (apiFailure.details.code === ERROR_CODES.staleContent) {
        onStale();
        onClose();
        return;
      }
      setFailure(apiFailure);
    } finally {
      setSubmitting(false);
    }
  };

  return { password, setPassword, failure, submitting, reset, sign };
};

/** The password a signer re-enters, with the server's message for a wrong one. */
export const PasswordField = ({ signature }: { signature: ReturnType<typeof useSignature> }) => {
  const t = useT();
  return (
    <Field.Root name="password" required error={errorsUnder(signature.failure?.fieldErrors ?? {}, 'password')}>
      <Field.Label>{t('review.password', 'Your password')}</Field.Label>
      <TextInput
        type="password"
        autoComplete="current-password"
        value={signature.password}
        disabled={signature.submitting}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => signature.setPassword(event.target.value)}
      />
      <Field.Error />
    </Field.Root>
  );
};

interface SignatureFooterProps {
  signature: ReturnType<typeof useSignature>;
  onCancel: () => void;
  /** What the signer signs ("Sign and approve"). */
  label: string;
  variant: React.ComponentProps<typeof Button>['variant'];
  /** Whether the rest of the form is complete (the password is checked here). */
  ready: boolean;
}

/** Cancel, and the signing button, enabled once the form and the password are there. */
export const SignatureFooter = ({ signature, onCancel, label, variant, ready }: SignatureFooterProps) => {
  const t = useT();
  return (
    <Modal.Footer>
      <Button variant="tertiary" onClick={onCancel} type="button">
        {t('action.cancel', 'Cancel')}
      </Button>
      <Button type="submit" variant={variant} loading={signature.submitting} disabled={!ready || !signature.password}>
        {label}
      </Button>
    </Modal.Footer>
  );
};
