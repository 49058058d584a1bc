import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import type { Consent, ListConsents } from '../../shared/contracts/consents';
import type { HomeWidget, Overview } from '../../shared/contracts/overview';
import { expiryWindow } from '../../admin/src/utils/expiry';

/** A fake admin API behind the fetch client: each test sets what the server answers, and the URLs asked are kept. */
const server: { get: Record<string, unknown>; permissions: string[]; asked: string[]; put: Array<{ url: string; body: unknown }> } = { get: {}, permissions: [], asked: [], put: [] };
const client = {
  get: (url: string) => {
    server.asked.push(url);
    const key = Object.keys(server.get).find((prefix) => url.startsWith(prefix));
    return key ? Promise.resolve({ data: server.get[key], status: 200 }) : Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
  },
  post: () => Promise.reject(new Error('not used')),
  put: (url: string, body: unknown) => {
    server.put.push({ url, body });
    return Promise.resolve({ data: { data: body }, status: 200 });
  },
  del: () => Promise.reject(new Error('not used')),
};

jest.mock(
  '@strapi/strapi/admin',
  () => {
    const Pass = ({ children }: { children?: React.ReactNode }) => <div>{children}</div>;
    const Header = ({ title, subtitle, primaryAction, secondaryAction }: { title: string; subtitle?: string; primaryAction?: React.ReactNode; secondaryAction?: React.ReactNode }) => (
      <header>
        <h1>{title}</h1>
        <p>{subtitle}</p>
        {primaryAction}
        {secondaryAction}
      </header>
    );
    return {
      ...(jest.requireActual('./helpers/store') as typeof import('./helpers/store')).dataLayerMock(() => client),
      // The record-consent dialog is rendered (closed) with Strapi's Form.
      ...(jest.requireActual('./helpers/form') as typeof import('./helpers/form')).strapiForm(),
      useFetchClient: () => client,
      useAuth: (_name: string, select: (state: { permissions: Array<{ action: string }> }) => unknown) => select({ permissions: server.permissions.map((action) => ({ action })) }),
      useNotification: () => ({ toggleNotification: () => undefined }),
      useDebounce: <T,>(value: T) => value,
      Layouts: { Header, Content: Pass, Action: ({ startActions }: { startActions?: React.ReactNode }) => <div>{startActions}</div> },
      Page: { Main: Pass },
    };
  },
  { virtual: true },
);

import { adminApi } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { OverviewPage } from '../../admin/src/pages/OverviewPage';
import { ComplianceWidget } from '../../admin/src/components/HomeWidget/ComplianceWidget';
import { ConsentsPage } from '../../admin/src/pages/ConsentsPage';
import { WebhooksPage } from '../../admin/src/pages/WebhooksPage';
import { withComplianceEvents, type StrapiWebhook } from '../../admin/src/utils/webhooks';

const wrap = (ui: React.ReactElement, path = '/') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <IntlProvider locale="en" messages={{}} onError={() => undefined}>
        <DesignSystemProvider locale="en">
          <StoreProvider api={adminApi}>{ui}</StoreProvider>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

const DAY = 86400000;

const overview = (expiring: Overview['expiring']): Overview => ({
  types: [
    { uid: 'api::testimonial.testimonial', displayName: 'Testimonial', drafts: 5, ready: 2, blockedByRule: { 'phi.scan': 1, 'review.approval': 3 }, waitingByRole: { medical: 2, privacy: 1 } },
    { uid: 'api::endorsement.endorsement', displayName: 'Endorsement', drafts: 0, ready: 0, blockedByRule: {}, waitingByRole: {} },
  ],
  decisions: Array.from({ length: 12 }, (_, index) => ({ weekStart: `2026-0${index < 9 ? 1 : 2}-${String(index + 1).padStart(2, '0')}`, blocked: index === 11 ? 4 : 0, allowed: index === 11 ? 6 : 1 })),
  expiring,
});

beforeEach(() => {
  server.get = {};
  server.asked = [];
  server.permissions = [];
  server.put = [];
});

describe('the overview page', () => {
  it('shows per type what is ready, what blocks and who is waited for', async () => {
    server.get['/compliance/overview'] = { data: overview(null) };
    wrap(<OverviewPage />);
    const row = (await screen.findByText('Testimonial')).closest('tr') as HTMLElement;
    expect(within(row).getByText('5 drafts')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    expect(within(row).getByText('review.approval · 3')).toBeInTheDocument();
    expect(within(row).getByText('phi.scan · 1')).toBeInTheDocument();
    expect(within(row).getByText('Medical · 2')).toBeInTheDocument();
    expect(within(row).getByText('Privacy · 1')).toBeInTheDocument();
  });

  it('charts 12 weeks of refused and allowed publications', async () => {
    server.get['/compliance/overview'] = { data: overview(null) };
    wrap(<OverviewPage />);
    const chart = await screen.findByRole('img', { name: '12 weeks: 4 publications refused, 17 allowed' });
    expect(chart.querySelectorAll('g[data-week]')).toHaveLength(12);
    expect(screen.getByText('Refused (4)')).toBeInTheDocument();
    expect(screen.getByText('Allowed (17)')).toBeInTheDocument();
  });

  it('shows consents expiring per week only when the server sends them', async () => {
    server.get['/compliance/overview'] = { data: overview(null) };
    const { unmount } = wrap(<OverviewPage />);
    await screen.findByText('Testimonial');
    expect(screen.queryByText('Consents expiring per week')).not.toBeInTheDocument();
    unmount();

    server.get['/compliance/overview'] = { data: overview([{ weekStart: '2026-03-09', count: 3 }, { weekStart: '2026-03-16', count: 0 }]) };
    wrap(<OverviewPage />);
    expect(await screen.findByText('Consents expiring per week')).toBeInTheDocument();
    expect(screen.getByLabelText('Week of 2026-03-09: 3 expiring')).toBeInTheDocument();
  });
});

describe('the homepage widget', () => {
  it('shows the caller’s queue and the consents expiring within 30 days', async () => {
    server.get['/compliance/overview/widget'] = { data: { toReview: 3, expiringSoon: 2 } satisfies HomeWidget };
    wrap(<ComplianceWidget />);
    expect(await screen.findByText('3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'waiting for your review' })).toHaveAttribute('href', '/plugins/compliance/queue');
    expect(screen.getByRole('link', { name: 'consents expiring within 30 days' })).toHaveAttribute('href', '/plugins/compliance/consents?filter=expiring');
  });

  it('leaves consents out for callers who may not see them', async () => {
    server.get['/compliance/overview/widget'] = { data: { toReview: 0, expiringSoon: null } satisfies HomeWidget };
    wrap(<ComplianceWidget />);
    expect(await screen.findByText('0')).toBeInTheDocument();
    expect(screen.queryByText('consents expiring within 30 days')).not.toBeInTheDocument();
  });
});

describe('the Expiring filter of the consents page', () => {
  const consent = (documentId: string, days: number, links: Consent['links'] = []): Consent =>
    ({
      documentId,
      receiptId: `${documentId}-receipt-0000`,
      status: 'active',
      subjectName: `Subject ${documentId}`,
      expiresAt: new Date(Date.now() + days * DAY).toISOString(),
      expirationEvent: null,
      signedAt: '2025-01-15T10:00:00.000Z',
      links,
    }) as Consent;
  const list = (data: Consent[]): ListConsents.Response => ({ data, meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total: data.length } } });

  it('asks for active consents expiring within 30 days, shows 7- and 30-day badges and the entries each covers', async () => {
    server.permissions = ['plugin::compliance.consents.read'];
    server.get['/compliance/consents'] = list([
      consent('soon', 3, [{ uid: 'api::testimonial.testimonial', documentId: 'entry1', locale: null, linkedAt: '2025-01-16T00:00:00.000Z', linkedBy: null }]),
      consent('later', 20),
    ]);
    wrap(<ConsentsPage />, '/plugins/compliance/consents?filter=expiring');
    expect(await screen.findByText('Subject soon')).toBeInTheDocument();
    const url = new URL(server.asked[server.asked.length - 1], 'http://admin');
    expect(url.searchParams.get('status')).toBe('active');
    const before = new Date(url.searchParams.get('expiresBefore') as string).getTime();
    expect(Math.abs(before - (Date.now() + 30 * DAY))).toBeLessThan(60000);
    const soon = screen.getByText('Subject soon').closest('tr') as HTMLElement;
    expect(within(soon).getByText('Within 7 days')).toBeInTheDocument();
    expect(within(soon).getByRole('link', { name: 'testimonial entry1' })).toHaveAttribute('href', '/content-manager/collection-types/api::testimonial.testimonial/entry1');
    expect(within(screen.getByText('Subject later').closest('tr') as HTMLElement).getByText('Within 30 days')).toBeInTheDocument();
  });

  it('lists every consent, without badges or an expiry bound, when the filter is not chosen', async () => {
    server.permissions = ['plugin::compliance.consents.read'];
    server.get['/compliance/consents'] = list([consent('far', 200)]);
    wrap(<ConsentsPage />, '/plugins/compliance/consents');
    expect(await screen.findByText('Subject far')).toBeInTheDocument();
    expect(server.asked.every((url) => !url.includes('expiresBefore'))).toBe(true);
    expect(screen.queryByText('Within 30 days')).not.toBeInTheDocument();
  });
});

describe('expiry windows', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  it('puts a future expiry in the 7- or 30-day window', () => {
    expect(expiryWindow('2026-05-05T00:00:00Z', now)).toBe(7);
    expect(expiryWindow('2026-05-20T00:00:00Z', now)).toBe(30);
    expect(expiryWindow('2026-07-01T00:00:00Z', now)).toBeNull();
    expect(expiryWindow('2026-04-01T00:00:00Z', now)).toBeNull();
    expect(expiryWindow(null, now)).toBeNull();
  });
});

describe('the webhook events page', () => {
  const hook: StrapiWebhook = { id: '4', name: 'Slack relay', url: 'https://hooks.example/relay', headers: { 'X-Key': 'k' }, events: ['entry.publish', 'compliance.publish.blocked'], isEnabled: true };

  it('ticks the compliance events a Strapi webhook has, and saves the choice through Strapi’s API, keeping its other events', async () => {
    server.permissions = ['admin::webhooks.read', 'admin::webhooks.update'];
    server.get['/admin/webhooks'] = { data: [hook] };
    wrap(<WebhooksPage />);
    expect(await screen.findByText('Slack relay')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Publication refused' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ready for review' })).not.toBeChecked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ready for review' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Publication refused' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.put).toHaveLength(1));
    expect(server.put[0]).toEqual({
      url: '/admin/webhooks/4',
      body: { name: 'Slack relay', url: 'https://hooks.example/relay', headers: { 'X-Key': 'k' }, isEnabled: true, events: ['entry.publish', 'compliance.review.needed'] },
    });
  });

  it('is read-only without admin::webhooks.update', async () => {
    server.permissions = ['admin::webhooks.read'];
    server.get['/admin/webhooks'] = { data: [hook] };
    wrap(<WebhooksPage />);
    expect(await screen.findByText('Slack relay')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Publication refused' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('keeps Strapi’s own events when the compliance events change', () => {
    expect(withComplianceEvents(hook, new Set(['compliance.entry.unpublished'])).events).toEqual(['entry.publish', 'compliance.entry.unpublished']);
  });
});
