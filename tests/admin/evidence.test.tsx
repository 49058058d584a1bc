import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';

/**
 * The signed form: uploaded with the consent (multipart: JSON in `data`, file in `files.evidence`)
 * and downloaded from the authenticated evidence route, never from a public URL.
 */
const calls: Array<{ method: 'get' | 'post'; url: string; body?: unknown; options?: Record<string, unknown> }> = [];
const answers: Record<string, unknown> = {};
const client = {
  get: (url: string, options?: Record<string, unknown>) => {
    calls.push({ method: 'get', url, options });
    if (!(url in answers)) return Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
    return Promise.resolve(answers[url]);
  },
  post: (url: string, body: unknown) => {
    calls.push({ method: 'post', url, body });
    return Promise.resolve({ status: 201, data: { data: { documentId: 'new1' } } });
  },
  put: () => Promise.reject(new Error('unexpected')),
  del: () => Promise.reject(new Error('unexpected')),
};

jest.mock(
  '@strapi/strapi/admin',
  () => {
    return {
      ...(jest.requireActual('./helpers/page-mock') as typeof import('./helpers/page-mock')).pageMock(
        () => client,
        () => ['plugin::compliance.consents.read', 'plugin::compliance.consents.manage']
      ),
      ...(jest.requireActual('./helpers/form') as typeof import('./helpers/form')).strapiForm(),
    };
  },
  { virtual: true }
);

import { adminApi, Form } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { RecordConsentModal } from '../../admin/src/components/ConsentForm/RecordConsentModal';
import { ConsentForm } from '../../admin/src/components/ConsentForm/ConsentForm';
import { ConsentDetailPage } from '../../admin/src/pages/ConsentDetailPage';
import { emptyConsentForm, type ConsentFormState } from '../../admin/src/utils/consentForm';
import { consentFixture, filledConsentForm } from './helpers/consent';

const wrap = (ui: React.ReactElement) =>
  render(
    <IntlProvider locale="en" messages={{}} onError={() => undefined}>
      <DesignSystemProvider locale="en">
        <StoreProvider api={adminApi}>{ui}</StoreProvider>
      </DesignSystemProvider>
    </IntlProvider>
  );

// Rendering the whole consent form in jsdom takes seconds on a busy 2-core machine: infrastructure, not a performance assertion.
jest.setTimeout(60000);

// The modal measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

beforeEach(() => {
  calls.length = 0;
  for (const key of Object.keys(answers)) delete answers[key];
});

describe('recording a consent with its signed form', () => {
  it('sends the consent as JSON in `data` and the file in `files.evidence`', async () => {
    const created: string[] = [];
    wrap(
      <RecordConsentModal
        open
        onOpenChange={() => undefined}
        onCreated={(consent) => void created.push(consent.documentId)}
        initialValues={filledConsentForm()}
      />
    );
    const file = new File(['%PDF-1.4 signed'], 'dana-signed.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Signed form'), { target: { files: [file] } });
    expect(screen.getByText('dana-signed.pdf (15 B)')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Save consent'));
    await waitFor(() => expect(created).toEqual(['new1']));
    const post = calls.find((call) => call.method === 'post')!;
    expect(post.url).toBe('/compliance/consents');
    expect(post.body).toBeInstanceOf(FormData);
    const body = post.body as FormData;
    expect(JSON.parse(String(body.get('data')))).toMatchObject({ subjectName: 'Dana Whitfield' });
    expect((body.get('files.evidence') as File).name).toBe('dana-signed.pdf');
    expect([...body.keys()].sort()).toEqual(['data', 'files.evidence']);
  });

  it('sends plain JSON when no file is chosen', async () => {
    wrap(<RecordConsentModal open onOpenChange={() => undefined} onCreated={() => undefined} initialValues={filledConsentForm()} />);
    fireEvent.click(screen.getByText('Save consent'));
    await waitFor(() => expect(calls.some((call) => call.method === 'post')).toBe(true));
    const post = calls.find((call) => call.method === 'post')!;
    expect(post.body).not.toBeInstanceOf(FormData);
    expect(post.body).not.toHaveProperty('evidence');
    expect(post.body).toMatchObject({ subjectName: 'Dana Whitfield' });
  });

  it('shows the server’s refusal of the file under the field', () => {
    wrap(
      <Form<ConsentFormState>
        method="POST"
        initialValues={emptyConsentForm()}
        initialErrors={{ evidence: 'The evidence file is 12582912 bytes; the limit is 10485760 bytes (evidence.maxBytes)' }}
      >
        <ConsentForm />
      </Form>
    );
    expect(screen.getByText(/the limit is 10485760 bytes/)).toBeInTheDocument();
    expect(screen.getByLabelText('Signed form')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('a consent’s signed form on its page', () => {
  const consent = consentFixture({
    expiresAt: '2030-01-31T00:00:00.000Z',
    evidence: { name: 'dana-signed.pdf', mime: 'application/pdf', size: 2_400_000, sha256: 'ab'.repeat(32) },
  });
  const showPage = () =>
    wrap(
      <MemoryRouter initialEntries={['/consents/c1']}>
        <Routes>
          <Route path="/consents/:documentId" element={<ConsentDetailPage />} />
        </Routes>
      </MemoryRouter>
    );

  it('describes the file and downloads it through the evidence route', async () => {
    answers['/compliance/consents/c1'] = { status: 200, data: { data: consent } };
    answers['/compliance/consents/c1/evidence'] = {
      status: 200,
      data: new Blob(['%PDF-1.4'], { type: 'application/pdf' }),
      headers: new Headers({ 'Content-Disposition': 'attachment; filename="dana-signed.pdf"' }),
    };
    Object.assign(URL, { createObjectURL: () => 'blob:evidence', revokeObjectURL: () => undefined });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    showPage();
    expect(await screen.findByText(/dana-signed\.pdf · application\/pdf · 2\.3 MB/)).toBeInTheDocument();
    expect(screen.getByText(`SHA-256 ${'ab'.repeat(32)}`)).toBeInTheDocument();
    // No link to a public file: the old Media Library URL is gone.
    expect(screen.queryByRole('link', { name: 'dana-signed.pdf' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Download signed form' }));
    await waitFor(() => expect(saved).toEqual(['dana-signed.pdf']));
    const download = calls.find((call) => call.url === '/compliance/consents/c1/evidence')!;
    expect(download.options).toMatchObject({ responseType: 'blob' });
    click.mockRestore();
  });

  it('offers no download when the consent has no signed form', async () => {
    answers['/compliance/consents/c1'] = { status: 200, data: { data: { ...consent, evidence: null } } };
    showPage();
    expect(await screen.findByRole('button', { name: 'Download receipt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download signed form' })).not.toBeInTheDocument();
  });
});
