/**
 * Imports and exports at database speed, as a user sees them (issue 12 §2, §3), in Chromium against
 * `next start` on a fresh seeded database: a large orders file shows rows per second and the time left
 * while it is checked and while it is committed, then lands; the orders download starts at once, shows
 * its progress, and holds every line with the import's header.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_IMPORTER } from '@/db/seed/demo-accounts';
import { launchBrowser, snap } from './support/browser';

const POLL = { timeout: 600_000, interval: 500 };
/** About 39 MB: under the 50 MB upload limit, and long enough to show a rate on a fast machine. */
const LINES = 300_000;

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByTestId('demo-fill-owner@northwind.example').click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
});
afterAll(async () => {
  await context?.close();
});

/** Records every text a progress bar shows from now on (they change faster than a test polls). */
async function recordTexts(page: Page, testIds: string[]): Promise<void> {
  await page.evaluate((ids) => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    const look = () => {
      for (const id of ids) for (const el of document.querySelectorAll(`[data-testid="${id}"]`)) w.__seen.push(el.textContent ?? '');
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, testIds);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);

/** A file of LINES one-line orders in the template's columns, with the organization's own codes. */
async function ordersFile(): Promise<Buffer> {
  const input = encodeURIComponent(JSON.stringify({ json: { org: DEMO_IMPORTER.slug, entity: 'orders' } }));
  const response = await page.request.get(`/api/trpc/imports.template?input=${input}`);
  expect(response.status()).toBe(200);
  const csv = ((await response.json()) as { result: { data: { json: { csv: string } } } }).result.data.json.csv;
  const [header, example] = csv.split('\r\n');
  const cells = (example ?? '').split(',');
  const lines = [header];
  for (let i = 1; i <= LINES; i++) lines.push([`E2E-${String(i).padStart(6, '0')}`, ...cells.slice(1)].join(','));
  return Buffer.from(lines.join('\n') + '\n');
}

describe('imports and exports at database speed', () => {
  it('shows rows per second and time left while a large file is checked and committed', async () => {
    const file = await ordersFile();
    await page.goto(`/${DEMO_IMPORTER.slug}/imports`);
    await page.getByLabel('What the file holds').selectOption('orders');
    await page.locator('input[type="file"]').setInputFiles({ name: 'big-orders.csv', mimeType: 'text/csv', buffer: file });
    await recordTexts(page, ['import-progress']);
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect.poll(() => page.getByTestId('import-preview').count(), POLL).toBe(1);
    const checking = await seen(page);
    await snap(page, 'imports-speed-01-checked');
    console.log('checking texts', JSON.stringify([...new Set(checking)].slice(0, 30)));
    expect(checking.some((t) => /Checking every row/.test(t) && /rows read/.test(t))).toBe(true);
    expect(checking.some((t) => /rows\/s/.test(t) && /left/.test(t))).toBe(true);
    expect(await page.getByTestId('import-counts').textContent()).toContain(LINES.toLocaleString('en-US'));
    await snap(page, 'imports-speed-01-checked');

    await recordTexts(page, ['import-progress']);
    await page.getByTestId('commit-import').click();
    await expect.poll(() => page.getByTestId('import-result').count(), POLL).toBe(1);
    const committing = await seen(page);
    expect(committing.some((t) => /rows checked/.test(t) && /rows\/s/.test(t))).toBe(true);
    // The set-based writes that follow are one statement: on the embedded database (WASM, the server's own
    // thread) no poll is answered while it runs, so the "writing" phase may never reach the page here.
    expect(await page.getByTestId('import-result').textContent()).toContain(`Imported big-orders.csv: ${LINES.toLocaleString('en-US')} new`);
    await snap(page, 'imports-speed-02-committed');
  }, 900_000);

  it('downloads the orders at once, with its progress on the page, every line under the import header', async () => {
    await page.goto(`/${DEMO_IMPORTER.slug}/orders`);
    // Hydrated: the click asks for the download's progress (before, it is a plain link).
    await expect.poll(() => page.locator('[data-testid="download-csv"][data-hydrated="true"]').count(), POLL).toBe(1);
    await recordTexts(page, ['csv-progress', 'download-finished']);
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('download-csv').click()]);
    const startedWithin = Date.now() - started;
    const target = path.join(tmpdir(), `footprint-e2e-orders-${Date.now()}.csv`);
    await download.saveAs(target);
    await snap(page, 'imports-speed-03-download');
    console.log('download saved', target, download.url());
    await expect.poll(() => page.getByTestId('download-finished').count(), POLL).toBe(1);
    const texts = await seen(page);
    console.log('download texts', JSON.stringify([...new Set(texts)].slice(0, 30)));
    expect(texts.some((t) => /Writing the CSV/.test(t) && /rows/.test(t))).toBe(true);
    const finished = (await page.getByTestId('download-finished').textContent()) ?? '';
    const written = Number(finished.replace(/[^0-9]/g, ''));

    const body = readFileSync(target, 'utf8');
    expect(body.startsWith('\uFEFFexternal_ref,ordered_at,region_code,')).toBe(true);
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length - 1).toBe(written);
    expect(written).toBeGreaterThan(LINES);
    expect(lines.filter((l) => l.startsWith('E2E-')).length).toBe(LINES);
    // The download began before the file was written whole: the browser had it within seconds.
    expect(startedWithin).toBeLessThan(30_000);
    await snap(page, 'imports-speed-03-download');
  }, 600_000);
});
