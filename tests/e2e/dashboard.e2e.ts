/**
 * Issue 10 in Chromium on the seeded demo: the owner signs in through the form and lands on the
 * dashboard; its charts draw (canvases with non-blank pixels); a period change lands in the URL; a region
 * drill-down renders its charts; the account manager's portfolio draws its sparklines and opens the
 * client's dashboard. axe finds no serious or critical violation on any of them. Screenshots are kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, snap } from './support/browser';

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

async function signIn(email: string, landing: RegExp) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('footprint-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(landing, { timeout: 60_000 });
}

/** Canvases on the page that drew something: at least one pixel that is not transparent. */
async function drawnCanvases(testId?: string): Promise<number> {
  return page.evaluate((id) => {
    const root = id ? document.querySelector(`[data-testid="${id}"]`) : document;
    const canvases = [...(root?.querySelectorAll('canvas') ?? [])] as HTMLCanvasElement[];
    return canvases.filter((c) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return false;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    }).length;
  }, testId);
}

async function noSeriousViolations(label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), label).toEqual([]);
}

describe('the KPI dashboard, a drill-down and the portfolio', () => {
  it('the owner lands on the dashboard, whose cards and charts draw', async () => {
    await signIn('owner@northwind.example', /\/northwind\/dashboard/);
    await page.getByTestId('kpi-cards').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('kpi-cards').locator('li').count()).toBe(12);
    for (const chart of ['chart-delivery-days', 'chart-service', 'chart-inventory', 'chart-days-of-supply', 'chart-region-cost']) {
      await expect.poll(() => drawnCanvases(chart), { timeout: 20_000, message: chart }).toBe(1);
    }
    await expect.poll(() => drawnCanvases('kpi-cards'), { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('table-regions').getByText(/days vs a .*-day SLA/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('network-map').count()).toBe(1);
    await snap(page, '31-dashboard');
    await noSeriousViolations('dashboard');
  });

  it('puts the period and baseline in the URL', async () => {
    const picker = page.getByTestId('period-picker');
    await picker.getByLabel('Period').selectOption('last90');
    await picker.getByLabel('Compare with').selectOption('year');
    await picker.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/period=last90&baseline=year/);
    await expect.poll(() => page.getByText(/compared with same period last year/).count()).toBeGreaterThan(0);
    await expect.poll(() => drawnCanvases('chart-service'), { timeout: 20_000 }).toBe(1);
  });

  it('drills down to the worst region with the same KPIs and its SKUs', async () => {
    await page.getByTestId('table-regions').locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/northwind\/dashboard\/regions\/[0-9a-f-]+\?/);
    await page.getByTestId('dashboard-region').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('kpi-cards').locator('li').count()).toBe(12);
    await expect.poll(() => drawnCanvases('chart-delivery-days'), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('table-skus').locator('tbody tr').count()).toBeGreaterThan(0);
    await snap(page, '32-dashboard-region');
    await noSeriousViolations('region drill-down');
  });

  it('the account manager’s portfolio ranks the client and opens its dashboard', async () => {
    await context.clearCookies();
    await signIn('am@bluewave3pl.example', /\/portfolio$/);
    const table = page.getByTestId('clients-bluewave-3pl');
    await table.waitFor({ timeout: 60_000 });
    await expect.poll(() => drawnCanvases('clients-bluewave-3pl'), { timeout: 20_000 }).toBeGreaterThan(0);
    await snap(page, '33-portfolio');
    await noSeriousViolations('portfolio');
    await table.getByRole('link', { name: 'Northwind Electronics' }).click();
    await page.waitForURL(/\/northwind\/dashboard$/);
    await page.getByTestId('kpi-cards').waitFor({ timeout: 60_000 });
  });
});
