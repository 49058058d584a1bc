import type { ConsentController } from '../../../shared/contracts/consents';

/**
 * Maps a consent record to a Kantara Initiative Consent Receipt v1.1 (KI-CR-v1.1.0).
 * Pure: the caller passes the stored record and the controller details from config.
 */
export interface ReceiptInput {
  receiptId: string;
  signedAt: string;
  subjectName: string;
  collectionMethod: string;
  jurisdiction: string;
  language: string;
  policyUrl: string;
  purposes: string[];
  informationDescription: string;
  recipients: string;
  expiresAt: string | null;
  expirationEvent: string | null;
  status: string;
  scope: { channels: string[]; media: string[] };
}

export const toConsentReceipt = (consent: ReceiptInput, controller: ConsentController, serviceName: string) => ({
  version: 'KI-CR-v1.1.0',
  jurisdiction: consent.jurisdiction,
  consentTimestamp: Math.floor(new Date(consent.signedAt).getTime() / 1000),
  collectionMethod: consent.collectionMethod,
  consentReceiptID: consent.receiptId,
  language: consent.language,
  piiPrincipalId: consent.subjectName,
  piiControllers: [
    {
      piiController: controller.name,
      onBehalf: false,
      contact: controller.contact,
      address: { streetAddress: controller.address },
      email: controller.email,
      phone: controller.phone ?? '',
      piiControllerUrl: controller.url,
    },
  ],
  policyUrl: consent.policyUrl,
  services: [
    {
      service: serviceName,
      purposes: consent.purposes.map((purpose) => ({
        purpose,
        purposeCategory: ['Marketing'],
        consentType: 'EXPLICIT',
        piiCategory: [consent.informationDescription, ...consent.scope.media.map((medium) => `media:${medium}`)],
        primaryPurpose: true,
        termination: consent.expiresAt ?? consent.expirationEvent ?? '',
        thirdPartyDisclosure: true,
        thirdPartyName: consent.recipients,
      })),
    },
  ],
  sensitive: true,
  spiCat: ['Health information (45 CFR 160.103 protected health information)'],
  status: consent.status,
});
