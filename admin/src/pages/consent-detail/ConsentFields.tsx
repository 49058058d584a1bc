import * as React from 'react';
import { Grid, Typography } from '@strapi/design-system';
import type { Consent } from '../../../../shared/contracts/consents';
import { STATEMENT_TEXT } from '../../components/ConsentForm/statements';
import { useConsentLabels } from '../../hooks/useConsentLabels';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import { formatBytes, STATEMENT_KEYS } from '../../utils/consentForm';
import { personName } from './personName';

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

/** Every field of the authorization as recorded, with its signed form, receipt id and history. */
export const ConsentFields = ({ consent }: { consent: Consent }) => {
  const t = useT();
  const formatDate = useFormatDate();
  const labels = useConsentLabels();
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
      <Item label={t('consentForm.signatureMethod', 'Signature method')}>{labels.signatureMethod[consent.signatureMethod] ?? consent.signatureMethod}</Item>
      <Item label={t('consentForm.channels', 'Channels')}>{consent.scope.channels.join(', ') || '—'}</Item>
      <Item label={t('consentForm.media', 'What of the individual may appear')}>{consent.scope.media.join(', ') || '—'}</Item>
      <Item label={t('consentForm.section.remuneration', 'Remuneration')}>
        {consent.remuneration.involved ? (consent.remuneration.description ?? t('consent.remuneration.yes', 'Yes')) : t('consent.remuneration.no', 'None')}
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
