import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import type { Checklist } from '../../shared/contracts/checks';
import type { ListReviews } from '../../shared/contracts/reviews';

/**
 * A fake admin API behind the fetch client the panel uses: each test sets how the server answers.
 * Errors are shaped like the admin's FetchError (status + Strapi error body).
 */
type Answer = { status: number; body: unknown };
const server: { get: Record<string, Answer>; post: Record<string, Answer>; permissions: string[]; requested: string[] } = {
  get: {},
  post: {},
  permissions: [],
  requested: [],
};
/** The edited type's schema options, as the Content Manager context gives them. */
const schema: { pluginOptions: Record<string, unknown> } = { pluginOptions: {} };
const answer = (table: Record<string, Answer>, url: string) => {
  server.requested.push(url);
  const key = Object.keys(table).find((prefix) => url.startsWith(prefix));
  if (!key) return Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
  const { status, body } = table[key];
  if (status >= 400) return Promise.reject(Object.assign(new Error('request failed'), { status, response: { data: body } }));
  return Promise.resolve({ data: body, status });
};
const posted: Array<{ url: string; body: unknown }> = [];
const client = {
  get: (url: string) => answer(server.get, url),
  post: (url: string, body?: unknown) => {
    posted.push({ url, body });
    return answer(server.post, url);
  },
  put: (url: string) => answer(server.post, url),
  del: (url: string) => answer(server.post, url),
};
const notifications: string[] = [];

jest.mock(
  '@strapi/strapi/admin',
  () => ({
    useFetchClient: () => client,
    getFetchClient: () => client,
    useAuth: (_name: string, select: (state: { permissions: Array<{ action: string }> }) => unknown) =>
      select({ permissions: server.permissions.map((action) => ({ action })) }),
    useNotification: () => ({ toggleNotification: ({ message }: { message: string }) => notifications.push(message) }),
    useDebounce: <T,>(value: T) => value,
    unstable_useContentManagerContext: () => ({ contentType: { pluginOptions: schema.pluginOptions } }),
    ...(jest.requireActual('./helpers/store') as typeof import('./helpers/store')).dataLayerMock(() => client),
    // The record-consent dialog is rendered (closed) with Strapi's Form.
    ...(jest.requireActual('./helpers/form') as typeof import('./helpers/form')).strapiForm(),
  }),
  { virtual: true },
);

// Imported after the mock is registered (jest hoists jest.mock above imports).
import { adminApi } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
import { consentFixture as consent } from './helpers/consent';
import { CompliancePanel } from '../../admin/src/components/CompliancePanel/CompliancePanel';
import es from '../../admin/src/translations/es.json';
import { translationsFor } from '../../admin/src/utils/getTrad';

const uid = 'api::testimonial.testimonial';
const checksUrl = `/compliance/checks/${uid}/doc1`;
const reviewsUrl = `/compliance/reviews/${uid}/doc1`;

const checklist: Checklist = {
  passed: false,
  contentHash: '9f86d081884c7d659a2feaa0c55ad015',
  checks: [
    {
      rule: 'consent.present',
      title: 'Patient authorization on file',
      severity: 'blocker',
      status: 'pass',
      message: '1 active consent linked',
      findings: [],
    },
    {
      rule: 'review.approval',
      title: 'Reviewer sign-off',
      severity: 'blocker',
      status: 'fail',
      message: 'Waiting for medical review',
      findings: [],
      details: { requiredRoles: ['privacy', 'medical'], missingRoles: ['medical'] },
    },
  ],
};


const reviews: ListReviews.Response = {
  data: [
    {
      id: 1,
      uid,
      documentId: 'doc1',
      locale: null,
      role: 'privacy',
      decision: 'approved',
      comment: 'Looks fine',
      reviewer: { id: 7, name: 'Priya Privacy' },
      meaning: 'Privacy review: approved',
      contentHash: 'old',
      createdAt: '2025-02-01T10:00:00.000Z',
      current: false,
    },
  ],
  meta: { contentHash: checklist.contentHash, requiredRoles: ['privacy', 'medical'] },
};

/** Renders a panel description the way the edit view does: call it as a component, show title and content. */
const PanelHost = (props: { model: string; documentId?: string; updatedAt?: string }) => {
  const description = CompliancePanel({
    model: props.model,
    documentId: props.documentId,
    document: props.documentId
      ? ({ documentId: props.documentId, updatedAt: props.updatedAt ?? '2025-03-01T00:00:00.000Z', locale: null } as never)
      : undefined,
    activeTab: 'draft',
    collectionType: 'collection-types',
  });
  if (!description) return <p>panel hidden</p>;
  return (
    <section aria-label={description.title}>
      <h2>{description.title}</h2>
      {description.content}
    </section>
  );
};

const show = (props: React.ComponentProps<typeof PanelHost>, locale: 'en' | 'es' = 'en') =>
  render(
    <IntlProvider locale={locale} messages={locale === 'es' ? translationsFor('es', es) : {}} onError={() => undefined}>
      <DesignSystemProvider locale={locale}>
        <StoreProvider api={adminApi}>
          <PanelHost {...props} />
        </StoreProvider>
      </DesignSystemProvider>
    </IntlProvider>,
  );

beforeEach(() => {
  notifications.length = 0;
  posted.length = 0;
  server.requested = [];
  schema.pluginOptions = { compliance: { enabled: true, profile: 'testimonial' } };
  server.permissions = ['plugin::compliance.checks.read', 'plugin::compliance.consents.read'];
  server.post = {};
  server.get = {
    [checksUrl]: { status: 200, body: { data: checklist } },
    [reviewsUrl]: { status: 200, body: reviews },
    '/compliance/consents': {
      status: 200,
      body: {
        data: [
          consent({ links: [{ uid, documentId: 'doc1', locale: null, linkedAt: '2025-01-16T00:00:00.000Z', linkedBy: null }] }),
          consent({ documentId: 'c2', subjectName: 'Someone Else' }),
        ],
        meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 2 } },
      },
    },
  };
});

describe('the Compliance side panel', () => {
  it('stays hidden for a content type whose schema is not marked, without asking the server', async () => {
    schema.pluginOptions = { i18n: { localized: true } };
    show({ model: 'api::page.page', documentId: 'p1' });
    expect(screen.getByText('panel hidden')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('heading', { name: 'Compliance' })).not.toBeInTheDocument();
    expect(server.requested).toEqual([]);
  });

  it('stays hidden when the server says the type is not marked (a type the config disables)', async () => {
    server.get = {
      '/compliance/checks/api::page.page/': {
        status: 400,
        body: {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: '"api::page.page" is not a content type marked for compliance',
            details: { code: 'UNMARKED_TYPE' },
          },
        },
      },
    };
    show({ model: 'api::page.page', documentId: 'p1' });
    await waitFor(() => expect(server.requested).toContain('/compliance/checks/api::page.page/p1'));
    await waitFor(() => expect(screen.getByText('panel hidden')).toBeInTheDocument());
  });

  it('asks to save a new entry of a marked type before it shows a checklist', () => {
    show({ model: uid });
    expect(screen.getByRole('heading', { name: 'Compliance' })).toBeInTheDocument();
    expect(screen.getByText('Save the entry to see its compliance checklist.')).toBeInTheDocument();
    expect(server.requested).toEqual([]);
  });

  it('shows the verdict, the checks, the linked consents and stale reviews of a marked entry', async () => {
    show({ model: uid, documentId: 'doc1' });
    const panel = await screen.findByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('Blocked')).toBeInTheDocument();
    expect(within(panel).getByText('Version 9f86d081')).toBeInTheDocument();
    expect(within(panel).getByText('Reviewer sign-off')).toBeInTheDocument();
    expect(await within(panel).findByText('Dana Whitfield')).toBeInTheDocument();
    expect(within(panel).queryByText('Someone Else')).not.toBeInTheDocument();
    expect(await within(panel).findByText('Privacy review: approved')).toBeInTheDocument();
    expect(within(panel).getByText('Stale')).toBeInTheDocument();
    expect(within(panel).getByText('Still needed: Medical')).toBeInTheDocument();
    // Without reviews.approve / consents.manage there is nothing to sign or link.
    expect(within(panel).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Link consent' })).not.toBeInTheDocument();
  });

  it('speaks Spanish when the admin does: rule titles, messages and finding kinds from their ids', async () => {
    // What the server sends (README "Checklist languages"): English texts with their ids and values.
    const translatable: Checklist = {
      ...checklist,
      checks: [
        { ...checklist.checks[0], titleId: 'compliance.rule.consent.present.title', messageId: 'compliance.rule.consent.present.pass', values: { count: 1 } },
        {
          rule: 'phi.scan',
          title: 'No patient identifiers in the text',
          titleId: 'compliance.rule.phi.scan.title',
          severity: 'blocker',
          status: 'fail',
          message: '1 identifier found: "555-201-3344". Remove them or replace them with the clinic\'s details (45 CFR 164.514(b)(2))',
          messageId: 'compliance.rule.phi.scan.fail',
          values: { count: 1, matches: '"555-201-3344"' },
          findings: [{ path: ['quote'], match: '555-201-3344', kind: 'phone', offset: 3, message: 'Phone number "555-201-3344" is a HIPAA identifier' }],
        },
        {
          ...checklist.checks[1],
          titleId: 'compliance.rule.review.approval.title',
          messageId: 'compliance.rule.review.approval.fail',
          values: { count: 1, roles: 'medical', stale: 'no', sameSigner: 'no' },
        },
        { rule: 'brand.custom', title: 'House style', severity: 'warning', status: 'pass', message: 'Fine by the house style', messageId: 'compliance.check.message', values: { message: 'Fine by the house style' }, findings: [] },
      ],
    };
    server.get[checksUrl] = { status: 200, body: { data: translatable } };
    show({ model: uid, documentId: 'doc1' }, 'es');
    const panel = await screen.findByRole('region', { name: 'Cumplimiento' });
    expect(await within(panel).findByText('Sin identificadores del paciente en el texto')).toBeInTheDocument();
    expect(within(panel).getByText('Autorización del paciente registrada')).toBeInTheDocument();
    expect(within(panel).getByText('Aprobación de los revisores')).toBeInTheDocument();
    expect(within(panel).getByText('1 consentimiento activo vinculado')).toBeInTheDocument();
    expect(within(panel).getByText('Pendiente de la revisión medical')).toBeInTheDocument();
    expect(within(panel).getByText(/^Se encontró 1 identificador: "555-201-3344"\. Elimínelos/)).toBeInTheDocument();
    expect(within(panel).getByText('Número de teléfono o fax')).toBeInTheDocument();
    expect(within(panel).queryByText('No patient identifiers in the text')).not.toBeInTheDocument();
    // A custom rule without a translation shows its own English.
    expect(within(panel).getByText('House style')).toBeInTheDocument();
    expect(within(panel).getByText('Fine by the house style')).toBeInTheDocument();
  });

  it('keeps the password prompt open with the server’s message for a wrong password', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    server.post = {
      [reviewsUrl]: {
        status: 400,
        body: {
          data: null,
          error: {
            status: 400,
            name: 'ValidationError',
            message: 'The password is not correct: re-enter your own admin password to sign',
            details: { errors: [{ path: ['password'], message: 'Incorrect password', name: 'ValidationError' }] },
          },
        },
      },
    };
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'wrong' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and approve' }));
    expect(await within(dialog).findByText('Incorrect password')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('signs the version on screen: the checklist’s content hash goes with the signature', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    server.post = { [reviewsUrl]: { status: 201, body: { data: { ...reviews.data[0], role: 'medical', contentHash: checklist.contentHash, current: true } } } };
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and approve' }));
    await waitFor(() => expect(notifications).toContain('Approval recorded'));
    expect(posted).toEqual([{ url: reviewsUrl, body: { role: 'medical', decision: 'approved', password: 'secret', contentHash: checklist.contentHash } }]);
  });

  it('re-evaluates the checklist and the reviews by itself once a review is recorded', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    const approval = { ...reviews.data[0], id: 2, role: 'medical', meaning: 'Medical review: approved', contentHash: checklist.contentHash, current: true };
    server.post = { [reviewsUrl]: { status: 201, body: { data: approval } } };
    show({ model: uid, documentId: 'doc1' });
    const panel = await screen.findByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('Blocked')).toBeInTheDocument();
    const checksAsked = server.requested.filter((url) => url.startsWith(checksUrl)).length;
    // What the server answers once the approval is stored.
    const passed: Checklist = { ...checklist, passed: true, checks: checklist.checks.map((check) => ({ ...check, status: 'pass', details: undefined })) };
    server.get[checksUrl] = { status: 200, body: { data: passed } };
    server.get[reviewsUrl] = { status: 200, body: { ...reviews, data: [approval, ...reviews.data] } };
    fireEvent.click(within(panel).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and approve' }));
    expect(await within(panel).findByText('Passed')).toBeInTheDocument();
    expect(await within(panel).findByText('Medical review: approved')).toBeInTheDocument();
    expect(server.requested.filter((url) => url.startsWith(checksUrl)).length).toBe(checksAsked + 1);
  });

  it('re-evaluates the checklist by itself once a consent is unlinked', async () => {
    server.permissions.push('plugin::compliance.consents.manage');
    server.post = { '/compliance/consents/c1/links': { status: 200, body: { data: consent() } } };
    show({ model: uid, documentId: 'doc1' });
    const panel = await screen.findByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('Dana Whitfield')).toBeInTheDocument();
    const checksAsked = server.requested.filter((url) => url.startsWith(checksUrl)).length;
    server.get['/compliance/consents'] = { status: 200, body: { data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } } };
    fireEvent.click(within(panel).getByRole('button', { name: 'Unlink this consent' }));
    await waitFor(() => expect(notifications).toContain('Consent unlinked'));
    expect(await within(panel).findByText('No consent is linked to this entry.')).toBeInTheDocument();
    await waitFor(() => expect(server.requested.filter((url) => url.startsWith(checksUrl)).length).toBe(checksAsked + 1));
  });

  it('says the entry changed when the server answers 409, and asks for a reload before signing again', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    server.post = {
      [reviewsUrl]: {
        status: 409,
        body: {
          data: null,
          error: {
            status: 409,
            name: 'ConflictError',
            message: 'The entry changed since you opened it: reload it and review the current version before you sign',
            details: { code: 'STALE_CONTENT', currentHash: 'b'.repeat(64) },
          },
        },
      },
    };
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and approve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const panel = screen.getByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('The entry changed')).toBeInTheDocument();
    expect(within(panel).getByText(/nothing was signed/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(notifications).toEqual([]);
  });

  it('shows the lockout after too many wrong passwords', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    const message = 'Too many wrong signing passwords: signing is locked until 2026-03-01T10:15:00.000Z. It unlocks by itself; ask an administrator if it was not you.';
    server.post = {
      [reviewsUrl]: { status: 429, body: { data: null, error: { status: 429, name: 'RateLimitError', message, details: { code: 'SIGNING_LOCKED', lockedUntil: '2026-03-01T10:15:00.000Z' } } } },
    };
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'right-password' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and approve' }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(notifications).toEqual([]);
  });

  it('explains a refusal to the entry’s own author', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    server.post = {
      [reviewsUrl]: {
        status: 403,
        body: {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: 'You created or last edited this entry, so another reviewer must sign it off (separation of duties)',
          },
        },
      },
    };
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Request changes' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and request changes' }));
    expect(await within(dialog).findByText('You created or last edited this entry, so another reviewer must sign it off (separation of duties)')).toBeInTheDocument();
  });
});

describe('findings in the panel', () => {
  const waiversUrl = `/compliance/waivers/${uid}/doc1`;
  const by = { id: '7', name: 'Maya Medic' };
  const phone = { path: ['quote'], match: '555-201-3344', kind: 'phone', message: 'Phone number "555-201-3344" is a HIPAA identifier', offset: 4 };
  const withFindings = (findings: Checklist['checks'][number]['findings'], status: 'pass' | 'fail' = 'fail'): Checklist => ({
    ...checklist,
    checks: [
      ...checklist.checks,
      { rule: 'phi.scan', title: 'No patient identifiers in the text', severity: 'blocker', status, message: '1 identifier found', findings },
      {
        rule: 'consent.scope',
        title: 'Consent covers this use',
        severity: 'blocker',
        status: 'fail',
        message: 'No consent covers photos',
        findings: [{ path: ['patientPhoto'], match: 'photo', kind: 'photo', message: 'No consent covers photos', offset: 0 }],
      },
    ],
  });
  const serve = (list: Checklist) => {
    server.get[checksUrl] = { status: 200, body: { data: list } };
  };

  it('explains each finding: its family, why it matters with the reference, and a rewrite', async () => {
    serve(
      withFindings([
        {
          ...phone,
          family: 'identifier',
          why: 'A phone number lets anyone reach the patient',
          reference: '45 CFR 164.514(b)(2)(i)(D)',
          suggestion: 'Give the clinic’s main number instead',
        },
      ]),
    );
    show({ model: uid, documentId: 'doc1' });
    const panel = await screen.findByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('identifier')).toBeInTheDocument();
    expect(within(panel).getByText('Why: A phone number lets anyone reach the patient (45 CFR 164.514(b)(2)(i)(D))')).toBeInTheDocument();
    expect(within(panel).getByText('Try instead: Give the clinic’s main number instead')).toBeInTheDocument();
    // Without reviews.approve nothing can be waived.
    expect(within(panel).queryByRole('button', { name: /^Waive/ })).not.toBeInTheDocument();
  });

  it('offers Waive on findings of text rules only, and signs the waiver of the version on screen', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    serve(withFindings([phone]));
    server.post = { [waiversUrl]: { status: 201, body: { data: { id: 1 } } } };
    show({ model: uid, documentId: 'doc1' });
    const waive = await screen.findByRole('button', { name: 'Waive “555-201-3344” in quote' });
    // Consent findings are never waivable.
    expect(screen.getAllByRole('button', { name: /^Waive/ })).toHaveLength(1);
    fireEvent.click(waive);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('quote: “555-201-3344”')).toBeInTheDocument();
    const sign = within(dialog).getByRole('button', { name: 'Sign and waive' });
    expect(sign).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: ' The clinic’s second line ' } });
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: 'secret' } });
    fireEvent.click(sign);
    await waitFor(() => expect(notifications).toContain('Finding waived for this version'));
    expect(posted).toEqual([
      {
        url: waiversUrl,
        body: { rule: 'phi.scan', path: ['quote'], match: '555-201-3344', reason: 'The clinic’s second line', password: 'secret', contentHash: checklist.contentHash },
      },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  const refuse = (message: string, details: Record<string, unknown>) => {
    server.post = { [waiversUrl]: { status: 400, body: { data: null, error: { status: 400, name: 'ValidationError', message, details } } } };
  };
  const submitWaiver = async (password: string) => {
    server.permissions.push('plugin::compliance.reviews.approve');
    serve(withFindings([phone]));
    show({ model: uid, documentId: 'doc1' });
    fireEvent.click(await screen.findByRole('button', { name: /^Waive/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'Clinic line' } });
    fireEvent.change(within(dialog).getByLabelText(/Your password/), { target: { value: password } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign and waive' }));
    return dialog;
  };

  it('keeps the dialog open with the server’s message for a wrong password, and clears the password', async () => {
    refuse('The password is not correct', { code: 'WRONG_PASSWORD', errors: [{ path: ['password'], message: 'Incorrect password', name: 'ValidationError' }] });
    const dialog = await submitWaiver('wrong');
    expect(await within(dialog).findByText('Incorrect password')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Your password/)).toHaveValue('');
    expect(notifications).toEqual([]);
  });

  it('shows the server’s message when the finding is no longer in the checklist', async () => {
    const gone = 'The current checklist of this entry has no phi.scan finding "555-201-3344" at quote';
    refuse(gone, { code: 'FINDING_NOT_FOUND', errors: [{ path: ['match'], message: gone, name: 'ValidationError' }] });
    const dialog = await submitWaiver('secret');
    expect(await within(dialog).findByText(gone)).toBeInTheDocument();
    expect(notifications).toEqual([]);
  });

  it('closes and says the entry changed on a 409, without recording anything', async () => {
    server.post = {
      [waiversUrl]: { status: 409, body: { data: null, error: { status: 409, name: 'ConflictError', message: 'changed', details: { code: 'STALE_CONTENT', currentHash: 'b'.repeat(64) } } } },
    };
    await submitWaiver('secret');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(notifications).toEqual([
      'Someone saved this entry after you opened it, so nothing was waived. Reload the page and check the current version.',
    ]);
  });

  it('shows who waived a finding and why, and a waiver of an earlier version as no longer counting', async () => {
    server.permissions.push('plugin::compliance.reviews.approve');
    serve(
      withFindings([
        { ...phone, waived: { by, reason: 'The clinic’s second line', at: '2026-03-01T10:00:00.000Z' } },
        { ...phone, path: ['title'], staleWaiver: { by, reason: 'Old reason', at: '2026-02-01T10:00:00.000Z' } },
      ]),
    );
    show({ model: uid, documentId: 'doc1' });
    const panel = await screen.findByRole('region', { name: 'Compliance' });
    expect(await within(panel).findByText('Waived by Maya Medic: The clinic’s second line')).toBeInTheDocument();
    expect(within(panel).getByText('Waived')).toBeInTheDocument();
    expect(within(panel).getByText('Waived by Maya Medic on an earlier version; the waiver no longer counts.')).toBeInTheDocument();
    expect(within(panel).queryByText(/Old reason/)).not.toBeInTheDocument();
    // Only the finding whose waiver is stale can be waived again.
    expect(within(panel).getAllByRole('button', { name: /^Waive/ }).map((button) => button.getAttribute('aria-label'))).toEqual(['Waive “555-201-3344” in title']);
  });
});
