// Small page helpers for the lab's end-to-end tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launch, startServer, type Browser, type LaunchOptions, type Server } from './harness.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
}

/** Serve the app, open it in chromium and wait until the lab is ready and still. */
export async function openLab(opts?: LaunchOptions): Promise<{ server: Server; b: Browser }> {
  const server = await startServer('dev');
  const b = await launch(opts);
  await b.page.goto(server.url);
  await waitReady(b.page);
  await settle(b.page);
  return { server, b };
}

/** Type a week into the transport and wait until the lab is there. */
export async function stepTo(page: Page, w: number): Promise<void> {
  await page.locator('[data-testid="week-input"]').fill(String(w));
  await page.locator('[data-testid="week-input"]').press('Enter');
  await page.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week === x, w);
}

export async function week(page: Page): Promise<number> {
  return page.evaluate(() => (document.querySelector('app-shell') as any).sim.week as number);
}

/** Wait until the controller's queue is drained and the network has stopped moving. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shell = document.querySelector('app-shell') as any;
    const net = shell.renderRoot.querySelector('network-view');
    return !shell.sim.playing && net.idle;
  }, null, { timeout: 30_000 });
  await page.waitForTimeout(50);
}

export async function canvasPixels(page: Page): Promise<string> {
  return page.evaluate(() => {
    const net = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
    return (net.renderRoot.querySelector('canvas') as HTMLCanvasElement).toDataURL('image/png');
  });
}

/** The network canvas as a hash of its PNG: a failing comparison prints two short strings, not two images. */
export async function canvasHash(page: Page): Promise<string> {
  return createHash('sha256').update(await canvasPixels(page)).digest('hex');
}

export async function columnsJSON(page: Page, upTo: number): Promise<Record<string, number[]>> {
  return page.evaluate((w) => {
    const c = (document.querySelector('app-shell') as any).sim.columns as Record<string, Float64Array>;
    return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Array.from(v.slice(0, w + 1))]));
  }, upTo);
}

/** Click an item of the Export menu and return the downloaded bytes. */
export async function exportFile(page: Page, which: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-testid="export-menu"]').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${which}"]`).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path!) };
}

export async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-testid="file-input"]').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

/**
 * Every item of the Export menu gives a file: over 200 bytes, the CSV, SVG and
 * YAML by how they start, the PNGs by their signature. `check` looks further
 * at one file (e.g. that the network PNG shows the network).
 */
export async function expectEveryExport(page: Page, check?: (which: string, bytes: Buffer) => Promise<void>): Promise<void> {
  for (const [which, pattern] of [
    ['csv', /^week,phase,members/],
    ['network-png', null],
    ['charts-svg', /^<svg/],
    ['charts-png', null],
    ['yaml', /schemaVersion: 1/],
  ] as const) {
    const { name, bytes } = await exportFile(page, which);
    expect(bytes.length, which).toBeGreaterThan(200);
    if (pattern) expect(bytes.toString('utf8'), which).toMatch(pattern);
    else expect(bytes.subarray(1, 4).toString('ascii'), `${which} ${name}`).toBe('PNG');
    await check?.(which, bytes);
  }
}
