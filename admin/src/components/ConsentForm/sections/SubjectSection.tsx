import { Grid } from '@strapi/design-system';
import { useT } from '../../../hooks/useT';
import { CheckboxField, Section, TextField, useConsentField } from '../fields';

/** Who the authorization is about, and who signed it for them if not themselves. */
export const SubjectSection = () => {
  const t = useT();
  const { value: hasRepresentative } = useConsentField<boolean>('hasRepresentative');
  return (
    <Section title={t('consentForm.section.subject', 'The individual')}>
      <TextField name="subjectName" label={t('consentForm.subjectName', 'Name of the individual')} required />
      <TextField
        name="subjectReference"
        label={t('consentForm.subjectReference', 'Internal patient reference')}
        hint={t('consentForm.subjectReference.hint', 'Optional. Stays in the admin: never published or exported in receipts.')}
      />
      <CheckboxField name="hasRepresentative">{t('consentForm.hasRepresentative', 'Signed by a personal representative')}</CheckboxField>
      {hasRepresentative ? (
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="representative.name" label={t('consentForm.representative.name', 'Representative’s name')} required />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="representative.authority"
              label={t('consentForm.representative.authority', 'Authority to act for the individual')}
              required
              hint={t('consentForm.representative.authority.hint', 'e.g. parent of a minor, health care power of attorney')}
            />
          </Grid.Item>
        </Grid.Root>
      ) : null}
    </Section>
  );
};
