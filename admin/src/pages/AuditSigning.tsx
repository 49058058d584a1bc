import * as React from 'react';
import { Alert, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useGetAuditPublicKeysQuery } from '../api/compliance';
import { useT } from '../hooks/useT';
import { publicKeysPem } from '../utils/audit';
import { saveBlob } from '../utils/download';

/**
 * Whether audit events are signed. Without a signing key the page says plainly that the events are
 * chained but not signed; with one, auditors can download the public keys to verify exports.
 */
export const AuditSigning = () => {
  const t = useT();
  const { data } = useGetAuditPublicKeysQuery();
  if (!data) return null;
  if (!data.signing.enabled) {
    return (
      <Alert variant="warning" closeLabel={t('action.close', 'Close')} title={t('audit.unsigned.title', 'Events are chained but not signed')}>
        {t(
          'audit.unsigned',
          'A changed or deleted event shows, but someone with database access could recompute every hash. Configure a signing key (COMPLIANCE_AUDIT_SIGNING_KEY) so that the log can prove itself to an outsider.',
        )}
      </Alert>
    );
  }
  const download = () => saveBlob(new Blob([publicKeysPem(data.keys)], { type: 'application/x-pem-file' }), 'compliance-audit-public-keys.pem');
  return (
    <Flex gap={4} justifyContent="space-between" alignItems="center" background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Typography variant="omega" textColor="neutral700">
        {t('audit.signed', 'Events are signed (key {keyId}). Auditors verify exports with the public keys: {count, plural, one {# key} other {# keys}} so far.', {
          keyId: data.signing.keyId ?? '',
          count: data.keys.length,
        })}
      </Typography>
      <Button startIcon={<Download />} variant="tertiary" onClick={download}>
        {t('audit.publicKeys', 'Download public keys')}
      </Button>
    </Flex>
  );
};
