import * as React from 'react';
import { Alert, Box, Button, DatePicker, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Download, Shield } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useComplianceDownloads, useVerifyAuditMutation } from '../api/compliance';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { AuditSigning } from './AuditSigning';
import { useAuditFilters } from './audit/useAuditFilters';
import { useT } from '../hooks/useT';
import { AUDIT_ACTIONS } from '../utils/audit';
import { exportFileName, saveBlob, type ExportFormat } from '../utils/download';
import { failureOf, toApiFailure, type ApiFailure } from '../utils/errors';

/** Export the hash-chained audit trail (filtered; the filters live in the URL) and verify the chain on the server. */
export const AuditPage = () => {
  const t = useT();
  const api = useComplianceDownloads();
  const { toggleNotification } = useNotification();
  const { from, to, action, uid, documentId, filters, setFrom, setTo, setAction, setUid, setDocumentId } = useAuditFilters();
  const [exporting, setExporting] = React.useState<ExportFormat | null>(null);
  const [verifyAudit, verifyState] = useVerifyAuditMutation();
  const verifying = verifyState.isLoading;
  const verification = verifyState.data ?? null;
  const [downloadFailure, setFailure] = React.useState<ApiFailure | null>(null);
  const failure = downloadFailure ?? failureOf(verifyState.error);
  const { reset: resetVerification } = verifyState;

  const download = async (format: ExportFormat) => {
    setExporting(format);
    setFailure(null);
    try {
      const { blob, fileName } = await api.exportAudit(format, filters);
      saveBlob(blob, fileName ?? exportFileName('compliance-audit', format));
      toggleNotification({ type: 'success', message: t('audit.exported', 'Export downloaded; the export itself is recorded in the audit trail.') });
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setExporting(null);
    }
  };

  const verify = () => {
    setFailure(null);
    void verifyAudit();
  };

  return (
    <Page.Main>
      <Layouts.Header
        title={t('audit.title', 'Audit trail')}
        subtitle={t('audit.subtitle', 'Every consent, review, publication decision and export, hash-chained so changes can be detected.')}
        primaryAction={
          <Button startIcon={<Shield />} variant="secondary" loading={verifying} onClick={verify}>
            {t('audit.verify', 'Verify the chain')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {failure ? (
            <ErrorAlert
              failure={failure}
              onClose={() => {
                setFailure(null);
                resetVerification();
              }}
            />
          ) : null}
          <AuditSigning />
          {verification ? (
            verification.valid ? (
              <Alert
                variant="success"
                closeLabel={t('action.close', 'Close')}
                title={t('audit.valid.title', 'The chain is intact')}
                onClose={resetVerification}
              >
                {t('audit.valid', '{count, plural, one {# event} other {# events}} checked; every hash follows from the one before.', {
                  count: verification.count,
                })}
                {verification.signedFrom
                  ? ` ${t('audit.valid.signed', 'Signatures checked from event #{seq} on.', { seq: verification.signedFrom })}`
                  : ''}{' '}
                {t('audit.valid.head', 'Keep the head {head} to check later exports (compliance-verify --expect-head).', {
                  head: `${verification.head.seq}:${verification.head.hash}`,
                })}
              </Alert>
            ) : (
              <Alert
                variant="danger"
                closeLabel={t('action.close', 'Close')}
                title={t('audit.invalid.title', 'The chain is broken')}
                onClose={resetVerification}
              >
                {t('audit.invalid', 'The first bad event is #{seq} ({count} events read).', {
                  seq: verification.brokenAt ?? '?',
                  count: verification.count,
                })}
                {verification.reason ? ` ${verification.reason}` : ''}
              </Alert>
            )
          ) : null}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta" tag="h2">
                {t('audit.export.title', 'Export')}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {t('audit.export.hint', 'Leave the filters empty to export everything. NDJSON can be checked offline with npx compliance-verify.')}
              </Typography>
              <Grid.Root gap={4}>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Field.Root name="from">
                    <Field.Label>{t('audit.filter.from', 'From')}</Field.Label>
                    <DatePicker value={from} onChange={setFrom} onClear={() => setFrom(undefined)} clearLabel={t('action.clear', 'Clear')} />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Field.Root name="to">
                    <Field.Label>{t('audit.filter.to', 'To')}</Field.Label>
                    <DatePicker value={to} onChange={setTo} onClear={() => setTo(undefined)} clearLabel={t('action.clear', 'Clear')} />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="action">
                    <Field.Label>{t('audit.filter.action', 'Action')}</Field.Label>
                    <SingleSelect value={action || 'all'} onChange={(value) => setAction(String(value))}>
                      <SingleSelectOption value="all">{t('audit.filter.allActions', 'All actions')}</SingleSelectOption>
                      {AUDIT_ACTIONS.map((item) => (
                        <SingleSelectOption key={item} value={item}>
                          {item}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="uid" hint={t('audit.filter.uid.hint', 'e.g. api::testimonial.testimonial')}>
                    <Field.Label>{t('audit.filter.uid', 'Content type')}</Field.Label>
                    <TextInput value={uid} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUid(event.target.value)} />
                    <Field.Hint />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="documentId">
                    <Field.Label>{t('audit.filter.documentId', 'Document id')}</Field.Label>
                    <TextInput value={documentId} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDocumentId(event.target.value)} />
                  </Field.Root>
                </Grid.Item>
              </Grid.Root>
              <Flex gap={2}>
                <Button startIcon={<Download />} loading={exporting === 'ndjson'} disabled={exporting !== null} onClick={() => download('ndjson')}>
                  {t('audit.export.ndjson', 'Export NDJSON')}
                </Button>
                <Button
                  startIcon={<Download />}
                  variant="secondary"
                  loading={exporting === 'csv'}
                  disabled={exporting !== null}
                  onClick={() => download('csv')}
                >
                  {t('audit.export.csv', 'Export CSV')}
                </Button>
              </Flex>
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
