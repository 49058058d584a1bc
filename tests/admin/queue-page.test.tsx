import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type { GetQueue } from '../../shared/contracts/reviews';
import type { StatusJob } from '../../shared/contracts/statuses';

/** A fake admin API behind the fetch client: the URLs asked are kept. */
const server: { asked: string[]; job: StatusJob } = {
  asked: [],
  job: { state: 'running', processed: 1234, total: 10000, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null },
};
const queue: GetQueue.Response = {
  data: [
    {
      uid: 'api::testimonial.testimonial',
      documentId: 'd1',
      locale: null,
      title: 'Walking again',
      contentType: 'Testimonial',
      updatedAt: '2026-01-02T00:00:00.000Z',
      published: false,
      failing: [{ rule: 'review.approval', title: 'Reviewer approval', message: 'Waiting for medical' }],
      missingRoles: ['medical'],
    },
  ],
  meta: {
    pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 },
    filters: { types: [{ uid: 'api::testimonial.testimonial', displayName: 'Testimonial' }], rules: [{ id: 'review.approval', title: 'Reviewer approval' }], roles: ['medical'] },
  },
};
const client = {
  get: (url: string) => {
    server.asked.push(url);
    if (url.startsWith('/compliance/statuses/job')) return Promise.resolve({ data: { data: server.job }, status: 200 });
    // A copy: the admin store freezes what it keeps.
    if (url.startsWith('/compliance/queue')) return Promise.resolve({ data: JSON.parse(JSON.stringify(queue)) as GetQueue.Response, status: 200 });
    return Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
  },
};

jest.mock(
  '@strapi/strapi/admin',
  () => {
    const Pass = ({ children }: { children?: React.ReactNode }) => <div>{children}</div>;
    const Header = ({ title }: { title: string }) => <h1>{title}</h1>;
    return {
      ...(jest.requireActual('./helpers/store') as typeof import('./helpers/store')).dataLayerMock(() => client), useFetchClient: () => client, Layouts: { Header, Content: Pass }, Page: { Main: Pass } };
  },
  { virtual: true },
);

import { adminApi } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { QueuePage } from '../../admin/src/pages/QueuePage';

const wrap = (ui: React.ReactElement, url = '/queue') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <IntlProvider locale="en" messages={{}} onError={() => undefined}>
        <DesignSystemProvider locale="en">
          <StoreProvider api={adminApi}>{ui}</StoreProvider>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

beforeEach(() => {
  server.asked = [];
});

describe('the review queue page', () => {
  it('shows the re-evaluation progress while statuses catch up', async () => {
    wrap(<QueuePage />);
    expect(await screen.findByText(/Re-evaluating 1,234 \/ 10,000/)).toBeInTheDocument();
    expect(await screen.findByText('Walking again')).toBeInTheDocument();
  });

  it('asks the queue again, from page 1, waiting for my review', async () => {
    server.job = { ...server.job, state: 'idle' };
    wrap(<QueuePage />);
    await screen.findByText('Walking again');
    expect(screen.queryByText(/Re-evaluating/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Waiting for my review' }));
    await waitFor(() => expect(server.asked.filter((url) => url.startsWith('/compliance/queue')).at(-1)).toMatch(/mine=true/));
    expect(server.asked.filter((url) => url.startsWith('/compliance/queue')).at(-1)).toMatch(/page=1/);
  });

  it('takes its page and filters from the URL, so a reload keeps them, and writes new ones there', async () => {
    server.job = { ...server.job, state: 'idle' };
    queue.meta.pagination = { page: 2, pageSize: 20, pageCount: 3, total: 45 };
    wrap(<QueuePage />, '/queue?page=2&rule=review.approval&mine=true');
    await screen.findByText('Walking again');
    const first = server.asked.find((url) => url.startsWith('/compliance/queue')) ?? '';
    expect(Object.fromEntries(new URLSearchParams(first.split('?')[1]))).toEqual({ page: '2', pageSize: '20', rule: 'review.approval', mine: 'true' });
    expect(screen.getByRole('checkbox', { name: 'Waiting for my review' })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Go to page 3' }));
    await waitFor(() => expect(server.asked.some((url) => url.startsWith('/compliance/queue') && url.includes('page=3') && url.includes('rule=review.approval'))).toBe(true));
    // A new filter starts again at page 1 and keeps the others.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Waiting for my review' }));
    await waitFor(() => expect(server.asked.at(-1)).toMatch(/^\/compliance\/queue\?page=1&pageSize=20&rule=review\.approval$/));
  });
});
