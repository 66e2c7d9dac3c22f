/**
 * The rough edges a new user hit (issue "Tables, imports and exports…" §4), in Chromium against
 * `next start` on a fresh seeded database: a viewer opening a planner's page gets the role it needs and
 * who to ask (not a bare 404); a 3PL organization's Stock page offers no stock action; the audit log
 * names records by code and name; the tab has a favicon and a useful title; a table's sort, search and
 * page live in the URL (reload and back show the same view).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_IMPORTER, DEMO_PROVIDER } from '@/db/seed/demo-accounts';
import { launchBrowser, snap } from './support/browser';

/** The app is slow on a loaded two-core machine: wait for what a user would wait for. */
const POLL = { timeout: 20_000 };

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

async function signInAs(email: string): Promise<void> {
  await context.clearCookies();
  await page.goto('/sign-in');
  await page.getByTestId(`demo-fill-${email}`).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('new-user edges', () => {
  it('shows a viewer the role a new transfer needs and who can grant it', async () => {
    await signInAs('viewer@northwind.example');
    const response = await page.goto(`/${DEMO_IMPORTER.slug}/transfers/new`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByTestId('role-required').count(), POLL).toBe(1);
    const text = (await page.getByTestId('role-required').textContent()) ?? '';
    expect(text).toContain('You need the planner role');
    expect(text).toContain('You are a viewer');
    expect(text).toContain('Olivia Owner');
    expect(await page.title()).toBe('New transfer · Footprint');
    await snap(page, 'edges-01-viewer-needs-planner');
  });

  it('offers no stock action in a 3PL organization', async () => {
    await signInAs('am@bluewave3pl.example');
    await page.goto(`/${DEMO_PROVIDER.slug}/stock`);
    await expect.poll(() => page.getByText('Stock belongs to your clients').count(), POLL).toBe(1);
    expect(await page.getByRole('button', { name: /^(adjust|receive|count|record)/i }).count()).toBe(0);
    await snap(page, 'edges-02-provider-stock');
  });

  it('has a favicon', async () => {
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(href).toMatch(/icon/);
    const icon = await page.request.get(new URL(href ?? '/', page.url()).toString());
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
  });

  it('names audited records by code and name, with a link', async () => {
    await signInAs('owner@northwind.example');
    await page.goto(`/${DEMO_IMPORTER.slug}/locations/new`);
    await page.getByTestId('location-form').getByLabel(/^Code/).fill('E2E-EDGE');
    await page.getByTestId('location-form').getByLabel(/^Name/).fill('Edge Test Depot');
    await page.getByRole('button', { name: /create location|save/i }).first().click();
    await page.waitForURL(new RegExp(`/${DEMO_IMPORTER.slug}/locations/[0-9a-f-]{36}$`));
    await page.goto(`/${DEMO_IMPORTER.slug}/audit`);
    await expect.poll(() => page.getByRole('link', { name: 'E2E-EDGE · Edge Test Depot' }).count(), POLL).toBeGreaterThan(0);
    await snap(page, 'edges-03-audit-labels');
  });

  it('keeps a table’s sort, search and page in the URL: reload and back show the same view', async () => {
    await page.goto(`/${DEMO_IMPORTER.slug}/skus`);
    await page.getByTestId('sort-name').click();
    await page.getByTestId('sort-name').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dir'), POLL).toBe('desc');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
    await page.getByTestId('table-search').fill('usb');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe('usb');
    const firstRow = async () => (await page.locator('tbody tr').first().textContent()) ?? '';
    await expect.poll(firstRow, POLL).toMatch(/usb/i);
    const before = await firstRow();
    await page.reload();
    await expect.poll(() => page.getByTestId('table-search').inputValue(), POLL).toBe('usb');
    await expect.poll(firstRow, POLL).toBe(before);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Name');
    await page.locator('tbody tr a').first().click();
    await page.waitForURL(new RegExp(`/${DEMO_IMPORTER.slug}/skus/[0-9a-f-]{36}$`));
    await page.goBack();
    await expect.poll(() => page.getByTestId('table-search').inputValue(), POLL).toBe('usb');
    await expect.poll(firstRow, POLL).toBe(before);
    await snap(page, 'edges-04-table-state-in-url');
  });
});
