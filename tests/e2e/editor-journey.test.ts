import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, ensurePluginBuilt, startProductionApp, type RunningApp } from './helpers/app';
import { dismissBanners, launchBrowser, PASSWORD, screenshot, signIn, WAIT, type ConsoleProblem, type Session } from './helpers/browser';

/**
 * The editor's journey through the real admin (production build of the example app, Chromium):
 * a testimonial with a phone number and a miracle claim is refused, the privacy reviewer records
 * the patient's consent, the editor fixes the text, the medical and privacy reviewers sign, the
 * editor publishes, and the auditor verifies the audit chain.
 */

const UID = 'api::testimonial.testimonial';
const TITLE = 'How Dana got her knees back';
const CLEAN_QUOTE = 'The physiotherapy team explained every step. Individual results vary.';
const email = (who: string) => `${who}@riverside-clinic.example`;

let app: RunningApp;
let browser: Browser;
let documentId: string;
const problems: ConsoleProblem[] = [];
const sessions: Record<string, Session> = {};

const session = async (who: string) => {
  sessions[who] ??= await signIn(browser, app.baseUrl, email(who), problems);
  return sessions[who].page;
};

const adminToken = async (who: string) => {
  const response = await fetch(`${app.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: email(who), password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
};

const findTestimonial = async (status: 'draft' | 'published') => {
  const query = new URLSearchParams({ 'filters[title][$eq]': TITLE, status });
  const response = await fetch(`${app.baseUrl}/content-manager/collection-types/${UID}?${query}`, {
    headers: { Authorization: `Bearer ${await adminToken('editor')}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Array<{ documentId: string; title: string; publishedAt: string | null }> }).results;
};

/** The Compliance side panel of the edit view. */
const panelOf = (page: Page) => page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Compliance', exact: true }) });
/** One rule's row in the panel, found by its title. */
const checkRow = (page: Page, title: string) =>
  panelOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByText(title, { exact: true }) });
const outcomeOf = (page: Page, title: string, outcome: 'Pass' | 'Fail' | 'Warning' | 'Skipped') =>
  checkRow(page, title).getByText(outcome, { exact: true });

const openEntry = async (page: Page) => {
  await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${UID}/${documentId}`);
  await page.getByRole('heading', { name: TITLE }).waitFor();
  await panelOf(page).getByText(/^(Blocked|Passed)$/).waitFor();
  await dismissBanners(page);
};

/** Approve in the panel as `role`: a wrong password first, which the dialog must show, then the right one. */
const approve = async (page: Page, role: string, shotName: string) => {
  await panelOf(page).getByRole('button', { name: 'Approve', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Approve this entry' }).waitFor();
  await dialog.getByRole('combobox', { name: /Review role/ }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await dialog.getByLabel(/Your password/).fill('not-my-password');
  await dialog.getByRole('button', { name: 'Sign and approve' }).click();
  await dialog.getByText('Incorrect password').waitFor();
  await screenshot(page, `${shotName}-wrong-password`);
  await dialog.getByLabel(/Your password/).fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Sign and approve' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Approval recorded').first().waitFor();
};

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const file of fs.readdirSync(ARTIFACTS)) if (file.endsWith('.png')) fs.rmSync(`${ARTIFACTS}/${file}`);
  await ensurePluginBuilt();
  app = await startProductionApp();
  browser = await launchBrowser();
  const drafts = await findTestimonial('draft');
  expect(drafts).toHaveLength(1);
  documentId = drafts[0].documentId;
}, 20 * 60 * 1000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
}, 120000);

describe('editor journey in the admin', () => {
  it('a. the panel names the missing consent, the phone number and the miracle claim', async () => {
    const page = await session('editor');
    await openEntry(page);
    const panel = panelOf(page);
    await panel.getByText('Blocked', { exact: true }).waitFor();
    await outcomeOf(page, 'Patient authorization on file', 'Fail').waitFor();
    await checkRow(page, 'Patient authorization on file').getByText(/No signed patient authorization is linked/).waitFor();
    await outcomeOf(page, 'No patient identifiers in the text', 'Fail').waitFor();
    await checkRow(page, 'No patient identifiers in the text').getByRole('button', { name: /Go to the field quote: A phone or fax number \("555-201-3344"\)/ }).waitFor();
    await outcomeOf(page, 'No unrealistic health promises', 'Fail').waitFor();
    const claims = checkRow(page, 'No unrealistic health promises');
    await claims.getByText('quote: “miracle”').waitFor();
    await claims.getByText('quote: “cured”').waitFor();
    // The editor may not manage consents or sign reviews.
    await panel.getByText(/Ask a privacy officer to link or record consents/).waitFor();
    expect(await panel.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    await screenshot(page, 'panel-blocked', { scrollTo: panel });
  });

  it('b. Publish is refused with the checklist message and the quote field is marked', async () => {
    const page = await session('editor');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The compliance checklist blocked publication' }).first().waitFor();
    const quote = page.locator('textarea[name="quote"]');
    await page.waitForFunction(() => document.querySelector('textarea[name="quote"]')?.getAttribute('aria-invalid') === 'true', null, { timeout: WAIT });
    const errorId = await quote.getAttribute('aria-describedby');
    expect(errorId).toBeTruthy();
    const fieldError = page.locator(`[id="${errorId}"]`);
    await fieldError.filter({ hasText: 'A phone or fax number ("555-201-3344") is a HIPAA identifier' }).waitFor();
    expect(await fieldError.textContent()).toMatch(/"miracle" is a "miracle" promise/);
    await screenshot(page, 'publish-refused');
    expect(await findTestimonial('published')).toHaveLength(0);
  });

  it('c. the privacy reviewer records the patient authorization from the panel; it is linked and active', async () => {
    const page = await session('privacy');
    await openEntry(page);
    const panel = panelOf(page);
    await panel.getByText('No consent is linked to this entry.').waitFor();
    await panel.getByRole('button', { name: 'Record consent' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Name of the individual/ }).fill('Dana Whitfield');
    await dialog.getByRole('textbox', { name: /Information that may be used/ }).fill('Her recovery story, her quote and her first name');
    await dialog.getByRole('textbox', { name: /Who may disclose it/ }).fill('Riverside Clinic');
    await dialog.getByRole('textbox', { name: /To whom it may be disclosed/ }).fill('Visitors of the clinic website');
    await dialog.getByRole('textbox', { name: /Purpose 1/ }).fill('Patient testimonial on the clinic website');
    await dialog.getByRole('textbox', { name: /Or expires on this event/ }).fill('End of the 2027 campaign');
    await dialog.getByRole('combobox', { name: /Signature method/ }).click();
    await page.getByRole('option', { name: 'Wet-ink signature' }).click();
    const signedAt = dialog.getByRole('combobox', { name: /Date signed|Signed at/ }).first();
    await signedAt.click();
    await signedAt.fill('01/15/2025');
    await signedAt.press('Enter');
    for (const statement of [/may revoke this authorization/, /not conditioned/, /may be redisclosed/]) {
      await dialog.getByRole('checkbox', { name: statement }).click();
    }
    await dialog.getByRole('checkbox', { name: 'Website', exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Name', exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Quote', exact: true }).click();
    await screenshot(page, 'record-consent-filled');
    await dialog.getByRole('button', { name: 'Save consent' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Consent recorded and linked to this entry').first().waitFor();
    const linked = panel.getByRole('listitem').filter({ hasText: 'Dana Whitfield' });
    await linked.getByText('Active', { exact: true }).waitFor();
    await linked.getByText(/Channels: website/).waitFor();
    await outcomeOf(page, 'Patient authorization on file', 'Pass').waitFor();
    await screenshot(page, 'consent-linked', { scrollTo: linked, block: 'center' });
  });

  it('d. the editor replaces the quote and saves; the panel shows PHI and claims passing', async () => {
    const page = await session('editor');
    await page.reload();
    await panelOf(page).getByText(/^(Blocked|Passed)$/).waitFor();
    await outcomeOf(page, 'Patient authorization on file', 'Pass').waitFor();
    await page.locator('textarea[name="quote"]').fill(CLEAN_QUOTE);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved document').first().waitFor();
    await outcomeOf(page, 'No patient identifiers in the text', 'Pass').waitFor();
    await outcomeOf(page, 'No unrealistic health promises', 'Pass').waitFor();
    await outcomeOf(page, 'Use is within the consent’s scope', 'Pass').waitFor();
    // Only the reviewers' sign-off is still missing.
    await outcomeOf(page, 'Reviewer sign-off', 'Fail').waitFor();
    await panelOf(page).getByText('Publishing is blocked by 1 check.').waitFor();
    await screenshot(page, 'text-fixed', { scrollTo: panelOf(page) });
  });

  it('e. the medical and the privacy reviewer sign with their password (a wrong one is refused in the dialog)', async () => {
    const medical = await session('medical');
    await openEntry(medical);
    await approve(medical, 'Medical', 'medical-approve');
    await panelOf(medical).getByText('Medical review: approved').waitFor();

    const privacy = await session('privacy');
    await openEntry(privacy);
    await approve(privacy, 'Privacy', 'privacy-approve');
    const panel = panelOf(privacy);
    await panel.getByText('Privacy review: approved').waitFor();
    await panel.getByText('Medical review: approved').waitFor();
    await panel.getByText('Every required review is on the current version.').waitFor();
    await panel.getByText('Passed', { exact: true }).waitFor();
  });

  it('f. the editor sees the checklist passed and publishes', async () => {
    const page = await session('editor');
    await page.reload();
    const panel = panelOf(page);
    await panel.getByText('Passed', { exact: true }).first().waitFor();
    await panel.getByText(/^Ready to publish/).waitFor();
    await outcomeOf(page, 'Reviewer sign-off', 'Pass').waitFor();
    await screenshot(page, 'panel-passed', { scrollTo: panel });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published document').first().waitFor();
    await page.getByRole('status').filter({ hasText: /^Published$/ }).first().waitFor();
    await screenshot(page, 'published');
    const published = await findTestimonial('published');
    expect(published).toHaveLength(1);
    expect(published[0].publishedAt).toBeTruthy();
  });

  it('g. the auditor verifies the audit chain; the consents list and the review queue are shown', async () => {
    const auditor = await session('auditor');
    await auditor.goto(`${app.baseUrl}/admin/plugins/compliance`);
    await auditor.getByRole('link', { name: 'Audit trail' }).click();
    await auditor.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await dismissBanners(auditor);
    await auditor.getByRole('button', { name: 'Verify the chain' }).click();
    await auditor.getByText('The chain is intact').waitFor();
    await auditor.getByText(/events? checked; every hash follows from the one before/).waitFor();
    await screenshot(auditor, 'audit-verify');

    const privacy = await session('privacy');
    await privacy.goto(`${app.baseUrl}/admin/plugins/compliance/consents`);
    await privacy.getByRole('heading', { name: 'Consents', level: 1 }).waitFor();
    await dismissBanners(privacy);
    await privacy.getByRole('row').filter({ hasText: 'Dana Whitfield' }).getByText('Active', { exact: true }).waitFor();
    await screenshot(privacy, 'compliance-consents');

    await privacy.getByRole('link', { name: 'Review queue' }).click();
    await privacy.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    await privacy.getByText('Vitamin D and bone health').waitFor();
    // The published, compliant testimonial has left the queue.
    expect(await privacy.getByText(TITLE).count()).toBe(0);
    await screenshot(privacy, 'review-queue');
  });

  it('h. the overview is the landing page: drafts per type, the week’s refusals and publications, consents expiring; the homepage widget', async () => {
    const privacy = await session('privacy');
    await privacy.goto(`${app.baseUrl}/admin/plugins/compliance`);
    await privacy.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await dismissBanners(privacy);
    await privacy.getByRole('row').filter({ hasText: 'Testimonial' }).first().waitFor();
    // This journey refused one publication and allowed one this week.
    await privacy.getByRole('img', { name: /12 weeks: [1-9]\d* publications refused, [1-9]\d* allowed/ }).waitFor();
    await privacy.getByRole('heading', { name: 'Consents expiring per week' }).waitFor();
    await screenshot(privacy, 'compliance-overview');

    const medical = await session('medical');
    await medical.goto(`${app.baseUrl}/admin`);
    const widget = medical.getByText('waiting for your review');
    await widget.waitFor();
    await screenshot(medical, 'home-widget', { scrollTo: widget, block: 'center' });
  });

  it('i. in Spanish: the panel of the seeded Spanish patient story speaks Spanish and names the claim and the identifiers', async () => {
    const STORY = 'api::patient-story.patient-story';
    const response = await fetch(`${app.baseUrl}/content-manager/collection-types/${STORY}?locale=es`, {
      headers: { Authorization: `Bearer ${await adminToken('admin')}` },
    });
    expect(response.status).toBe(200);
    const [story] = ((await response.json()) as { results: Array<{ documentId: string }> }).results;
    expect(story).toBeDefined();
    const page = await session('admin');
    // The admin's interface language, as its language menu stores it.
    await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'es'));
    await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${STORY}/${story.documentId}?plugins[i18n][locale]=es`);
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Cumplimiento', exact: true }) });
    await panel.getByText('Bloqueada', { exact: true }).waitFor();
    await dismissBanners(page);
    // The Spanish detectors find the miracle cure and guarantee, and the husband's name and the full date.
    for (const title of ['Sin promesas de salud poco realistas', 'Sin identificadores del paciente en el texto']) {
      const row = panel.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
      await row.getByText('No cumple', { exact: true }).first().waitFor();
    }
    await screenshot(page, 'panel-spanish', { scrollTo: panel });
    await page.evaluate(() => window.localStorage.removeItem('strapi-admin-language'));
  });

  it('logs no browser console error from the plugin', () => {
    // Expected: the wrong-password attempts answer 400 (one per reviewer), which Chromium logs.
    const expected = (problem: ConsoleProblem) =>
      /Failed to load resource: the server responded with a status of 400/.test(problem.text) && /\/compliance\/reviews\//.test(problem.url);
    const fromPlugin = problems.filter((problem) => !expected(problem) && /compliance/i.test(`${problem.text} ${problem.url}`));
    fs.writeFileSync(`${ARTIFACTS}/console.json`, JSON.stringify(problems, null, 2));
    expect(fromPlugin).toEqual([]);
  });
});
