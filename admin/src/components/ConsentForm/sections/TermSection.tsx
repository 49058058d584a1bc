import { DatePicker, DateTimePicker, Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { SIGNATURE_METHODS, type SignatureMethod } from '../../../../../shared/contracts/consents';
import { useConsentLabels } from '../../../hooks/useConsentLabels';
import { useT } from '../../../hooks/useT';
import { fromIsoString, toIsoDate } from '../../../utils/consentForm';
import { Section, TextField, useConsentField } from '../fields';

const isSignatureMethod = (value: unknown): value is SignatureMethod => SIGNATURE_METHODS.some((method) => method === value);

const ExpiresAtField = () => {
  const t = useT();
  const { value, error, disabled, onChange } = useConsentField<string>('expiresAt');
  return (
    <Field.Root name="expiresAt" error={error} hint={t('consentForm.expiry.hint', 'Give an expiry date, an expiry event, or both.')}>
      <Field.Label>{t('consentForm.expiresAt', 'Expires on')}</Field.Label>
      <DatePicker
        value={fromIsoString(value ?? '')}
        disabled={disabled}
        clearLabel={t('action.clear', 'Clear')}
        onChange={(date) => onChange(date ? toIsoDate(date) : '')}
        onClear={() => onChange('')}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

const SignedAtField = () => {
  const t = useT();
  const { value, error, disabled, onChange } = useConsentField<string>('signedAt');
  return (
    <Field.Root name="signedAt" error={error} required>
      <Field.Label>{t('consentForm.signedAt', 'Signed at')}</Field.Label>
      <DateTimePicker
        value={fromIsoString(value ?? '') ?? null}
        disabled={disabled}
        clearLabel={t('action.clear', 'Clear')}
        dateLabel={t('consentForm.signedAt.date', 'Date signed')}
        timeLabel={t('consentForm.signedAt.time', 'Time signed')}
        onChange={(date) => onChange(date ? date.toISOString() : '')}
        onClear={() => onChange('')}
      />
      <Field.Error />
    </Field.Root>
  );
};

const SignatureMethodField = () => {
  const t = useT();
  const labels = useConsentLabels();
  const { value, error, disabled, onChange } = useConsentField<SignatureMethod | ''>('signatureMethod');
  return (
    <Field.Root name="signatureMethod" error={error} required>
      <Field.Label>{t('consentForm.signatureMethod', 'Signature method')}</Field.Label>
      <SingleSelect
        value={value || undefined}
        disabled={disabled}
        placeholder={t('consentForm.signatureMethod.placeholder', 'Choose how it was signed')}
        onChange={(next) => onChange(isSignatureMethod(next) ? next : '')}
      >
        {SIGNATURE_METHODS.map((method) => (
          <SingleSelectOption key={method} value={method}>
            {labels.signatureMethod[method]}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );
};

/** When the authorization ends, and when and how it was signed. */
export const TermSection = () => {
  const t = useT();
  return (
    <Section title={t('consentForm.section.term', 'Expiry and signature')}>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <ExpiresAtField />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField
            name="expirationEvent"
            label={t('consentForm.expirationEvent', 'Or expires on this event')}
            hint={t('consentForm.expirationEvent.hint', 'e.g. end of the 2026 campaign')}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SignedAtField />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SignatureMethodField />
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
