import { Button, Flex } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import type { Consent } from '../../../../shared/contracts/consents';
import { useT } from '../../hooks/useT';

interface ConsentActionsProps {
  consent: Consent;
  busy: string | null;
  canManage: boolean;
  onDownloadReceipt: () => void;
  onDownloadEvidence: () => void;
  onRevoke: () => void;
}

/** The page header's buttons: the receipt, the signed form if there is one, and Revoke while the consent is active. */
export const ConsentActions = ({ consent, busy, canManage, onDownloadReceipt, onDownloadEvidence, onRevoke }: ConsentActionsProps) => {
  const t = useT();
  return (
    <Flex gap={2}>
      <Button variant="secondary" startIcon={<Download />} loading={busy === 'receipt'} onClick={onDownloadReceipt}>
        {t('consent.receipt', 'Download receipt')}
      </Button>
      {consent.evidence ? (
        <Button variant="secondary" startIcon={<Download />} loading={busy === 'evidence'} onClick={onDownloadEvidence}>
          {t('consent.evidence.download', 'Download signed form')}
        </Button>
      ) : null}
      {consent.status === 'active' ? (
        <Button
          variant="danger-light"
          disabled={!canManage}
          title={canManage ? undefined : t('consent.revoke.noPermission', 'Revoking needs the “Manage consents” permission.')}
          onClick={onRevoke}
        >
          {t('consent.revoke', 'Revoke')}
        </Button>
      ) : null}
    </Flex>
  );
};
