/**
 * Issue 3's journey in Chromium: a new organization filled from the downloadable CSV templates alone,
 * its network on the map, a transfer created, approved and shipped, and the stock moving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, snap } from './support/browser';

let context: BrowserContext;
let page: Page;
let org = '';
const runId = Date.now().toString(36);

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Ivy Importer');
  await page.getByLabel('Email').fill(`ivy-${runId}@example.test`);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByLabel('Organization name').fill(`Ivy Goods ${runId}`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/ivy-goods-[a-z0-9-]+\/dashboard$/);
  org = new URL(page.url()).pathname.split('/')[1] ?? '';
});
afterAll(async () => {
  await context?.close();
});

/** Entities in dependency order: each template refers only to codes of the templates before it. */
const FILES = ['Locations', 'Regions', 'SLAs', 'Lanes', 'Transfer lanes', 'Suppliers', 'SKUs', 'Stock snapshot'];

describe('a new organization from CSV templates to a shipped transfer', () => {
  it('imports every template file, each previewed then committed', async () => {
    await page.goto(`/${org}/imports`);
    for (const label of FILES) {
      await page.getByLabel('What the file holds').selectOption({ label });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
      const file = await download.path();
      expect(file, `template of ${label}`).toBeTruthy();
      await page.locator('input[type="file"]').setInputFiles(file!);
      await page.getByRole('button', { name: 'Upload and check' }).click();
      await page.getByTestId('commit-import').waitFor({ timeout: 30_000 });
      if (label === 'Lanes') await snap(page, '11-import-preview');
      await page.getByTestId('commit-import').click();
      await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 30_000 }).toMatch(/Imported .*: 2 new/);
      await page.getByRole('button', { name: 'Import another file' }).click();
    }
    await page.reload();
    await snap(page, '12-imports-history');
  });

  it('shows the imported network on the map', async () => {
    await page.goto(`/${org}/network`);
    await expect.poll(() => page.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('MEM-CDC').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('DAL-RDC').count()).toBeGreaterThan(0);
    await snap(page, '13-network-map');
  });

  it('creates, approves and ships a transfer; the stock moves', async () => {
    await page.goto(`/${org}/transfers/new`);
    const pick = async (label: string | RegExp, text: string) => {
      const box = page.getByRole('combobox', { name: label });
      await box.fill(text);
      await page.getByRole('option', { name: new RegExp(text) }).first().click();
    };
    await pick(/^From/, 'MEM-CDC');
    await pick(/^To/, 'DAL-RDC');
    await pick(/SKU, line 1/, 'SKU-1001');
    await page.getByLabel('Units *').fill('100');
    await expect.poll(() => page.getByTestId('lane-preview').textContent()).toMatch(/Transit/);
    await page.getByRole('button', { name: 'Create draft transfer' }).click();
    await page.waitForURL(new RegExp(`/${org}/transfers/[0-9a-f-]{36}$`));
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('button', { name: 'Ship', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ship now' }).click();
    await expect.poll(() => page.getByText(/in transit/i).count()).toBeGreaterThan(0);
    await snap(page, '14-transfer-shipped');

    await page.goto(`/${org}/stock`);
    const row = (location: string) => page.getByRole('row').filter({ hasText: 'SKU-1001' }).filter({ hasText: location });
    // The template's snapshot holds 1,200 of SKU-1001 at MEM-CDC: 100 left, so 1,100 remain; DAL-RDC has 100 inbound.
    await expect.poll(() => row('MEM-CDC').first().textContent()).toMatch(/1,100/);
    await expect.poll(() => row('DAL-RDC').first().textContent()).toMatch(/100/);
    await snap(page, '15-stock-moved');
  });
});
