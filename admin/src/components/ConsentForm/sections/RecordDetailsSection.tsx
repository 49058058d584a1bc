import { Grid, Typography } from '@strapi/design-system';
import { useT } from '../../../hooks/useT';
import { Section, TextField } from '../fields';

/** How, where and in what language the consent was collected; empty fields take the configured defaults. */
export const RecordDetailsSection = () => {
  const t = useT();
  return (
    <Section title={t('consentForm.section.record', 'Record details (optional)')}>
      <Typography variant="pi" textColor="neutral600">
        {t('consentForm.record.hint', 'Left empty, these take the defaults from the plugin configuration.')}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField
            name="collectionMethod"
            label={t('consentForm.collectionMethod', 'Collection method')}
            hint={t('consentForm.collectionMethod.hint', 'e.g. paper form at reception')}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField name="jurisdiction" label={t('consentForm.jurisdiction', 'Jurisdiction')} />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField name="language" label={t('consentForm.language', 'Language of the form')} hint={t('consentForm.language.hint', 'e.g. en, es')} />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <TextField name="policyUrl" label={t('consentForm.policyUrl', 'Privacy policy URL')} />
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
