/**
 * Issue "Policy replay" in Chromium: the demo planner signs in through the form, replays a few SKUs of the
 * demo's order history under three policies, watches it run, and reads the result: the chart canvas has drawn,
 * the comparison names every policy, the replay is saved and reopens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_IMPORTER, DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { launchBrowser, snap } from './support/browser';

const POLL = { timeout: 30_000 };
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await launchBrowser();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

describe('policy replay', () => {
  it('signs in as the demo planner and opens the replay page from the sidebar', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('planner@northwind.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.getByRole('link', { name: 'Replay' }).first().click();
    await page.waitForURL(new RegExp(`/${DEMO_IMPORTER.slug}/replay`));
    await expect.poll(() => page.title(), POLL).toMatch(/Replay/);
    await expect.poll(() => page.getByRole('heading', { name: 'New replay' }).count(), POLL).toBe(1);
  });

  it('runs a replay of three SKUs under three policies and shows its chart and tables', { timeout: 240_000 }, async () => {
    await page.getByLabel('Name (optional)').fill('E2E three SKUs');
    await page.getByLabel('Pick SKUs').check();
    const picker = page.getByTestId('replay-sku-picker');
    for (let i = 0; i < 3; i++) await picker.getByRole('checkbox').nth(i).check();
    await page.getByRole('checkbox', { name: /Fully centralized/ }).check();
    await snap(page, 'replay-form');
    await page.getByTestId('start-replay').click();
    await page.waitForURL(/[?&]replay=/, POLL);
    await page.getByTestId('replay-result').waitFor({ timeout: 200_000 });

    // The chart drew: its canvas has painted pixels.
    const canvas = page.getByTestId('replay-chart').locator('canvas');
    await canvas.waitFor(POLL);
    const painted = await canvas.evaluate((el: HTMLCanvasElement) => {
      const ctx = el.getContext('2d');
      if (!ctx || el.width === 0 || el.height === 0) return 0;
      const data = ctx.getImageData(0, 0, el.width, el.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);

    const comparison = page.getByTestId('replay-comparison');
    for (const label of ["Footprint's policy", 'Independent reorder points', 'Fully centralized']) {
      await expect.poll(() => comparison.getByText(label, { exact: true }).count(), POLL).toBe(1);
    }
    await expect.poll(() => page.getByTestId('replay-headline').textContent(), POLL).toMatch(/would have served .* of units from stock/);
    await snap(page, 'replay-result');
  });

  it('keeps the replay in the saved list and reopens it', async () => {
    await page.getByRole('button', { name: '← All replays' }).click();
    const saved = page.getByTestId('saved-replays');
    await expect.poll(() => saved.getByRole('button', { name: 'E2E three SKUs' }).count(), POLL).toBe(1);
    await saved.getByRole('button', { name: 'E2E three SKUs' }).click();
    await page.getByTestId('replay-result').waitFor(POLL);
    await expect.poll(() => page.getByTestId('replay-chart').locator('canvas').count(), POLL).toBe(1);
  });
});
