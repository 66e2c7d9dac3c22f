/**
 * The first journey of a new user, in Chromium against `next start` on a fresh seeded database:
 * sign up → create a second organization → invite a member → sign out → sign in as the demo account
 * manager → switch organization. A screenshot of each page is kept in test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, snap } from './support/browser';

let context: BrowserContext;
let page: Page;
const runId = Date.now().toString(36);

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

describe('foundation journey', () => {
  it('signs up, lands in the new organization’s shell', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Erin Example');
    await page.getByLabel('Email').fill(`erin-${runId}@example.test`);
    await page.getByLabel('Password').fill('a long enough passphrase');
    await page.getByLabel('Organization name').fill(`Erin Imports ${runId}`);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/erin-imports-[a-z0-9-]+\/dashboard$/);
    await expect.poll(() => page.getByTestId('current-org-name').first().textContent()).toContain('Erin Imports');
    await expect.poll(() => page.getByRole('link', { name: 'Transfers' }).count()).toBeGreaterThan(0);
    await snap(page, '01-signed-up-dashboard');
  });

  it('creates a second organization from the switcher', async () => {
    await page.getByRole('button', { name: /switch organization/i }).first().click();
    await page.getByRole('menuitem', { name: /new organization/i }).click();
    await page.waitForURL(/\/onboarding/);
    await snap(page, '02-onboarding');
    await page.getByLabel('Organization name').fill(`Erin Second ${runId}`);
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.waitForURL(/\/erin-second-[a-z0-9-]+\/dashboard$/);
    await expect.poll(() => page.getByTestId('current-org-name').first().textContent()).toContain('Erin Second');
  });

  it('invites a member from Settings and gets the invitation link (no SMTP configured)', async () => {
    const slug = new URL(page.url()).pathname.split('/')[1];
    await page.goto(`/${slug}/settings`);
    await page.getByTestId('invite-form').getByLabel('Email').fill(`colleague-${runId}@example.test`);
    await page.getByTestId('invite-form').getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByText(/Invitation sent to/).count()).toBe(1);
    const link = await page.getByTestId('invitation-link').textContent();
    expect(link).toMatch(new RegExp(`^${BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/invite/[A-Za-z0-9_-]{40,}$`));
    await snap(page, '03-settings-invited');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await expect.poll(() => page.getByTestId('demo-logins').count()).toBe(1);
    await snap(page, '04-sign-in-with-demo-logins');
  });

  it('signs in as the demo account manager, opens the granted client and switches organization', async () => {
    await page.getByTestId('demo-fill-am@bluewave3pl.example').click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/portfolio$/);
    await expect.poll(() => page.getByRole('link', { name: 'Northwind Electronics' }).count()).toBe(1);
    await snap(page, '05-account-manager-portfolio');
    await page.getByRole('link', { name: 'Northwind Electronics' }).click();
    await page.waitForURL(/\/northwind\/dashboard$/);
    await expect.poll(() => page.getByTestId('current-org-name').first().textContent()).toContain('Northwind Electronics');
    await expect.poll(() => page.getByText(/through BlueWave 3PL/).count()).toBeGreaterThan(0);
    await snap(page, '06-granted-client');
    await page.getByRole('button', { name: /switch organization/i }).first().click();
    await page.getByTestId('org-option-bluewave-3pl').click();
    await page.waitForURL(/\/bluewave-3pl\//);
    await expect.poll(() => page.getByTestId('current-org-name').first().textContent()).toContain('BlueWave 3PL');
    await snap(page, '07-switched-to-provider');
  });

  it('a signed-out visitor of an app page is sent to sign-in', async () => {
    const fresh = await context.browser()?.newContext?.();
    const other = fresh ? await fresh.newPage() : await context.newPage();
    if (!fresh) await context.clearCookies();
    await other.goto(`${BASE_URL}/northwind/dashboard`);
    await other.waitForURL(/\/sign-in/);
    await other.close();
  });

  it('signs in with an emailed magic link (read from the local outbox)', async () => {
    const other = await launchBrowser();
    try {
      const tab = await other.newPage();
      await tab.goto('/sign-in');
      await tab.getByLabel('Email').fill('planner@northwind.example');
      await tab.getByRole('button', { name: /email me a sign-in link/i }).click();
      await tab.waitForURL(/\/verify/);
      await tab.goto('/outbox');
      const link = tab.locator('a[href*="/api/auth/callback/nodemailer"]').first();
      await expect.poll(() => link.count()).toBe(1);
      await snap(tab, '08-outbox-magic-link');
      await tab.goto((await link.getAttribute('href')) ?? '');
      await tab.waitForURL(/\/northwind\/dashboard$/);
      await expect.poll(() => tab.getByTestId('current-org-name').first().textContent()).toContain('Northwind Electronics');
    } finally {
      await other.close();
    }
  });

  it('sends the security headers on pages and API routes', async () => {
    for (const path of ['/sign-in', '/api/auth/csrf']) {
      const res = await fetch(`${BASE_URL}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('answers 429 with Retry-After once an account is throttled', async () => {
    const email = `throttled-${runId}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const csrfRes = await fetch(`${BASE_URL}/api/auth/csrf`);
      const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
      // As a browser does: a later Set-Cookie of the same name replaces an earlier one.
      const jar = new Map(csrfRes.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split(/=(.*)/s).slice(0, 2) as [string, string]));
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ csrfToken, email, password: 'wrong password', callbackUrl: '/' }),
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
  });
});
