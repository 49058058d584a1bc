import * as React from 'react';
import { Box, Button, Field, Flex, IconButton, TextInput } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useT } from '../../../hooks/useT';
import { Section, TextField, useConsentField } from '../fields';

/** The purposes of the use or disclosure: one input each, at least one. */
const PurposesField = () => {
  const t = useT();
  const { value, error, disabled, onChange } = useConsentField<string[]>('purposes');
  const purposes = value ?? [];
  return (
    <Field.Root name="purposes" error={error} required>
      <Field.Label>{t('consentForm.purposes', 'Purposes')}</Field.Label>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {purposes.map((purpose, index) => (
          <Flex key={index} gap={2}>
            <Box flex="1">
              <TextInput
                aria-label={t('consentForm.purpose.label', 'Purpose {number}', { number: index + 1 })}
                name={`purposes.${index}`}
                value={purpose}
                disabled={disabled}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(purposes.map((item, at) => (at === index ? event.target.value : item)))}
              />
            </Box>
            <IconButton
              label={t('consentForm.purpose.remove', 'Remove this purpose')}
              variant="ghost"
              disabled={disabled || purposes.length === 1}
              onClick={() => onChange(purposes.filter((_, at) => at !== index))}
            >
              <Trash />
            </IconButton>
          </Flex>
        ))}
        <Box>
          <Button variant="tertiary" size="S" startIcon={<Plus />} disabled={disabled} onClick={() => onChange([...purposes, ''])}>
            {t('consentForm.purpose.add', 'Add a purpose')}
          </Button>
        </Box>
      </Flex>
      <Field.Error />
    </Field.Root>
  );
};

/** What information may be used, by whom, for whom and what for. */
export const AuthorizationSection = () => {
  const t = useT();
  return (
    <Section title={t('consentForm.section.authorization', 'What is authorized')}>
      <TextField
        name="informationDescription"
        label={t('consentForm.informationDescription', 'Information that may be used or disclosed')}
        required
        multiline
      />
      <TextField name="authorizedDisclosers" label={t('consentForm.authorizedDisclosers', 'Who may disclose it')} required />
      <TextField name="recipients" label={t('consentForm.recipients', 'To whom it may be disclosed')} required />
      <PurposesField />
    </Section>
  );
};
