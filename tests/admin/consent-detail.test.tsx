import '@testing-library/jest-dom';
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';

/** One consent's page: its fields, the entries it covers, and what a manager (and only a manager) may do. */
const server: { permissions: string[]; get: Record<string, unknown>; posts: Array<{ url: string; body: unknown }>; deletes: string[] } = {
  permissions: [],
  get: {},
  posts: [],
  deletes: [],
};
const client = {
  get: (url: string) =>
    url in server.get ? Promise.resolve({ status: 200, data: server.get[url] }) : Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })),
  post: (url: string, body: unknown) => {
    server.posts.push({ url, body });
    return Promise.resolve({
      status: 200,
      data: { data: { ...consent, status: 'revoked' }, meta: { unpublished: [{ uid: 'api::testimonial.testimonial', documentId: 't1', locale: 'en' }] } },
    });
  },
  put: () => Promise.reject(new Error('unexpected')),
  del: (url: string) => {
    server.deletes.push(url);
    return Promise.resolve({ status: 200, data: { data: consent, meta: { unpublished: [] } } });
  },
};

jest.mock(
  '@strapi/strapi/admin',
  () => {
    return {
      ...(jest.requireActual('./helpers/page-mock') as typeof import('./helpers/page-mock')).pageMock(
        () => client,
        () => server.permissions
      ),
    };
  },
  { virtual: true }
);

import { adminApi } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { ConsentDetailPage } from '../../admin/src/pages/ConsentDetailPage';
import { consentFixture } from './helpers/consent';

const consent = consentFixture({
  links: [
    { uid: 'api::testimonial.testimonial', documentId: 't1', locale: null, linkedAt: '2025-02-01T00:00:00.000Z', linkedBy: { id: 3, name: 'Pat Privacy' } },
  ],
});

jest.setTimeout(60000);
configure({ asyncUtilTimeout: 20000 });
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

const showPage = () =>
  render(
    <MemoryRouter initialEntries={['/consents/c1']}>
      <IntlProvider locale="en" messages={{}} onError={() => undefined}>
        <DesignSystemProvider locale="en">
          <StoreProvider api={adminApi}>
            <Routes>
              <Route path="/consents/:documentId" element={<ConsentDetailPage />} />
            </Routes>
          </StoreProvider>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>
  );

beforeEach(() => {
  server.get = { '/compliance/consents/c1': { data: consent } };
  server.posts = [];
  server.deletes = [];
});

describe('a consent’s page', () => {
  it('shows the authorization and the entries it covers; a reader may neither revoke nor unlink', async () => {
    server.permissions = ['plugin::compliance.consents.read'];
    showPage();
    expect(await screen.findByRole('heading', { name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(screen.getByText('Wet-ink signature')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'api::testimonial.testimonial · t1' })).toBeInTheDocument();
    expect(screen.getByText(/Pat Privacy/)).toBeInTheDocument();
    const revoke = screen.getByRole('button', { name: 'Revoke' });
    expect(revoke).toBeDisabled();
    expect(revoke).toHaveAttribute('title', 'Revoking needs the “Manage consents” permission.');
    expect(screen.queryByRole('button', { name: 'Unlink this consent' })).not.toBeInTheDocument();
  });

  it('lets a manager revoke it, then lists the entries that were unpublished', async () => {
    server.permissions = ['plugin::compliance.consents.read', 'plugin::compliance.consents.manage'];
    showPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Reason/ }), { target: { value: ' Patient asked in writing ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke consent' }));
    expect(await screen.findByText('1 entry was unpublished:')).toBeInTheDocument();
    expect(server.posts).toEqual([{ url: '/compliance/consents/c1/revoke', body: { reason: 'Patient asked in writing' } }]);
    expect(screen.getByRole('link', { name: 'api::testimonial.testimonial · t1 (en)' })).toBeInTheDocument();
  });

  it('lets a manager unlink an entry', async () => {
    server.permissions = ['plugin::compliance.consents.read', 'plugin::compliance.consents.manage'];
    showPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Unlink this consent' }));
    await waitFor(() => expect(server.deletes).toHaveLength(1));
    expect(server.deletes[0]).toMatch(/^\/compliance\/consents\/c1\/links/);
  });
});
