/** A built site served locally and opened in Chromium, for the tests that run in a browser. */
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../scripts/site/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.ts';

export interface BrowserSite {
  page: Page;
  /** An absolute URL on the served site. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function openSite(distDir: string, viewport = { width: 390, height: 844 }): Promise<BrowserSite> {
  const server: StaticServer = await serveStatic(distDir);
  const chromium: Chromium = await launchChromium();
  const page = await chromium.context.newPage();
  await page.setViewportSize(viewport);
  return {
    page,
    url: (path) => new URL(path, server.url).href,
    close: async () => {
      await chromium.close();
      await server.close();
    },
  };
}

/** A result URL as the tests compare it: path and anchor, without origin or highlight parameter. */
export function placeOf(url: string): string {
  const parsed = new URL(url, 'http://site.invalid');
  return parsed.pathname + parsed.hash;
}
