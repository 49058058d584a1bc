import { EmptyStateLayout, Flex, Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { useGetConsentQuery } from '../api/compliance';
import { ConsentStatusBadge } from '../components/shared/Badges';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { ConsentActions } from './consent-detail/ConsentActions';
import { Card } from '../components/shared/Card';
import { ConsentFields } from './consent-detail/ConsentFields';
import { ConsentLinksTable } from './consent-detail/ConsentLinksTable';
import { RevokeConsentModal } from './consent-detail/RevokeConsentModal';
import { UnpublishedAlert } from './consent-detail/UnpublishedAlert';
import { useConsentActions } from './consent-detail/useConsentActions';
import { useRevocation } from './consent-detail/useRevocation';

/** One consent: every field, the entries it covers, revoke and receipt download. */
export const ConsentDetailPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const t = useT();
  const permissions = useCompliancePermissions();
  const consent = useGetConsentQuery(documentId ?? '', { skip: !documentId });
  const revocation = useRevocation();
  const { busy, downloadReceipt, downloadEvidence, unlink } = useConsentActions(consent.data);

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
          <ConsentActions
            consent={data}
            busy={busy}
            canManage={permissions.consentsManage}
            onDownloadReceipt={downloadReceipt}
            onDownloadEvidence={downloadEvidence}
            onRevoke={() => revocation.setOpen(true)}
          />
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {consent.error ? <ErrorAlert failure={consent.error} /> : null}
          {revocation.unpublished ? <UnpublishedAlert unpublished={revocation.unpublished} onClose={revocation.dismiss} /> : null}
          <Card title={t('consent.section.fields', 'Authorization')}>
            <ConsentFields consent={data} />
          </Card>
          <Card title={t('consent.section.links', 'Entries covered')}>
            <ConsentLinksTable links={data.links} onUnlink={permissions.consentsManage ? unlink : null} busy={busy !== null} />
          </Card>
        </Flex>
      </Layouts.Content>
      <RevokeConsentModal
        documentId={data.documentId}
        subjectName={data.subjectName}
        open={revocation.open}
        onOpenChange={revocation.setOpen}
        onRevoked={revocation.revoked}
      />
    </Page.Main>
  );
};
