import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, useLocation } from 'react-router-dom';
import type { GetAuditPublicKeys, VerifyAudit } from '../../shared/contracts/audit';
import { publicKeysPem } from '../../admin/src/utils/audit';

/** A fake admin API behind the fetch client the Audit page uses; each test sets the answers. */
const server: { get: Record<string, unknown>; requested: string[] } = { get: {}, requested: [] };
const client = {
  get: (url: string) => {
    server.requested.push(url);
    const key = Object.keys(server.get).find((prefix) => url.startsWith(prefix));
    return key ? Promise.resolve({ data: server.get[key], status: 200 }) : Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
  },
  post: () => Promise.reject(new Error('unexpected')),
  put: () => Promise.reject(new Error('unexpected')),
  del: () => Promise.reject(new Error('unexpected')),
};

jest.mock(
  '@strapi/strapi/admin',
  () => ({
    ...(jest.requireActual('./helpers/store') as typeof import('./helpers/store')).dataLayerMock(() => client),
    useFetchClient: () => client,
    useNotification: () => ({ toggleNotification: () => undefined }),
    Page: { Main: ({ children }: { children: React.ReactNode }) => <main>{children}</main> },
    Layouts: {
      Header: ({ title, primaryAction }: { title: string; primaryAction: React.ReactNode }) => (
        <header>
          <h1>{title}</h1>
          {primaryAction}
        </header>
      ),
      Content: ({ children }: { children: React.ReactNode }) => <div>{children}</div>,
    },
  }),
  { virtual: true },
);

import { adminApi } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { AuditPage } from '../../admin/src/pages/AuditPage';

const PEM = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA0000000000000000000000000000000000000000000=\n-----END PUBLIC KEY-----\n';
const unsigned: GetAuditPublicKeys.Response = { data: { signing: { enabled: false, keyId: null }, keys: [] } };
const signed: GetAuditPublicKeys.Response = {
  data: {
    signing: { enabled: true, keyId: '3f5a9c0d11e2b4a7' },
    keys: [
      { keyId: '0a1b2c3d4e5f6071', publicKey: PEM, firstUsedAt: '2026-01-01T00:00:00.000Z', current: false },
      { keyId: '3f5a9c0d11e2b4a7', publicKey: PEM, firstUsedAt: '2026-06-01T00:00:00.000Z', current: true },
    ],
  },
};
const verified: VerifyAudit.Response = {
  data: { valid: true, count: 42, signedFrom: 7, head: { seq: 42, hash: 'ab'.repeat(32) }, signing: { enabled: true, keyId: '3f5a9c0d11e2b4a7' } },
};

/** The address bar, so a test can read what the page wrote into the URL. */
const LocationProbe = () => <output data-testid="address">{useLocation().search}</output>;
const address = () => screen.getByTestId('address').textContent ?? '';

const renderPage = (path = '/audit') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <IntlProvider locale="en" messages={{}} onError={() => undefined}>
        <DesignSystemProvider locale="en">
          <StoreProvider api={adminApi}>
            <AuditPage />
            <LocationProbe />
          </StoreProvider>
        </DesignSystemProvider>
      </IntlProvider>
    </MemoryRouter>,
  );

describe('the Audit page', () => {
  it('says that events are chained but not signed when the server has no signing key', async () => {
    server.get = { '/compliance/audit/public-key': unsigned };
    renderPage();
    expect(await screen.findByText('Events are chained but not signed')).toBeInTheDocument();
    expect(screen.getByText(/someone with database access could recompute every hash/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download public keys' })).toBeNull();
  });

  it('names the signing key, offers the public keys, and shows the head to keep after a verification', async () => {
    server.get = { '/compliance/audit/public-key': signed, '/compliance/audit/verify': verified };
    const saved: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:keys'), revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage();
    expect(await screen.findByText(/Events are signed \(key 3f5a9c0d11e2b4a7\)/)).toBeInTheDocument();
    expect(screen.getByText(/2 keys so far/)).toBeInTheDocument();
    expect(screen.queryByText('Events are chained but not signed')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Download public keys' }));
    expect(saved).toHaveLength(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0]);
    });
    expect(text).toBe(publicKeysPem(signed.data.keys));
    click.mockRestore();

    fireEvent.click(screen.getByRole('button', { name: 'Verify the chain' }));
    await waitFor(() => expect(screen.getByText('The chain is intact')).toBeInTheDocument());
    expect(screen.getByText(/Signatures checked from event #7 on\./)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Keep the head 42:${'ab'.repeat(32)}`))).toBeInTheDocument();
  });

  it('reads the export filters from the URL, so they survive a reload, and exports with them', async () => {
    server.get = { '/compliance/audit/public-key': unsigned, '/compliance/audit?': 'seq,action\n' };
    server.requested = [];
    Object.assign(URL, { createObjectURL: () => 'blob:audit', revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage('/audit?action=consent.revoked&uid=api%3A%3Atestimonial.testimonial&documentId=doc%201&from=2026-01-01&to=2026-01-31');
    expect(screen.getByRole('textbox', { name: /Content type/ })).toHaveValue('api::testimonial.testimonial');
    expect(screen.getByRole('textbox', { name: /Document id/ })).toHaveValue('doc 1');
    expect(screen.getByRole('combobox', { name: /Action/ })).toHaveTextContent('consent.revoked');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(server.requested.some((url) => url.startsWith('/compliance/audit?'))).toBe(true));
    const exported = new URL(server.requested.find((url) => url.startsWith('/compliance/audit?'))!, 'http://admin');
    expect(Object.fromEntries(exported.searchParams)).toEqual({
      format: 'csv',
      action: 'consent.revoked',
      uid: 'api::testimonial.testimonial',
      documentId: 'doc 1',
      from: new Date(2026, 0, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 0, 31, 23, 59, 59, 999).toISOString(),
    });
    click.mockRestore();
  });

  it('writes each filter into the URL as it is set, and ignores an action it does not offer', () => {
    server.get = { '/compliance/audit/public-key': unsigned };
    renderPage('/audit?action=not-an-action');
    expect(screen.getByRole('combobox', { name: /Action/ })).toHaveTextContent('All actions');
    fireEvent.change(screen.getByRole('textbox', { name: /Content type/ }), { target: { value: 'api::testimonial.testimonial' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Document id/ }), { target: { value: 'doc 1' } });
    const query = new URLSearchParams(address());
    expect(query.get('uid')).toBe('api::testimonial.testimonial');
    expect(query.get('documentId')).toBe('doc 1');
    expect(screen.getByRole('textbox', { name: /Content type/ })).toHaveValue('api::testimonial.testimonial');
    fireEvent.change(screen.getByRole('textbox', { name: /Document id/ }), { target: { value: '' } });
    expect(new URLSearchParams(address()).has('documentId')).toBe(false);
  });

  it('puts every public key in one PEM file, each named by its key id', () => {
    expect(publicKeysPem(signed.data.keys)).toBe(`# key id 0a1b2c3d4e5f6071\n${PEM}# key id 3f5a9c0d11e2b4a7\n${PEM}`);
  });
});
