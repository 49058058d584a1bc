import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { Consent, ConsentLink } from '../../../../shared/contracts/consents';
import { useComplianceDownloads, useUnlinkConsentMutation, type Download } from '../../api/compliance';
import { useErrorToast } from '../../hooks/useErrorToast';
import { useT } from '../../hooks/useT';
import { receiptFileName, sanitizeFileName, saveBlob } from '../../utils/download';

const linkKey = (link: EntryRef) => `${link.uid}|${link.documentId}|${link.locale ?? ''}`;

/**
 * What the consent page does besides showing it: download the receipt and the signed form (through
 * the authenticated, audited routes, never a public URL) and unlink an entry. `busy` names the
 * action under way ('receipt', 'evidence' or the unlinked entry), null when there is none.
 */
export const useConsentActions = (consent: Consent | undefined) => {
  const t = useT();
  const downloads = useComplianceDownloads();
  const { toggleNotification } = useNotification();
  const toastError = useErrorToast();
  const [downloading, setDownloading] = React.useState<'receipt' | 'evidence' | null>(null);
  const [unlinkConsent, unlinking] = useUnlinkConsentMutation();

  const save = async (kind: 'receipt' | 'evidence', load: () => Promise<Download>, fallbackName: string) => {
    setDownloading(kind);
    try {
      const { blob, fileName } = await load();
      saveBlob(blob, fileName ?? fallbackName);
    } catch (error) {
      toastError(error);
    } finally {
      setDownloading(null);
    }
  };

  const downloadReceipt = () => (consent ? save('receipt', () => downloads.downloadReceipt(consent.documentId), receiptFileName(consent.receiptId)) : undefined);
  const downloadEvidence = () =>
    consent?.evidence ? save('evidence', () => downloads.downloadEvidence(consent.documentId), sanitizeFileName(consent.evidence.name)) : undefined;

  const unlink = async (link: ConsentLink) => {
    if (!consent) return;
    const result = await unlinkConsent({ documentId: consent.documentId, entry: link });
    if ('error' in result) toastError(result.error);
    else toggleNotification({ type: 'success', message: t('panel.consents.unlinked', 'Consent unlinked') });
  };

  const unlinkingLink = unlinking.isLoading && unlinking.originalArgs ? linkKey(unlinking.originalArgs.entry) : null;
  return { busy: downloading ?? unlinkingLink, downloadReceipt, downloadEvidence, unlink };
};
