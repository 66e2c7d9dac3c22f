/**
 * Issue 9's journey in Chromium against `next start` on a fresh seeded database: the demo planner signs in
 * through the form, opens Forecasts (the total demand chart is drawn on its canvas), runs planning from the
 * page and watches it to completion, opens a SKU's forecast, accepts a recommendation and opens the transfer
 * or purchase order it created. Screenshots land in test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, snap } from './support/browser';

let context: BrowserContext;
let page: Page;
const ORG = 'northwind';
const RUN_TIMEOUT_MS = 150_000;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

/** Pixels of a canvas that are not transparent: a chart that drew anything has thousands. */
async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((node) => {
    const c = node as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

/** Distinct colours drawn, so a canvas filled with one colour does not pass for a chart. */
async function distinctColours(canvas: Locator): Promise<number> {
  return canvas.evaluate((node) => {
    const c = node as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length && seen.size < 50; i += 4 * 7) if ((data[i + 3] ?? 0) > 0) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    return seen.size;
  });
}

describe('planning journey', () => {
  it('signs in as the demo planner through the form', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('planner@northwind.example');
    await page.getByLabel('Password').fill('footprint-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(new RegExp(`/${ORG}/dashboard$`));
  });

  it('runs planning from the Forecasts page and follows its phases to the end', async () => {
    await page.goto(`/${ORG}/forecasts`);
    await expect.poll(() => page.title()).toMatch(/^Forecasts/);
    await page.getByTestId('run-planning-button').click();
    const progress = page.getByTestId('planning-run-progress');
    await progress.waitFor({ timeout: 30_000 });
    await expect.poll(() => progress.getByRole('progressbar').count()).toBe(1);
    await snap(page, '31-planning-run-progress');
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: RUN_TIMEOUT_MS, interval: 500 }).toMatch(/succeeded|failed/);
    expect(await progress.getAttribute('data-status'), (await progress.textContent()) ?? '').toBe('succeeded');
    for (const phase of ['load', 'segment', 'forecast', 'targets', 'recommend', 'write']) {
      expect(await progress.getByTestId(`phase-${phase}`).getAttribute('data-state'), phase).toBe('done');
    }
    await expect.poll(() => page.getByTestId('planning-run-done').count()).toBe(1);

    // Run planning from two tabs at once: never two runs at the same time. Either the second request finds
    // the first run active and that tab is shown it ("already in progress"), or the first run had already
    // finished when the second request was served, and the second tab's run started after it ended.
    const other = await context.newPage();
    try {
      await other.goto(`/${ORG}/forecasts`);
      await Promise.all([page.getByTestId('run-planning-button').click(), other.getByTestId('run-planning-button').click()]);
      const tabs = [page, other];
      // Read without waiting (a locator's getAttribute would wait for the element past the poll's timeout).
      const shown = () =>
        Promise.all(
          tabs.map(async (t) => {
            const el = t.getByTestId('planning-run-progress');
            return (await el.count()) > 0 ? ((await el.first().getAttribute('data-run-id')) ?? '') : '';
          }),
        );
      await expect.poll(async () => (await shown()).every(Boolean), { timeout: RUN_TIMEOUT_MS, interval: 500 }).toBe(true);
      const notices = (await page.getByTestId('run-already-active').count()) + (await other.getByTestId('run-already-active').count());
      const ids = new Set(await shown());
      if (notices === 1) expect(ids.size).toBe(1);
      else {
        expect(notices).toBe(0);
        expect(ids.size).toBe(2);
        for (const t of tabs) await expect.poll(() => t.getByTestId('planning-run-progress').getAttribute('data-status'), { timeout: RUN_TIMEOUT_MS, interval: 500 }).toBe('succeeded');
      }
      await snap(other, '31b-second-tab');
    } finally {
      await other.close();
    }
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: RUN_TIMEOUT_MS, interval: 500 }).toBe('succeeded');
  });

  it('draws the total demand chart with its band, above the accuracy and the list', async () => {
    const canvas = page.getByTestId('forecast-total-chart').locator('canvas');
    await canvas.waitFor({ timeout: 30_000 });
    await expect.poll(() => paintedPixels(canvas), { timeout: 15_000 }).toBeGreaterThan(2_000);
    expect(await distinctColours(canvas)).toBeGreaterThan(3);
    expect(await page.getByTestId('forecast-accuracy').textContent()).toMatch(/seasonal naive/i);
    await expect.poll(() => page.getByTestId('forecasts-table').locator('tbody tr').count()).toBeGreaterThan(1);
    await snap(page, '32-forecasts');
  });

  it('sorts the list on the server and opens one SKU’s forecast with its candidates', async () => {
    const table = page.getByTestId('forecasts-table');
    const first = async () => (await table.locator('tbody tr').first().textContent()) ?? '';
    const before = await first();
    await page.getByTestId('sort-sku').click();
    await expect.poll(first).not.toBe(before);
    await table.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/${ORG}/forecasts/[0-9a-f-]{36}$`));
    const canvas = page.getByTestId('forecast-detail-chart').locator('canvas');
    await canvas.waitFor();
    await expect.poll(() => paintedPixels(canvas), { timeout: 15_000 }).toBeGreaterThan(1_000);
    expect(await page.getByTestId('method-reason').textContent()).toBeTruthy();
    await snap(page, '33-forecast-detail');
  });

  it('accepts a recommendation and opens the transfer or purchase order it created', async () => {
    await page.goto(`/${ORG}/recommendations`);
    const cards = page.getByTestId('recommendation-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await snap(page, '34-recommendations');
    // A transfer if there is one (the journey ends on its page), else whatever comes first.
    const transfer = page.locator('[data-testid="recommendation-card"][data-kind="transfer"]');
    const card = (await transfer.count()) > 0 ? transfer.first() : cards.first();
    const title = (await card.getByRole('heading').textContent()) ?? '';
    await card.getByTestId('accept-recommendation').click();
    const result = page.getByTestId('accept-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/Accepted/);
    await snap(page, '35-recommendation-accepted');
    const link = result.locator('[data-testid="accepted-transfer-link"], [data-testid="accepted-purchase-order-link"]').first();
    const number = (await link.textContent()) ?? '';
    expect(number, `what accepting "${title}" created`).not.toBe('');
    await link.click();
    await page.waitForURL(new RegExp(`/${ORG}/(transfers|inbound)/[0-9a-f-]{36}$`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(number);
    await expect.poll(() => page.getByText(/draft/i).count()).toBeGreaterThan(0);
    await snap(page, '36-created-draft');
  });

  it('shows the stock targets with CSV export and the planning settings form', async () => {
    await page.goto(`/${ORG}/stock-targets`);
    await expect.poll(() => page.getByTestId('stock-targets-table').locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const href = await page.getByTestId('download-csv').getAttribute('href');
    const res = await page.request.get(href ?? '');
    expect(res.status()).toBe(200);
    expect((await res.text()).split('\n')[0]).toMatch(/^\ufeff?sku_code,sku_name,location_code/);
    await expect.poll(() => paintedPixels(page.getByTestId('stock-position-chart').locator('canvas')), { timeout: 15_000 }).toBeGreaterThan(1_000);
    await snap(page, '37-stock-targets');
    await page.goto(`/${ORG}/settings/planning`);
    await page.getByTestId('planning-settings-form').waitFor();
    await snap(page, '38-planning-settings');
  });

  it('a viewer reads the recommendations without actions and is told the role they need', async () => {
    const other = await launchBrowser();
    try {
      const tab = await other.newPage();
      await tab.goto('/sign-in');
      await tab.getByLabel('Email').fill('viewer@northwind.example');
      await tab.getByLabel('Password').fill('footprint-demo');
      await tab.getByRole('button', { name: 'Sign in', exact: true }).click();
      await tab.waitForURL(new RegExp(`/${ORG}/dashboard$`));
      await tab.goto(`/${ORG}/recommendations`);
      await expect.poll(() => tab.getByTestId('recommendation-card').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await tab.getByTestId('run-planning-button').count()).toBe(0);
      expect(await tab.getByTestId('accept-recommendation').count()).toBe(0);
      expect(await tab.getByTestId('run-planning-role-hint').textContent()).toMatch(/planner role/);
      expect(await tab.getByTestId('recommendations-role-hint').textContent()).toMatch(/planner role/);
      await snap(tab, '39-recommendations-viewer');
    } finally {
      await other.close();
    }
  });
});
