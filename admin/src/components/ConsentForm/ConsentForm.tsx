import * as React from 'react';
import {
  Box,
  Button,
  Checkbox,
  DatePicker,
  DateTimePicker,
  Field,
  Flex,
  Grid,
  IconButton,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { ConsentMedium, SignatureMethod } from '../../../../shared/contracts/consents';
import { useT } from '../../hooks/useT';
import {
  COMMON_CHANNELS,
  CONSENT_MEDIA,
  EVIDENCE_ACCEPT,
  formatBytes,
  fromIsoString,
  SIGNATURE_METHODS,
  STATEMENT_KEYS,
  toIsoDate,
  type ConsentFormState,
} from '../../utils/consentForm';
import { errorsUnder, type FieldErrors } from '../../utils/errors';
import { STATEMENT_TEXT } from './statements';

interface ConsentFormProps {
  value: ConsentFormState;
  onChange: (next: ConsentFormState) => void;
  errors: FieldErrors;
  disabled?: boolean;
}

type TextKey = {
  [K in keyof ConsentFormState]: ConsentFormState[K] extends string ? K : never;
}[keyof ConsentFormState];

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box paddingTop={2} paddingBottom={2}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((value) => value !== item), item] : list.filter((value) => value !== item);

interface CheckboxGroupProps<T extends string, O extends T> {
  name: string;
  label: string;
  error: string | undefined;
  required?: boolean;
  options: readonly O[];
  labels: Record<O, string>;
  /** May hold values that are not options (kept as they are). */
  selected: readonly T[];
  disabled: boolean;
  onChange: (next: T[]) => void;
}

/** One field of checkboxes, one per option, for a list of choices. */
const CheckboxGroup = <T extends string, O extends T>({ name, label, error, required, options, labels, selected, disabled, onChange }: CheckboxGroupProps<T, O>) => (
  <Field.Root name={name} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <Flex gap={4} wrap="wrap">
      {options.map((option) => (
        <Checkbox
          key={option}
          checked={selected.includes(option)}
          disabled={disabled}
          onCheckedChange={(checked) => onChange(toggle<T>(selected, option, checked === true))}
        >
          {labels[option]}
        </Checkbox>
      ))}
    </Flex>
    <Field.Error />
  </Field.Root>
);

/**
 * Every field of a HIPAA 164.508 authorization (the `ConsentInput` contract). Controlled: the
 * parent owns the state and passes the server's per-field messages in `errors`.
 */
export const ConsentForm = ({ value, onChange, errors, disabled = false }: ConsentFormProps) => {
  const t = useT();
  const set = <K extends keyof ConsentFormState>(key: K, next: ConsentFormState[K]) => onChange({ ...value, [key]: next });

  const text = (key: TextKey, errorKey: string, label: string, options: { required?: boolean; hint?: string; multiline?: boolean } = {}) => (
    <Field.Root name={errorKey} error={errorsUnder(errors, errorKey)} required={options.required} hint={options.hint}>
      <Field.Label>{label}</Field.Label>
      {options.multiline ? (
        <Textarea value={value[key]} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => set(key, event.target.value)} />
      ) : (
        <TextInput value={value[key]} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(key, event.target.value)} />
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  const signatureLabels: Record<SignatureMethod, string> = {
    'wet-ink': t('consentForm.signatureMethod.wet-ink', 'Wet-ink signature'),
    electronic: t('consentForm.signatureMethod.electronic', 'Electronic signature'),
    'recorded-verbal': t('consentForm.signatureMethod.recorded-verbal', 'Recorded verbal consent'),
  };
  const mediaLabels: Record<ConsentMedium, string> = {
    name: t('consentForm.media.name', 'Name'),
    photo: t('consentForm.media.photo', 'Photo'),
    video: t('consentForm.media.video', 'Video'),
    voice: t('consentForm.media.voice', 'Voice'),
    quote: t('consentForm.media.quote', 'Quote'),
    condition: t('consentForm.media.condition', 'Health condition'),
    age: t('consentForm.media.age', 'Age'),
    location: t('consentForm.media.location', 'Location'),
  };
  const channelLabels: Record<(typeof COMMON_CHANNELS)[number], string> = {
    website: t('consentForm.channel.website', 'Website'),
    social: t('consentForm.channel.social', 'Social media'),
    email: t('consentForm.channel.email', 'Email'),
    print: t('consentForm.channel.print', 'Print'),
    video: t('consentForm.channel.video', 'Video'),
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={t('consentForm.section.subject', 'The individual')}>
        {text('subjectName', 'subjectName', t('consentForm.subjectName', 'Name of the individual'), { required: true })}
        {text('subjectReference', 'subjectReference', t('consentForm.subjectReference', 'Internal patient reference'), {
          hint: t('consentForm.subjectReference.hint', 'Optional. Stays in the admin: never published or exported in receipts.'),
        })}
        <Checkbox checked={value.hasRepresentative} disabled={disabled} onCheckedChange={(checked) => set('hasRepresentative', checked === true)}>
          {t('consentForm.hasRepresentative', 'Signed by a personal representative')}
        </Checkbox>
        {value.hasRepresentative ? (
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              {text('representativeName', 'representative.name', t('consentForm.representative.name', 'Representative’s name'), { required: true })}
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              {text(
                'representativeAuthority',
                'representative.authority',
                t('consentForm.representative.authority', 'Authority to act for the individual'),
                {
                  required: true,
                  hint: t('consentForm.representative.authority.hint', 'e.g. parent of a minor, health care power of attorney'),
                },
              )}
            </Grid.Item>
          </Grid.Root>
        ) : null}
      </Section>

      <Section title={t('consentForm.section.authorization', 'What is authorized')}>
        {text(
          'informationDescription',
          'informationDescription',
          t('consentForm.informationDescription', 'Information that may be used or disclosed'),
          {
            required: true,
            multiline: true,
          },
        )}
        {text('authorizedDisclosers', 'authorizedDisclosers', t('consentForm.authorizedDisclosers', 'Who may disclose it'), { required: true })}
        {text('recipients', 'recipients', t('consentForm.recipients', 'To whom it may be disclosed'), { required: true })}
        <Field.Root name="purposes" error={errorsUnder(errors, 'purposes')} required>
          <Field.Label>{t('consentForm.purposes', 'Purposes')}</Field.Label>
          <Flex direction="column" alignItems="stretch" gap={2}>
            {value.purposes.map((purpose, index) => (
              <Flex key={index} gap={2}>
                <Box flex="1">
                  <TextInput
                    aria-label={t('consentForm.purpose.label', 'Purpose {number}', { number: index + 1 })}
                    name={`purposes.${index}`}
                    value={purpose}
                    disabled={disabled}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                      set(
                        'purposes',
                        value.purposes.map((item, at) => (at === index ? event.target.value : item)),
                      )
                    }
                  />
                </Box>
                <IconButton
                  label={t('consentForm.purpose.remove', 'Remove this purpose')}
                  variant="ghost"
                  disabled={disabled || value.purposes.length === 1}
                  onClick={() =>
                    set(
                      'purposes',
                      value.purposes.filter((_, at) => at !== index),
                    )
                  }
                >
                  <Trash />
                </IconButton>
              </Flex>
            ))}
            <Box>
              <Button variant="tertiary" size="S" startIcon={<Plus />} disabled={disabled} onClick={() => set('purposes', [...value.purposes, ''])}>
                {t('consentForm.purpose.add', 'Add a purpose')}
              </Button>
            </Box>
          </Flex>
          <Field.Error />
        </Field.Root>
      </Section>

      <Section title={t('consentForm.section.term', 'Expiry and signature')}>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root
              name="expiresAt"
              error={errorsUnder(errors, 'expiresAt')}
              hint={t('consentForm.expiry.hint', 'Give an expiry date, an expiry event, or both.')}
            >
              <Field.Label>{t('consentForm.expiresAt', 'Expires on')}</Field.Label>
              <DatePicker
                value={fromIsoString(value.expiresAt)}
                disabled={disabled}
                clearLabel={t('action.clear', 'Clear')}
                onChange={(date) => set('expiresAt', date ? toIsoDate(date) : '')}
                onClear={() => set('expiresAt', '')}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('expirationEvent', 'expirationEvent', t('consentForm.expirationEvent', 'Or expires on this event'), {
              hint: t('consentForm.expirationEvent.hint', 'e.g. end of the 2026 campaign'),
            })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="signedAt" error={errorsUnder(errors, 'signedAt')} required>
              <Field.Label>{t('consentForm.signedAt', 'Signed at')}</Field.Label>
              <DateTimePicker
                value={fromIsoString(value.signedAt) ?? null}
                disabled={disabled}
                clearLabel={t('action.clear', 'Clear')}
                dateLabel={t('consentForm.signedAt.date', 'Date signed')}
                timeLabel={t('consentForm.signedAt.time', 'Time signed')}
                onChange={(date) => set('signedAt', date ? date.toISOString() : '')}
                onClear={() => set('signedAt', '')}
              />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="signatureMethod" error={errorsUnder(errors, 'signatureMethod')} required>
              <Field.Label>{t('consentForm.signatureMethod', 'Signature method')}</Field.Label>
              <SingleSelect
                value={value.signatureMethod || undefined}
                disabled={disabled}
                placeholder={t('consentForm.signatureMethod.placeholder', 'Choose how it was signed')}
                onChange={(next) => set('signatureMethod', String(next) as SignatureMethod)}
              >
                {SIGNATURE_METHODS.map((method) => (
                  <SingleSelectOption key={method} value={method}>
                    {signatureLabels[method]}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
      </Section>

      <Section title={t('consentForm.section.statements', 'Required statements')}>
        <Typography variant="pi" textColor="neutral600">
          {t('consentForm.statements.intro', 'Confirm that the signed form contains each of these statements.')}
        </Typography>
        {STATEMENT_KEYS.map((key) => (
          <Field.Root key={key} name={`statements.${key}`} error={errorsUnder(errors, `statements.${key}`)}>
            <Checkbox
              checked={value.statements[key]}
              disabled={disabled}
              onCheckedChange={(checked) => set('statements', { ...value.statements, [key]: checked === true })}
            >
              {t(STATEMENT_TEXT[key].id, STATEMENT_TEXT[key].defaultMessage)}
            </Checkbox>
            <Field.Error />
          </Field.Root>
        ))}
        {errors.statements ? (
          <Typography variant="pi" textColor="danger600">
            {errors.statements}
          </Typography>
        ) : null}
      </Section>

      <Section title={t('consentForm.section.remuneration', 'Remuneration')}>
        <Checkbox
          checked={value.remunerationInvolved}
          disabled={disabled}
          onCheckedChange={(checked) => set('remunerationInvolved', checked === true)}
        >
          {t('consentForm.remuneration.involved', 'The clinic pays or gives something of value for this use (45 CFR 164.508(a)(3)(ii))')}
        </Checkbox>
        {value.remunerationInvolved
          ? text('remunerationDescription', 'remuneration.description', t('consentForm.remuneration.description', 'What is given in exchange'), {
              required: true,
              multiline: true,
            })
          : errorsUnder(errors, 'remuneration') && (
              <Typography variant="pi" textColor="danger600">
                {errorsUnder(errors, 'remuneration')}
              </Typography>
            )}
      </Section>

      <Section title={t('consentForm.section.scope', 'Where and how it may be used')}>
        <CheckboxGroup
          name="scope.channels"
          label={t('consentForm.channels', 'Channels')}
          error={errorsUnder(errors, 'scope.channels') ?? errors.scope}
          required
          options={COMMON_CHANNELS}
          labels={channelLabels}
          selected={value.channels}
          disabled={disabled}
          onChange={(next) => set('channels', next)}
        />
        {text('otherChannels', 'scope.otherChannels', t('consentForm.otherChannels', 'Other channels'), {
          hint: t('consentForm.otherChannels.hint', 'Comma-separated, e.g. podcast, billboard'),
        })}
        <CheckboxGroup
          name="scope.media"
          label={t('consentForm.media', 'What of the individual may appear')}
          error={errorsUnder(errors, 'scope.media')}
          options={CONSENT_MEDIA}
          labels={mediaLabels}
          selected={value.media}
          disabled={disabled}
          onChange={(next) => set('media', next)}
        />
      </Section>

      <Section title={t('consentForm.section.evidence', 'Signed authorization form (optional)')}>
        <Field.Root
          name="evidence"
          id="consent-evidence"
          error={errorsUnder(errors, 'evidence')}
          hint={t('consentForm.evidence.hint', 'PDF, PNG or JPEG scan, or the audio or video of a recorded verbal consent. Stored privately with the consent.')}
        >
          <Field.Label>{t('consentForm.evidence', 'Signed form')}</Field.Label>
          <Field.Input
            type="file"
            accept={EVIDENCE_ACCEPT}
            disabled={disabled}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('evidence', event.target.files?.[0] ?? null)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        {value.evidence ? (
          <Typography variant="pi" textColor="neutral600">
            {t('consentForm.evidence.selected', '{name} ({size})', { name: value.evidence.name, size: formatBytes(value.evidence.size) })}
          </Typography>
        ) : null}
      </Section>

      <Section title={t('consentForm.section.record', 'Record details (optional)')}>
        <Typography variant="pi" textColor="neutral600">
          {t('consentForm.record.hint', 'Left empty, these take the defaults from the plugin configuration.')}
        </Typography>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('collectionMethod', 'collectionMethod', t('consentForm.collectionMethod', 'Collection method'), {
              hint: t('consentForm.collectionMethod.hint', 'e.g. paper form at reception'),
            })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('jurisdiction', 'jurisdiction', t('consentForm.jurisdiction', 'Jurisdiction'))}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('language', 'language', t('consentForm.language', 'Language of the form'), { hint: t('consentForm.language.hint', 'e.g. en, es') })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('policyUrl', 'policyUrl', t('consentForm.policyUrl', 'Privacy policy URL'))}
          </Grid.Item>
        </Grid.Root>
      </Section>
    </Flex>
  );
};
