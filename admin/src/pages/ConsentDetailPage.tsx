import * as React from 'react';
import {
  Alert,
  Box,
  Button,
  EmptyStateLayout,
  Flex,
  Grid,
  IconButton,
  Link,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { TableHead } from '../components/shared/TableHead';
import { ArrowLeft, Cross, Download } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { EntryRef } from '../../../shared/contracts/common';
import type { Consent, RevokeConsent } from '../../../shared/contracts/consents';
import { useGetConsentQuery } from '../api/compliance';
import { useConsentActions } from './consent-detail/useConsentActions';
import { ConsentStatusBadge } from '../components/shared/Badges';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useFormatDate } from '../hooks/useFormatDate';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT, type Translate } from '../hooks/useT';
import { entryEditPath } from '../utils/urls';
import { RevokeConsentModal } from './RevokeConsentModal';
import { STATEMENT_TEXT } from '../components/ConsentForm/statements';
import { formatBytes, STATEMENT_KEYS } from '../utils/consentForm';

const Item = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega" tag="div">
      {children}
    </Typography>
  </Grid.Item>
);

const Card = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const personName = (person: Consent['createdBy']) => person?.name ?? person?.email ?? (person?.id != null ? String(person.id) : '—');

const Fields = ({ consent, t, formatDate }: { consent: Consent; t: Translate; formatDate: ReturnType<typeof useFormatDate> }) => {
  const signature: Record<string, string> = {
    'wet-ink': t('consentForm.signatureMethod.wet-ink', 'Wet-ink signature'),
    electronic: t('consentForm.signatureMethod.electronic', 'Electronic signature'),
    'recorded-verbal': t('consentForm.signatureMethod.recorded-verbal', 'Recorded verbal consent'),
  };
  return (
    <Grid.Root gap={5}>
      <Item label={t('consentForm.subjectName', 'Name of the individual')}>{consent.subjectName}</Item>
      <Item label={t('consentForm.subjectReference', 'Internal patient reference')}>{consent.subjectReference || '—'}</Item>
      <Item label={t('consent.representative', 'Personal representative')}>
        {consent.representative ? `${consent.representative.name} (${consent.representative.authority})` : '—'}
      </Item>
      <Item label={t('consentForm.informationDescription', 'Information that may be used or disclosed')}>{consent.informationDescription}</Item>
      <Item label={t('consentForm.authorizedDisclosers', 'Who may disclose it')}>{consent.authorizedDisclosers}</Item>
      <Item label={t('consentForm.recipients', 'To whom it may be disclosed')}>{consent.recipients}</Item>
      <Item label={t('consentForm.purposes', 'Purposes')}>
        <ul>
          {consent.purposes.map((purpose) => (
            <li key={purpose}>{purpose}</li>
          ))}
        </ul>
      </Item>
      <Item label={t('consentForm.expiresAt', 'Expires on')}>
        {[consent.expiresAt ? formatDate(consent.expiresAt, false) : null, consent.expirationEvent].filter(Boolean).join(' · ') || '—'}
      </Item>
      <Item label={t('consentForm.signedAt', 'Signed at')}>{formatDate(consent.signedAt)}</Item>
      <Item label={t('consentForm.signatureMethod', 'Signature method')}>{signature[consent.signatureMethod] ?? consent.signatureMethod}</Item>
      <Item label={t('consentForm.channels', 'Channels')}>{consent.scope.channels.join(', ') || '—'}</Item>
      <Item label={t('consentForm.media', 'What of the individual may appear')}>{consent.scope.media.join(', ') || '—'}</Item>
      <Item label={t('consentForm.section.remuneration', 'Remuneration')}>
        {consent.remuneration.involved
          ? (consent.remuneration.description ?? t('consent.remuneration.yes', 'Yes'))
          : t('consent.remuneration.no', 'None')}
      </Item>
      <Item label={t('consentForm.section.statements', 'Required statements')}>
        <ul>
          {STATEMENT_KEYS.map((key) => (
            <li key={key}>
              {consent.statements[key] ? '✓ ' : '✗ '}
              {t(STATEMENT_TEXT[key].id, STATEMENT_TEXT[key].defaultMessage)}
            </li>
          ))}
        </ul>
      </Item>
      <Item label={t('consentForm.collectionMethod', 'Collection method')}>{consent.collectionMethod || '—'}</Item>
      <Item label={t('consentForm.jurisdiction', 'Jurisdiction')}>{consent.jurisdiction || '—'}</Item>
      <Item label={t('consentForm.language', 'Language of the form')}>{consent.language || '—'}</Item>
      <Item label={t('consentForm.policyUrl', 'Privacy policy URL')}>{consent.policyUrl || '—'}</Item>
      <Item label={t('consent.evidence', 'Signed form')}>
        {consent.evidence ? (
          <>
            {consent.evidence.name} · {consent.evidence.mime} · {formatBytes(consent.evidence.size)}
            <Typography variant="pi" textColor="neutral600" tag="div">
              SHA-256 {consent.evidence.sha256}
            </Typography>
          </>
        ) : (
          '—'
        )}
      </Item>
      <Item label={t('consent.receiptId', 'Receipt id')}>{consent.receiptId}</Item>
      <Item label={t('consent.createdBy', 'Recorded by')}>
        {personName(consent.createdBy)}, {formatDate(consent.createdAt)}
      </Item>
      {consent.status === 'revoked' ? (
        <Item label={t('consent.revoked', 'Revoked')}>
          {t('consent.revokedDetail', '{date} by {name}: {reason}', {
            date: formatDate(consent.revokedAt),
            name: personName(consent.revokedBy),
            reason: consent.revocationReason ?? '—',
          })}
        </Item>
      ) : null}
      {consent.status === 'expired' ? <Item label={t('consent.status.expired', 'Expired')}>{formatDate(consent.expiredAt)}</Item> : null}
    </Grid.Root>
  );
};

/** One consent: every field, the entries it covers, revoke and receipt download. */
export const ConsentDetailPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const t = useT();
  const formatDate = useFormatDate();
  const permissions = useCompliancePermissions();
  const { toggleNotification } = useNotification();
  const consent = useGetConsentQuery(documentId ?? '', { skip: !documentId });
  const [revokeOpen, setRevokeOpen] = React.useState(false);
  const [unpublished, setUnpublished] = React.useState<EntryRef[] | null>(null);
  const { busy, downloadReceipt, downloadEvidence, unlink } = useConsentActions(consent.data);

  const revoked = (result: RevokeConsent.Response) => {
    setUnpublished(result.meta.unpublished);
    toggleNotification({ type: 'success', message: t('revoke.done', 'Consent revoked') });
  };

  const back = (
    <Link tag={RouterLink} to=".." relative="path" startIcon={<ArrowLeft />}>
      {t('action.back', 'Back')}
    </Link>
  );

  if (consent.isLoading) return <Page.Loading />;
  if (!consent.data) {
    return (
      <Page.Main>
        <Layouts.Header title={t('consent.title', 'Consent')} navigationAction={back} />
        <Layouts.Content>
          {consent.error ? (
            <ErrorAlert failure={consent.error} />
          ) : (
            <EmptyStateLayout content={t('consent.notFound', 'This consent does not exist.')} />
          )}
        </Layouts.Content>
      </Page.Main>
    );
  }

  const data = consent.data;
  return (
    <Page.Main>
      <Layouts.Header
        navigationAction={back}
        title={data.subjectName}
        subtitle={
          <Flex>
            <ConsentStatusBadge status={data.status} />
          </Flex>
        }
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<Download />} loading={busy === 'receipt'} onClick={downloadReceipt}>
              {t('consent.receipt', 'Download receipt')}
            </Button>
            {data.evidence ? (
              <Button variant="secondary" startIcon={<Download />} loading={busy === 'evidence'} onClick={downloadEvidence}>
                {t('consent.evidence.download', 'Download signed form')}
              </Button>
            ) : null}
            {data.status === 'active' ? (
              <Button
                variant="danger-light"
                disabled={!permissions.consentsManage}
                title={permissions.consentsManage ? undefined : t('consent.revoke.noPermission', 'Revoking needs the “Manage consents” permission.')}
                onClick={() => setRevokeOpen(true)}
              >
                {t('consent.revoke', 'Revoke')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {consent.error ? <ErrorAlert failure={consent.error} /> : null}
          {unpublished ? (
            <Alert
              variant="success"
              closeLabel={t('action.close', 'Close')}
              title={t('revoke.unpublished.title', 'Consent revoked')}
              onClose={() => setUnpublished(null)}
            >
              {unpublished.length === 0
                ? t('revoke.unpublished.none', 'No published entry relied on it alone; nothing was unpublished.')
                : t('revoke.unpublished.some', '{count, plural, one {# entry was} other {# entries were}} unpublished:', {
                    count: unpublished.length,
                  })}
              {unpublished.length ? (
                <ul>
                  {unpublished.map((entry) => (
                    <li key={`${entry.uid}|${entry.documentId}|${entry.locale ?? ''}`}>
                      <Link tag={RouterLink} to={entryEditPath(entry)}>
                        {entry.uid} · {entry.documentId}
                        {entry.locale ? ` (${entry.locale})` : ''}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Alert>
          ) : null}
          <Card title={t('consent.section.fields', 'Authorization')}>
            <Fields consent={data} t={t} formatDate={formatDate} />
          </Card>
          <Card title={t('consent.section.links', 'Entries covered')}>
            {data.links.length === 0 ? (
              <Typography textColor="neutral600">{t('consent.links.none', 'No entry is linked to this consent.')}</Typography>
            ) : (
              <Table colCount={4} rowCount={data.links.length + 1}>
                <TableHead columns={[t('consent.links.entry', 'Entry'), t('consent.links.locale', 'Locale'), t('consent.links.linked', 'Linked'), t('consent.links.actions', 'Actions')]} />
                <Tbody>
                  {data.links.map((link) => {
                    const key = `${link.uid}|${link.documentId}|${link.locale ?? ''}`;
                    return (
                      <Tr key={key}>
                        <Td>
                          <Link tag={RouterLink} to={entryEditPath(link)}>
                            {link.uid} · {link.documentId}
                          </Link>
                        </Td>
                        <Td>
                          <Typography variant="pi">{link.locale ?? t('consent.links.allLocales', 'All locales')}</Typography>
                        </Td>
                        <Td>
                          <Typography variant="pi">
                            {formatDate(link.linkedAt)}
                            {link.linkedBy ? ` · ${personName(link.linkedBy)}` : ''}
                          </Typography>
                        </Td>
                        <Td>
                          {permissions.consentsManage ? (
                            <IconButton
                              label={t('panel.consents.unlink', 'Unlink this consent')}
                              variant="ghost"
                              disabled={busy !== null}
                              onClick={() => unlink(link)}
                            >
                              <Cross />
                            </IconButton>
                          ) : null}
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            )}
          </Card>
        </Flex>
      </Layouts.Content>
      <RevokeConsentModal
        documentId={data.documentId}
        subjectName={data.subjectName}
        open={revokeOpen}
        onOpenChange={setRevokeOpen}
        onRevoked={revoked}
      />
    </Page.Main>
  );
};
