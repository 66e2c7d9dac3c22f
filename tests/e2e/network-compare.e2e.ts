/**
 * Issue 10 §3 in Chromium against `next start` on the seeded demo: the demo planner signs in through the form,
 * opens Network → Compare networks, the comparison chart draws, the k sweep runs (and can be cancelled) and its
 * chart draws, a scenario is saved from the comparison and reopened from the scenarios list; axe finds no serious
 * or critical violation on those pages. Screenshots in test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, snap } from './support/browser';

let context: BrowserContext;
let page: Page;
const ORG = 'northwind';
const runId = Date.now().toString(36);
const scenarioName = `Optimal network ${runId}`;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

/** Pixels of a chart's canvas that are not transparent: > 0 means Chart.js drew something. */
async function drawnPixels(testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const context2d = canvas.getContext('2d');
      if (!context2d || canvas.width === 0 || canvas.height === 0) return 0;
      const data = context2d.getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) drawn++;
      return drawn;
    });
}

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('centralized vs distributed on the demo tenant', () => {
  it('signs in through the form as the demo planner', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('planner@northwind.example');
    await page.getByLabel('Password').fill('footprint-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(new RegExp(`/${ORG}(/|$)`));
  });

  it('opens the comparison from the Network page: the table, the sentence and a chart that drew', async () => {
    await page.goto(`/${ORG}/network`);
    await page.getByRole('link', { name: 'Compare networks' }).click();
    await page.waitForURL(new RegExp(`/${ORG}/network/compare`));
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
    expect(await page.title()).toMatch(/Centralized vs distributed/);
    const table = await page.getByTestId('compare-table').textContent();
    expect(table).toMatch(/Centralized \([A-Z]{3}-[A-Z0-9]+\)/);
    expect(table).toMatch(/Average delivery time/);
    expect(table).toMatch(/\$[\d,.]+ per unit/);
    await expect.poll(() => page.getByTestId('compare-sentence').textContent()).toMatch(/^(Distributing|Consolidating|Using) .* delivery days \d+\.\d → \d+\.\d/);
    await expect.poll(() => drawnPixels('chart-network-compare'), { timeout: 15_000 }).toBeGreaterThan(500);
    expect(await seriousViolations()).toEqual([]);
    await snap(page, '41-network-compare');
  });

  it('sweeps k = 1..N with progress, draws the curve, and a second sweep can be cancelled', async () => {
    await page.getByTestId('sweep-run').click();
    await expect.poll(() => page.getByTestId('sweep-status').textContent(), { timeout: 120_000 }).toMatch(/^Solved k = 1 to \d+\.$/);
    const rows = await page.getByTestId('sweep-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    await expect.poll(() => drawnPixels('chart-network-sweep'), { timeout: 15_000 }).toBeGreaterThan(500);
    await snap(page, '42-network-sweep');

    await page.getByTestId('sweep-run').click();
    await page.getByTestId('sweep-cancel').click();
    await expect.poll(() => page.getByTestId('sweep-status').textContent()).toMatch(/^Cancelled after \d+ of \d+\.$/);
    expect(await page.getByTestId('sweep-run').isVisible()).toBe(true);
  });

  it('saves the optimal network as a scenario and reopens it from the scenarios list', async () => {
    await page.reload();
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Save “Optimal \d+ of \d+” as a scenario$/ }).click();
    await page.getByLabel('Scenario name').fill(scenarioName);
    await page.getByTestId('save-scenario-submit').click();
    await page.waitForURL(new RegExp(`/${ORG}/network/scenarios/[0-9a-f-]{36}$`), { timeout: 60_000 });
    const url = page.url();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(scenarioName);
    await page.getByTestId('scenario-figures').waitFor();
    expect(await page.getByTestId('scenario-figures').textContent()).toMatch(/Total cost.*per year/);
    await snap(page, '43-scenario-saved');

    await page.goto(`/${ORG}/network/scenarios`);
    await page.getByTestId('scenarios-table').waitFor();
    expect(await page.title()).toMatch(/Scenarios/);
    expect(await seriousViolations()).toEqual([]);
    await snap(page, '44-scenarios-list');
    await page.getByRole('link', { name: scenarioName }).click();
    await page.waitForURL(url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(scenarioName);
    expect(await page.getByTestId('scenario-figures').textContent()).toMatch(/Average delivery time/);
    expect(await seriousViolations()).toEqual([]);
    await snap(page, '45-scenario-reopened');
  });
});
