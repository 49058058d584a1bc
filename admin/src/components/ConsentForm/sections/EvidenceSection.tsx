import * as React from 'react';
import { Field, Typography } from '@strapi/design-system';
import { useT } from '../../../hooks/useT';
import { EVIDENCE_ACCEPT, formatBytes } from '../../../utils/consentForm';
import { Section, useConsentField } from '../fields';

/** The scan or recording of the signed authorization, uploaded with the consent. */
export const EvidenceSection = () => {
  const t = useT();
  const { value: evidence, error, disabled, onChange } = useConsentField<File | null>('evidence');
  return (
    <Section title={t('consentForm.section.evidence', 'Signed authorization form (optional)')}>
      <Field.Root
        name="evidence"
        id="consent-evidence"
        error={error}
        hint={t('consentForm.evidence.hint', 'PDF, PNG or JPEG scan, or the audio or video of a recorded verbal consent. Stored privately with the consent.')}
      >
        <Field.Label>{t('consentForm.evidence', 'Signed form')}</Field.Label>
        <Field.Input
          type="file"
          accept={EVIDENCE_ACCEPT}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {evidence ? (
        <Typography variant="pi" textColor="neutral600">
          {t('consentForm.evidence.selected', '{name} ({size})', { name: evidence.name, size: formatBytes(evidence.size) })}
        </Typography>
      ) : null}
    </Section>
  );
};
