import { useT } from '../../../hooks/useT';
import { CheckboxField, Section, TextField, useConsentField } from '../fields';

/** Whether the clinic gives something of value for the use, and what. */
export const RemunerationSection = () => {
  const t = useT();
  const { value: involved } = useConsentField<boolean>('remuneration.involved');
  return (
    <Section title={t('consentForm.section.remuneration', 'Remuneration')}>
      <CheckboxField name="remuneration.involved">
        {t('consentForm.remuneration.involved', 'The clinic pays or gives something of value for this use (45 CFR 164.508(a)(3)(ii))')}
      </CheckboxField>
      {involved ? (
        <TextField name="remuneration.description" label={t('consentForm.remuneration.description', 'What is given in exchange')} required multiline />
      ) : null}
    </Section>
  );
};
