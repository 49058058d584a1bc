import * as React from 'react';
import type { ConsentMedium, SignatureMethod } from '../../../shared/contracts/consents';
import type { COMMON_CHANNELS } from '../utils/consentForm';
import { useT } from './useT';

export type CommonChannel = (typeof COMMON_CHANNELS)[number];

/**
 * How the consent form and the consent page name the contract's enumerations
 * (shared/contracts/consents.ts): one label for each signature method, medium and offered channel.
 */
export const useConsentLabels = () => {
  const t = useT();
  return React.useMemo(() => {
    const signatureMethod: Record<SignatureMethod, string> = {
      'wet-ink': t('consentForm.signatureMethod.wet-ink', 'Wet-ink signature'),
      electronic: t('consentForm.signatureMethod.electronic', 'Electronic signature'),
      'recorded-verbal': t('consentForm.signatureMethod.recorded-verbal', 'Recorded verbal consent'),
    };
    const medium: Record<ConsentMedium, string> = {
      name: t('consentForm.media.name', 'Name'),
      photo: t('consentForm.media.photo', 'Photo'),
      video: t('consentForm.media.video', 'Video'),
      voice: t('consentForm.media.voice', 'Voice'),
      quote: t('consentForm.media.quote', 'Quote'),
      condition: t('consentForm.media.condition', 'Health condition'),
      age: t('consentForm.media.age', 'Age'),
      location: t('consentForm.media.location', 'Location'),
    };
    const channel: Record<CommonChannel, string> = {
      website: t('consentForm.channel.website', 'Website'),
      social: t('consentForm.channel.social', 'Social media'),
      email: t('consentForm.channel.email', 'Email'),
      print: t('consentForm.channel.print', 'Print'),
      video: t('consentForm.channel.video', 'Video'),
    };
    return { signatureMethod, medium, channel };
  }, [t]);
};
