import { Flex, Grid, Loader } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useGetOverviewQuery } from '../api/compliance';
import { DecisionsChart } from '../components/Overview/DecisionsChart';
import { ExpiringWeeks } from '../components/Overview/ExpiringWeeks';
import { TypeCounts } from '../components/Overview/TypeCounts';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useT } from '../hooks/useT';
import { Card } from '../components/shared/Card';


/** The plugin's landing page: where drafts stand per type, publish decisions, and consents about to expire. */
export const OverviewPage = () => {
  const t = useT();
  const overview = useGetOverviewQuery();
  const data = overview.data;

  return (
    <Page.Main>
      <Layouts.Header title={t('overview.title', 'Overview')} subtitle={t('overview.subtitle', 'Where the drafts of marked types stand, and what changed lately.')} />
      <Layouts.Content>
        {overview.error ? <ErrorAlert failure={overview.error} /> : null}
        {overview.isLoading ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('loading', 'Loading…')}</Loader>
          </Flex>
        ) : data ? (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Card title={t('overview.types', 'Drafts per content type')}>
              <TypeCounts types={data.types} />
            </Card>
            <Grid.Root gap={6}>
              <Grid.Item col={data.expiring ? 7 : 12} s={12} direction="column" alignItems="stretch">
                <Card title={t('overview.decisions', 'Publications refused and allowed, last 12 weeks')}>
                  <DecisionsChart weeks={data.decisions} />
                </Card>
              </Grid.Item>
              {data.expiring ? (
                <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                  <Card title={t('overview.expiring', 'Consents expiring per week')}>
                    <ExpiringWeeks weeks={data.expiring} />
                  </Card>
                </Grid.Item>
              ) : null}
            </Grid.Root>
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
