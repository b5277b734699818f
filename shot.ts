import { launchChromium } from './scripts/site/chromium.ts';
import { serveStatic } from './scripts/site/static-server.ts';
const [dist, ...specs] = process.argv.slice(2);
const server = await serveStatic(dist!);
const browser = await launchChromium();
for (const spec of specs) {
  const [path, width, name, full] = spec.split('|');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: Number(width), height: Number(width) < 500 ? 844 : 900 });
  await page.goto(new URL(path!, server.url).href);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === 'full' });
  await page.close();
}
await browser.close();
await server.close();
