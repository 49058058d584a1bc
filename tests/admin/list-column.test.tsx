import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import type { EntryStatus } from '../../shared/contracts/statuses';

/** A fake admin API: the URLs asked are kept, and each stored status the server holds is answered. */
const server: { asked: string[]; statuses: EntryStatus[]; permissions: string[] } = { asked: [], statuses: [], permissions: [] };
const client = {
  get: (url: string) => {
    server.asked.push(url);
    const query = new URLSearchParams(url.split('?')[1] ?? '');
    const ids = query.getAll('documentIds[]');
    const data = server.statuses.filter((status) => status.uid === query.get('uid') && ids.includes(status.documentId));
    return Promise.resolve({ data: { data }, status: 200 });
  },
};

jest.mock(
  '@strapi/strapi/admin',
  () => ({
    getFetchClient: () => client,
    useFetchClient: () => client,
    useAuth: (_name: string, select: (state: { permissions: Array<{ action: string }> }) => unknown) => select({ permissions: server.permissions.map((action) => ({ action })) }),
  }),
  { virtual: true },
);

// Imported after the mock is registered (jest hoists jest.mock above imports).
import { addComplianceColumn } from '../../admin/src/components/ListView/addComplianceColumn';
import { statusBadge } from '../../admin/src/components/ListView/ComplianceStatusCell';

const UID = 'api::testimonial.testimonial';
const status = (documentId: string, overrides: Partial<EntryStatus> = {}): EntryStatus => ({
  uid: UID,
  documentId,
  locale: null,
  contentHash: 'a'.repeat(64),
  passed: true,
  failing: [],
  warnings: [],
  missingRoles: [],
  published: false,
  evaluatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

type Header = { cellFormatter: (row: object, header: unknown, meta: { model: string; collectionType: string }) => JSX.Element | null };
const column = () => {
  const { displayedHeaders } = addComplianceColumn<unknown>({ displayedHeaders: [], layout: { options: { compliance: { enabled: true } } } });
  return displayedHeaders[0] as Header;
};

/** A list page as the Content Manager renders it: every row's cell in one render. */
const Page = ({ rows, stamp }: { rows: string[]; stamp: string }) => {
  const header = column();
  return (
    <table>
      <tbody>
        {rows.map((documentId) => (
          <tr key={documentId}>
            <td>{header.cellFormatter({ documentId, updatedAt: stamp }, header, { model: UID, collectionType: 'collection-types' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

const wrap = (ui: React.ReactElement) =>
  render(
    <IntlProvider locale="en" messages={{}} onError={() => undefined}>
      <DesignSystemProvider locale="en">{ui}</DesignSystemProvider>
    </IntlProvider>,
  );

beforeEach(() => {
  server.asked = [];
  server.permissions = ['plugin::compliance.checks.read'];
});

describe('the list view Compliance column', () => {
  it('asks once per page, however many rows, and badges each row', async () => {
    const rows = Array.from({ length: 25 }, (_, index) => `doc-${index}`);
    server.statuses = rows.map((documentId, index) =>
      status(documentId, index === 0 ? { passed: false, failing: ['consent.present'] } : index === 1 ? { warnings: ['marketing.tone'] } : {}),
    );
    wrap(<Page rows={rows} stamp="2026-02-01T00:00:00.000Z" />);
    await waitFor(() => expect(screen.getAllByText(/Passed|Warnings|Blocked/)).toHaveLength(25));
    expect(server.asked).toHaveLength(1);
    expect(server.asked[0]).toMatch(/^\/compliance\/statuses\?uid=api%3A%3Atestimonial.testimonial&/);
    expect(new URLSearchParams(server.asked[0].split('?')[1]).getAll('documentIds[]')).toEqual(rows);
    expect(screen.getAllByText('Blocked')).toHaveLength(1);
    expect(screen.getAllByText('Warnings')).toHaveLength(1);
  });

  it('asks again when the page changes, once', async () => {
    server.statuses = [status('next-1'), status('next-2', { passed: false, failing: ['review.approval'] })];
    wrap(<Page rows={['next-1', 'next-2', 'next-3']} stamp="2026-03-01T00:00:00.000Z" />);
    await waitFor(() => expect(screen.getByText('Blocked')).toBeInTheDocument());
    expect(server.asked).toHaveLength(1);
    // An entry without a stored status (or not readable) shows a dash.
    expect(screen.getAllByText('-')).toHaveLength(1);
  });

  it('asks nothing without checks.read', async () => {
    server.permissions = [];
    wrap(<Page rows={['quiet-1', 'quiet-2']} stamp="2026-04-01T00:00:00.000Z" />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.asked).toEqual([]);
  });

  it('badges a failing blocker even if passed says otherwise', () => {
    expect(statusBadge(status('x', { passed: true, failing: ['phi.scan'] }))).toBe('blocked');
    expect(statusBadge(status('x', { warnings: ['marketing.tone'] }))).toBe('warnings');
    expect(statusBadge(status('x'))).toBe('passed');
  });
});
