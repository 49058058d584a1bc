import '@testing-library/jest-dom';
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import type { ConsentInput } from '../../shared/contracts/consents';

/**
 * The record-consent dialog on Strapi's `Form`: the form's own checks name each missing element
 * under its field before anything is sent, a complete form is sent as the `ConsentInput` contract,
 * and the server's refusal is shown under the same fields.
 */
type Post = (url: string, body: unknown) => Promise<unknown>;
const posts: Array<{ url: string; body: unknown }> = [];
let answerPost: Post = () => Promise.resolve({ status: 201, data: { data: { documentId: 'new1' } } });
const client = {
  get: () => Promise.reject(new Error('unexpected')),
  post: (url: string, body: unknown) => {
    posts.push({ url, body });
    return answerPost(url, body);
  },
  put: () => Promise.reject(new Error('unexpected')),
  del: () => Promise.reject(new Error('unexpected')),
};

jest.mock(
  '@strapi/strapi/admin',
  () => ({
    ...(jest.requireActual('./helpers/store') as typeof import('./helpers/store')).dataLayerMock(() => client),
    ...(jest.requireActual('./helpers/form') as typeof import('./helpers/form')).strapiForm(),
  }),
  { virtual: true }
);

import { adminApi, Form } from '@strapi/strapi/admin';
import { StoreProvider } from './helpers/store';
// Imported after the mock is registered (jest hoists jest.mock above imports).
import { RecordConsentModal } from '../../admin/src/components/ConsentForm/RecordConsentModal';
import { ConsentForm } from '../../admin/src/components/ConsentForm/ConsentForm';
import fr from '../../admin/src/translations/fr.json';
import { emptyConsentForm, type ConsentFormState } from '../../admin/src/utils/consentForm';
import { prefixTranslations } from '../../admin/src/utils/getTrad';
import { filledConsentForm } from './helpers/consent';

const wrap = (ui: React.ReactElement, locale: 'en' | 'fr' = 'en') =>
  render(
    <IntlProvider locale={locale} messages={locale === 'fr' ? prefixTranslations(fr) : {}} onError={() => undefined}>
      <DesignSystemProvider locale={locale}>
        <StoreProvider api={adminApi}>{ui}</StoreProvider>
      </DesignSystemProvider>
    </IntlProvider>
  );

const openModal = (initialValues?: ConsentFormState, onCreated: (documentId: string) => void = () => undefined, locale: 'en' | 'fr' = 'en') =>
  wrap(<RecordConsentModal open onOpenChange={() => undefined} onCreated={(consent) => onCreated(consent.documentId)} initialValues={initialValues} />, locale);

/** The error text of the field whose input or group carries `name`. */
const fieldError = (input: HTMLElement) => {
  const id = input.getAttribute('aria-describedby') ?? '';
  return id
    .split(' ')
    .map((part) => document.getElementById(part)?.textContent ?? '')
    .join(' ');
};

// Rendering the whole consent form in jsdom takes seconds on a busy 2-core machine: infrastructure, not a performance assertion.
jest.setTimeout(120000);
configure({ asyncUtilTimeout: 20000 });

// The modal measures itself; jsdom has no ResizeObserver.
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

beforeEach(() => {
  posts.length = 0;
  answerPost = () => Promise.resolve({ status: 201, data: { data: { documentId: 'new1' } } });
});

describe('the form’s own checks', () => {
  it('names every missing core element under its field and sends nothing', async () => {
    openModal();
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Name of the individual/ })).toHaveAttribute('aria-invalid', 'true'));
    for (const name of [/Name of the individual/, /Information that may be used/, /Who may disclose it/, /To whom it may be disclosed/]) {
      expect(fieldError(screen.getByRole('textbox', { name }))).toContain('This field is required.');
    }
    expect(screen.getByText('Give at least one purpose.')).toBeInTheDocument();
    expect(screen.getByText('Choose how it was signed.')).toBeInTheDocument();
    expect(screen.getAllByText('The signed form must contain this statement (45 CFR 164.508(c)(2)).')).toHaveLength(3);
    expect(screen.getByText('Give an expiry date, an expiry event, or both (45 CFR 164.508(c)(1)(v)).')).toBeInTheDocument();
    expect(screen.getByText('Choose or type at least one channel.')).toBeInTheDocument();
    // Optional fields stay quiet.
    expect(screen.getByRole('textbox', { name: /Internal patient reference/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });

  it('asks for the representative and the remuneration only once they are ticked', async () => {
    openModal(filledConsentForm());
    fireEvent.click(screen.getByRole('checkbox', { name: 'Signed by a personal representative' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /The clinic pays or gives something of value/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /Privacy policy URL/ }), { target: { value: 'not a url' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Representative’s name/ })).toHaveAttribute('aria-invalid', 'true'));
    expect(fieldError(screen.getByRole('textbox', { name: /Authority to act/ }))).toContain('This field is required.');
    expect(fieldError(screen.getByRole('textbox', { name: /What is given in exchange/ }))).toContain(
      'Say what is given in exchange (45 CFR 164.508(a)(3)(ii)).'
    );
    expect(fieldError(screen.getByRole('textbox', { name: /Privacy policy URL/ }))).toContain('Enter a full URL');
    expect(screen.getByRole('textbox', { name: /Name of the individual/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });

  it('accepts a channel typed in instead of ticked, and an expiry date instead of an event', async () => {
    openModal(filledConsentForm({ expirationEvent: '', expiresAt: '2030-01-31', scope: { channels: [], otherChannels: 'podcast', media: [] } }));
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0].body).toMatchObject({ expiresAt: '2030-01-31', scope: { channels: ['podcast'], media: [] } });
  });

  it('speaks the admin’s language', async () => {
    openModal(undefined, undefined, 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le consentement' }));
    expect(await screen.findByText('Indiquez au moins une finalité.')).toBeInTheDocument();
  });
});

describe('sending a complete form', () => {
  it('posts the ConsentInput contract: trimmed, optional fields left out, then reports the stored consent', async () => {
    const created: string[] = [];
    openModal(filledConsentForm({ purposes: ['Marketing testimonial on the clinic website', '  '] }), (documentId) => created.push(documentId));
    fireEvent.change(screen.getByRole('textbox', { name: /Name of the individual/ }), { target: { value: '  Dana Whitfield ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(created).toEqual(['new1']));
    expect(posts).toHaveLength(1);
    expect(posts[0].url).toBe('/compliance/consents');
    const expected: ConsentInput = {
      subjectName: 'Dana Whitfield',
      informationDescription: 'Her story, first name and photo',
      authorizedDisclosers: 'Riverside Clinic',
      recipients: 'Visitors of the clinic website',
      purposes: ['Marketing testimonial on the clinic website'],
      expirationEvent: 'End of the 2027 campaign',
      signedAt: '2025-01-15T10:00:00.000Z',
      signatureMethod: 'wet-ink',
      statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
      remuneration: { involved: false },
      scope: { channels: ['website', 'email'], media: ['name', 'quote'] },
    };
    expect(posts[0].body).toEqual(expected);
  });

  it('locks the fields and the button while the consent is being stored', async () => {
    let finish: (value: unknown) => void = () => undefined;
    answerPost = () => new Promise((resolve) => (finish = resolve));
    openModal(filledConsentForm());
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(screen.getByRole('textbox', { name: /Name of the individual/ })).toBeDisabled();
    finish({ status: 201, data: { data: { documentId: 'new1' } } });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Name of the individual/ })).not.toBeDisabled());
  });

  it('shows the server’s refusal under each field, and lists what no field shows', async () => {
    answerPost = () =>
      Promise.reject(
        Object.assign(new Error('Bad Request'), {
          status: 400,
          response: {
            data: {
              data: null,
              error: {
                status: 400,
                name: 'ValidationError',
                message: '3 errors occurred',
                details: {
                  code: 'invalid-input',
                  errors: [
                    { path: ['signedAt'], message: 'signedAt must not be in the future', name: 'ValidationError' },
                    { path: ['purposes', '0'], message: 'purposes[0] is too long', name: 'ValidationError' },
                    { path: ['statements'], message: 'statements has unknown fields: extra', name: 'ValidationError' },
                  ],
                },
              },
            },
          },
        })
      );
    openModal(filledConsentForm());
    fireEvent.click(screen.getByRole('button', { name: 'Save consent' }));
    const alert = await screen.findByText('The consent was not saved');
    expect(screen.getByText('signedAt must not be in the future')).toBeInTheDocument();
    expect(screen.getByText('purposes[0] is too long')).toBeInTheDocument();
    const box = alert.closest('[role="alert"]') as HTMLElement;
    expect(within(box).getByText('Correct the fields marked below.')).toBeInTheDocument();
    expect(within(box).getByText('statements has unknown fields: extra')).toBeInTheDocument();
    expect(within(box).queryByText('signedAt must not be in the future')).toBeNull();
  });
});

describe('the form’s sections', () => {
  const InForm = ({ errors = {} }: { errors?: Record<string, unknown> }) => (
    <Form<ConsentFormState> method="POST" initialValues={emptyConsentForm()} initialErrors={errors}>
      <ConsentForm />
    </Form>
  );

  it('asks for the representative only when a representative signed, and adds and removes purposes', () => {
    wrap(<InForm />);
    expect(screen.queryByRole('textbox', { name: /Representative’s name/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Signed by a personal representative' }));
    expect(screen.getByRole('textbox', { name: /Representative’s name/ })).toBeInTheDocument();

    expect(screen.getAllByRole('textbox', { name: /Purpose \d/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove this purpose' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Add a purpose' }));
    expect(screen.getAllByRole('textbox', { name: /Purpose \d/ })).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove this purpose' })[0]);
    expect(screen.getAllByRole('textbox', { name: /Purpose \d/ })).toHaveLength(1);
  });

  it('shows a message given for a field under that field', () => {
    wrap(<InForm errors={{ subjectName: 'subjectName (the individual) is required', scope: { channels: 'scope.channels must list at least one channel' } }} />);
    expect(screen.getByRole('textbox', { name: /Name of the individual/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('subjectName (the individual) is required')).toBeInTheDocument();
    expect(screen.getByText('scope.channels must list at least one channel')).toBeInTheDocument();
  });
});
