import { CONSENT_MEDIA } from '../../../../../shared/contracts/consents';
import { useConsentLabels } from '../../../hooks/useConsentLabels';
import { useT } from '../../../hooks/useT';
import { COMMON_CHANNELS } from '../../../utils/consentForm';
import { CheckboxGroupField, Section, TextField } from '../fields';

/** Where the material may be used (channels) and what of the individual may appear (media). */
export const ScopeSection = () => {
  const t = useT();
  const labels = useConsentLabels();
  return (
    <Section title={t('consentForm.section.scope', 'Where and how it may be used')}>
      <CheckboxGroupField name="scope.channels" label={t('consentForm.channels', 'Channels')} required options={COMMON_CHANNELS} labels={labels.channel} />
      <TextField
        name="scope.otherChannels"
        label={t('consentForm.otherChannels', 'Other channels')}
        hint={t('consentForm.otherChannels.hint', 'Comma-separated, e.g. podcast, billboard')}
      />
      <CheckboxGroupField
        name="scope.media"
        label={t('consentForm.media', 'What of the individual may appear')}
        options={CONSENT_MEDIA}
        labels={labels.medium}
      />
    </Section>
  );
};
