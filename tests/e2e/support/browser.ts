/** Debian's Chromium through playwright-core, with the flags this machine needs (no downloads, no network). */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
export const SCREENSHOT_DIR = path.join(process.cwd(), 'test-results', 'screenshots');

export async function launchBrowser(): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'footprint-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 860 },
    baseURL: BASE_URL,
  });
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (an artifact of the run). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
