import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import type { RevokeConsent } from '../../../../shared/contracts/consents';
import { useT } from '../../hooks/useT';

/**
 * The consent page's revocation: whether the dialog is open, and once revoked, the entries the
 * server unpublished with it (null until then, and again once the alert is closed).
 */
export const useRevocation = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const [open, setOpen] = React.useState(false);
  const [unpublished, setUnpublished] = React.useState<EntryRef[] | null>(null);

  const revoked = (result: RevokeConsent.Response) => {
    setUnpublished(result.meta.unpublished);
    toggleNotification({ type: 'success', message: t('revoke.done', 'Consent revoked') });
  };
  return { open, setOpen, unpublished, dismiss: () => setUnpublished(null), revoked };
};
