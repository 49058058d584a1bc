import * as React from 'react';
import { Alert, Box, Button, Flex, Loader, Modal, Searchbar, Typography } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import { useLinkConsentMutation, useListConsentsQuery } from '../../api/compliance';
import { useFormatDate } from '../../hooks/useFormatDate';
import { useT } from '../../hooks/useT';
import { shortHash } from '../../utils/checks';
import { isLinkedTo } from '../../utils/consentForm';
import { failureOf } from '../../utils/errors';
import { ConsentStatusBadge } from '../shared/Badges';
import { useResetOnOpen } from '../../hooks/useOnChange';

interface LinkConsentModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  entry: EntryRef;
}

/** "Link consent": find an active consent by the individual's name (or receipt id) and link it. */
export const LinkConsentModal = ({ open, onOpenChange, entry }: LinkConsentModalProps) => {
  const t = useT();
  const formatDate = useFormatDate();
  const [search, setSearch] = React.useState('');
  const q = useDebounce(search.trim(), 300);
  const results = useListConsentsQuery({ q: q || undefined, status: 'active', pageSize: 10 }, { skip: !open });
  const resultsFailure = failureOf(results.error);
  const [linkConsent, linkState] = useLinkConsentMutation();
  const linking = linkState.isLoading ? (linkState.originalArgs?.documentId ?? null) : null;
  const failure = failureOf(linkState.error);
  const { reset } = linkState;

  useResetOnOpen(open, () => setSearch(''));
  // A failure belongs to this opening of the dialog.
  const openChange = (next: boolean) => {
    if (!next) reset();
    onOpenChange(next);
  };

  const link = async (documentId: string) => {
    const result = await linkConsent({ documentId, entry });
    if (!('error' in result)) onOpenChange(false);
  };

  const consents = results.data?.data ?? [];

  return (
    <Modal.Root open={open} onOpenChange={openChange}>
      <Modal.Content>
        <Modal.Header closeLabel={t('action.close', 'Close')}>
          <Modal.Title>{t('linkConsent.title', 'Link a consent to this entry')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Searchbar
              name="q"
              value={search}
              clearLabel={t('action.clear', 'Clear')}
              placeholder={t('linkConsent.search', 'Search by the individual’s name or receipt id')}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
              onClear={() => setSearch('')}
            >
              {t('linkConsent.search', 'Search by the individual’s name or receipt id')}
            </Searchbar>
            {failure ? (
              <Alert
                variant="danger"
                closeLabel={t('action.close', 'Close')}
                title={t('linkConsent.error', 'The consent was not linked')}
                onClose={reset}
              >
                {failure.message}
              </Alert>
            ) : null}
            {resultsFailure ? (
              <Alert variant="danger" closeLabel={t('action.close', 'Close')} title={t('error.title', 'Something went wrong')}>
                {resultsFailure.message}
              </Alert>
            ) : null}
            {results.isLoading ? (
              <Flex justifyContent="center" padding={4}>
                <Loader small>{t('loading', 'Loading…')}</Loader>
              </Flex>
            ) : consents.length === 0 ? (
              <Typography variant="omega" textColor="neutral600">
                {t('linkConsent.empty', 'No active consent matches. Record a new one instead.')}
              </Typography>
            ) : (
              <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                {consents.map((consent) => {
                  const already = isLinkedTo(consent, entry);
                  return (
                    <Box tag="li" key={consent.documentId} padding={3} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
                      <Flex justifyContent="space-between" gap={4}>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <Flex gap={2}>
                            <Typography fontWeight="bold">{consent.subjectName}</Typography>
                            <ConsentStatusBadge status={consent.status} />
                          </Flex>
                          <Typography variant="pi" textColor="neutral600">
                            {t('linkConsent.item', 'Signed {signed} · expires {expires} · channels: {channels} · receipt {receipt}', {
                              signed: formatDate(consent.signedAt, false),
                              expires: consent.expiresAt ? formatDate(consent.expiresAt, false) : (consent.expirationEvent ?? '—'),
                              channels: consent.scope.channels.join(', '),
                              receipt: shortHash(consent.receiptId),
                            })}
                          </Typography>
                        </Flex>
                        <Button
                          variant="secondary"
                          size="S"
                          disabled={already || linking !== null}
                          loading={linking === consent.documentId}
                          onClick={() => link(consent.documentId)}
                        >
                          {already ? t('linkConsent.linked', 'Linked') : t('linkConsent.link', 'Link')}
                        </Button>
                      </Flex>
                    </Box>
                  );
                })}
              </Flex>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close', 'Close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
