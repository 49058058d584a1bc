import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS } from './app';

export const PASSWORD = 'Compliance-demo-2026';
/** Generous waits for a loaded 2-core machine: infrastructure, not performance assertions. */
export const WAIT = 60000;

export const launchBrowser = (): Promise<Browser> => {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
};

export interface ConsoleProblem {
  user: string;
  kind: string;
  text: string;
  url: string;
}

/** One signed-in admin user in their own browser context. */
export interface Session {
  user: string;
  context: BrowserContext;
  page: Page;
}

/**
 * Browser console errors and uncaught page errors, with the URL they come from. Strapi's own
 * noise is filtered by the test, which only fails on the plugin's.
 */
export const watchConsole = (page: Page, user: string, problems: ConsoleProblem[]) => {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push({ user, kind: message.type(), text: message.text(), url: message.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (error) => problems.push({ user, kind: 'pageerror', text: `${error.message}\n${error.stack ?? ''}`, url: page.url() }));
};

export const signIn = async (browser: Browser, baseUrl: string, email: string, problems: ConsoleProblem[]): Promise<Session> => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  const page = await context.newPage();
  const user = email.split('@')[0];
  watchConsole(page, user, problems);
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
  return { user, context, page };
};

/** Closes Strapi's "new Media Library" banner so it does not cover the screenshots. */
export const dismissBanners = async (page: Page) => {
  const close = page.getByRole('button', { name: 'Close the banner.' });
  if (await close.count()) await close.first().click();
};

let shotNumber = 0;
/** Saves test-artifacts/e2e/NN-name.png and returns its path. */
export const screenshot = async (page: Page, name: string, options: { scrollTo?: Locator; block?: 'start' | 'center' } = {}) => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const block = options.block ?? 'start';
  if (options.scrollTo) await options.scrollTo.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  // Let toasts and badges finish their transitions.
  await page.waitForTimeout(300);
  shotNumber += 1;
  const file = path.join(ARTIFACTS, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
};
