/**
 * The built site in Chromium, as readers use it: the paths they take, shared links, copying and
 * sharing, the QR code, and layouts from a 360 px phone to a desktop.
 */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, type Chromium } from '../../scripts/site/chromium.ts';
import { readPlans } from '../../scripts/site/read-plans.ts';
import { serveStatic, type StaticServer } from '../../scripts/site/static-server.ts';
import { siteUrl } from '../../src/lib/build-env.ts';
import { provinceOf } from '../../src/lib/catalogue-groups.ts';
import { chapterLabels, citation, citationWithUrl, paragraphLocator, sectionLocator } from '../../src/lib/citation.ts';
import { numberedTitle } from '../../src/lib/labels.ts';
import { CATALOGUE_PATH, chapterPath, pagePath, planPath, wholePlanPath, wholePlanPdfPath } from '../../src/lib/paths.ts';
import type { Paragraph } from '../../src/lib/plan-schema.ts';
import { axeViolations } from './axe.ts';
import { pageOfEachKind } from './page-kinds.ts';

const { contentDir, distDir } = inject('plansSite');
const plans = readPlans(contentDir);
const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The indicator table with the most columns: the one most likely to be wider than a phone. */
const widest = plans
  .flatMap((plan) => plan.tables.filter((table) => table.kind !== 'task-list').map((table) => ({ plan, table })))
  .sort((a, b) => b.table.header.length - a.table.header.length)[0];
if (!widest) throw new Error('No plan has an indicator table: the browser test needs one to scroll.');
const taskList = plans.flatMap((plan) => plan.tables.filter((table) => table.kind === 'task-list').map((table) => ({ plan, table })))[0];

/** A plan with several chapters, and a chapter of it with sections, for the reader's paths. */
const reader = plans.find((plan) => plan.chapters.length >= 2 && plan.chapters.some((chapter) => chapter.sections.length >= 2));
if (!reader) throw new Error('No plan has two chapters and a chapter with two sections: the reader’s path needs one.');
const readerChapter = reader.chapters.find((chapter) => chapter.sections.length >= 2)!;
const sharedSection = readerChapter.sections[1]!;

/** A numbered paragraph inside a section, for "复制引用". */
const numbered = plans
  .flatMap((plan) =>
    plan.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) =>
        section.blocks
          .filter((block): block is Paragraph => block.type === 'paragraph' && Boolean(block.number))
          .map((paragraph) => ({ plan, chapter, section, paragraph })),
      ),
    ),
  )
  .at(0);

let server: StaticServer;
let chromium: Chromium;
let page: Page;
const at = (path: string) => new URL(path, server.url).href;
/** Where a copied link points: the deployed site, as the page's canonical URL says. */
const published = (path: string) => new URL(path, siteUrl()).href;

beforeAll(async () => {
  server = await serveStatic(distDir);
  chromium = await launchChromium();
  await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a reader’s paths', () => {
  test('catalogue → plan → chapter → next chapter', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(CATALOGUE_PATH));
    await page.getByRole('link', { name: reader.title, exact: true }).click();
    await page.waitForURL(at(planPath(reader.id)));
    expect(await page.locator('h1').innerText()).toBe(reader.title);

    const first = reader.chapters[0]!;
    await page.locator(`.toc a[href="${chapterPath(reader.id, first.n)}"]`).click();
    await page.waitForURL(at(chapterPath(reader.id, first.n)));
    expect(await page.locator('h1').innerText()).toContain(first.title);

    await page.locator('a[rel=next]').click();
    const second = reader.chapters[1]!;
    await page.waitForURL(at(chapterPath(reader.id, second.n)));
    expect(await page.locator('h1').innerText()).toContain(second.title);
  });

  test(`a shared #${sharedSection.anchor} link lands on that section`, async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(`${chapterPath(reader.id, readerChapter.n)}#${sharedSection.anchor}`));
    const top = await page.locator(`[id="${sharedSection.anchor}"]`).evaluate((element) => element.getBoundingClientRect().top);
    // Below the phone's slim bar, which stays at the top.
    const bar = await page.locator('.page-bar').evaluate((element) => element.getBoundingClientRect().bottom);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(bar);
    expect(top).toBeLessThan(bar + 40);
  });

  test('on a phone, the slim bar stays at the top of a long chapter and opens its contents; on a desktop, the contents mark the section read', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(chapterPath(reader.id, readerChapter.n)));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await page.locator('.page-bar').evaluate((element) => element.getBoundingClientRect().top)).toBe(0);
    await page.locator('.page-bar').getByRole('link', { name: '本页内容' }).click();
    expect(await page.locator('details.on-page').evaluate((element: HTMLDetailsElement) => element.open)).toBe(true);
    expect(await page.locator('.page-bar').getByRole('link', { name: '回到顶部' }).getAttribute('href')).toBe('#main');

    await page.setViewportSize(DESKTOP);
    await page.goto(at(`${chapterPath(reader.id, readerChapter.n)}#${sharedSection.anchor}`));
    expect(await page.locator('.page-bar').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.on-page a[aria-current="location"]').getAttribute('href')).toBe(`#${sharedSection.anchor}`);
  });

  test('every page names the main sections in its header', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(CATALOGUE_PATH));
    expect(await page.locator('header nav[aria-label="主要栏目"] a').allInnerTexts()).toEqual(['指标对照', '专栏索引', '开放数据']);
  });

  test('"on this page" is open beside the text on a desktop, closed on a phone until opened, and closes after a jump', async () => {
    const path = at(chapterPath(reader.id, readerChapter.n));
    await page.setViewportSize(DESKTOP);
    await page.goto(path);
    const details = page.locator('details.on-page');
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(true);
    expect(await page.locator('details.on-page nav').isVisible()).toBe(true);

    // It stays in view beside the text as the reader scrolls down.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await page.locator('details.on-page').evaluate((element) => element.getBoundingClientRect().top)).toBeCloseTo(16, -1);

    await page.setViewportSize(PHONE);
    await page.goto(path);
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
    await page.locator('details.on-page summary').click();
    await page.locator(`details.on-page a[href="#${sharedSection.anchor}"]`).click();
    await page.waitForURL(`${path}#${sharedSection.anchor}`);
    expect(await details.evaluate((element: HTMLDetailsElement) => element.open)).toBe(false);
  });
});

test('the catalogue’s filter shows the plans of one province, and says how many', async () => {
  const province = provinceOf(reader.region);
  if (!province) return;
  await page.setViewportSize(PHONE);
  await page.goto(at(CATALOGUE_PATH));
  const cards = page.locator('.card:visible');
  expect(await cards.count()).toBe(plans.length);
  await page.getByLabel('地区').selectOption(province);
  const shown = plans.filter((plan) => provinceOf(plan.region) === province);
  expect(await cards.count()).toBe(shown.length);
  expect(await page.locator('.filter output').innerText()).toBe(`显示 ${shown.length} 个规划`);
  expect(await page.locator('.card:visible h3').allInnerTexts()).toEqual(expect.arrayContaining(shown.map((plan) => plan.title)));
});

describe('sharing', () => {
  const sectionPath = () => chapterPath(reader.id, readerChapter.n);
  const sectionUrl = () => `${published(sectionPath())}#${sharedSection.anchor}`;
  /** The item `name` of the place's share menu, opened by its one "分享" button. */
  const controlOf = async (target: Page, anchor: string, name: string) => {
    await target.locator(`[id="${anchor}"] .tools`).first().getByRole('button', { name: '分享', exact: true }).click();
    return target.locator('#share-menu').getByRole('button', { name, exact: true });
  };

  test('"复制链接" copies the section’s absolute URL and confirms it', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(sectionPath()));
    await (await controlOf(page, sharedSection.anchor, '复制链接')).click();
    await expect.poll(() => page.locator('.toast').innerText()).toBe('已复制链接');
    expect(await page.locator('.toast').isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sectionUrl());
  });

  test('"复制引用" copies the citation and the URL', async () => {
    await page.goto(at(sectionPath()));
    await (await controlOf(page, sharedSection.anchor, '复制引用')).click();
    await expect.poll(() => page.locator('.toast').innerText()).toBe('已复制引用');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      citationWithUrl(citation(reader.title, sectionLocator(chapterLabels(reader, readerChapter), sharedSection)), sectionUrl()),
    );
  });

  test('a numbered paragraph can be cited on its own', async () => {
    if (!numbered) return;
    const { plan, chapter, section, paragraph } = numbered;
    await page.goto(at(chapterPath(plan.id, chapter.n)));
    await (await controlOf(page, paragraph.anchor, '复制引用')).click();
    await expect.poll(() => page.locator('.toast').innerText()).toBe('已复制引用');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      citationWithUrl(
        citation(plan.title, paragraphLocator(chapterLabels(plan, chapter), section, paragraph)),
        `${published(chapterPath(plan.id, chapter.n))}#${paragraph.anchor}`,
      ),
    );
  });

  test('the issue’s example: （五） of 二、 in 第三部分 of the Zhangye plan', async () => {
    const zhangye = plans.find((plan) => plan.id === 'zhangye-2026-2030');
    if (!zhangye) return;
    await page.goto(at('/plans/zhangye-2026-2030/3/'));
    await (await controlOf(page, 's2-p2', '复制引用')).click();
    await expect.poll(() => page.locator('.toast').innerText()).toBe('已复制引用');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《张掖市“十五五”教育发展规划》第三部分 二、（五） ${published('/plans/zhangye-2026-2030/3/')}#s2-p2`,
    );
  });

  test('without the Clipboard API, the link is copied through the selection, and confirmed', async () => {
    const bare = await chromium.context.newPage();
    try {
      await bare.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
        const execCommand = document.execCommand.bind(document);
        document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
          (window as unknown as { copied: string }).copied = String(document.getSelection());
          return execCommand(command, ...rest);
        };
      });
      await bare.setViewportSize(PHONE);
      await bare.goto(at(sectionPath()));
      expect(await bare.evaluate(() => navigator.clipboard)).toBeUndefined();
      await (await controlOf(bare, sharedSection.anchor, '复制链接')).click();
      await expect.poll(() => bare.locator('.toast').innerText()).toBe('已复制链接');
      expect(await bare.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(sectionUrl());
      // The system clipboard got it: another page, with the API, reads it back.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sectionUrl());
    } finally {
      await bare.close();
    }
  });

  test('where nothing can copy, the link is shown selected for the reader to copy by hand', async () => {
    const bare = await chromium.context.newPage();
    try {
      await bare.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
        document.execCommand = () => false;
      });
      await bare.goto(at(sectionPath()));
      await (await controlOf(bare, sharedSection.anchor, '复制链接')).click();
      const field = bare.locator('.toast input');
      expect(await field.inputValue()).toBe(sectionUrl());
      expect(
        await field.evaluate((input: HTMLInputElement) => document.activeElement === input && input.selectionEnd === input.value.length),
      ).toBe(true);
      await bare.locator('.toast').getByRole('button', { name: '关闭' }).click();
      expect(await bare.locator('.toast input').count()).toBe(0);
    } finally {
      await bare.close();
    }
  });

  test('where the browser has the Web Share API, "系统分享" shares the section’s URL', async () => {
    const sharing = await chromium.context.newPage();
    try {
      await sharing.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', {
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
            return Promise.resolve();
          },
          configurable: true,
        });
      });
      await sharing.goto(at(sectionPath()));
      await (await controlOf(sharing, sharedSection.anchor, '系统分享')).click();
      expect(await sharing.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(sectionUrl());
    } finally {
      await sharing.close();
    }
    // Without the API there is no such control.
    await page.goto(at(sectionPath()));
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(await page.locator('#share-menu').getByRole('button', { name: '系统分享', exact: true, includeHidden: true }).count()).toBe(0);
  });

  test.each([
    { name: 'a chapter', path: () => chapterPath(reader.id, readerChapter.n) },
    { name: 'a cover', path: () => planPath(reader.id) },
  ])('$name has one share control per unit, and its menu closes with Escape', async ({ path }) => {
    await page.setViewportSize(PHONE);
    await page.goto(at(path()));
    const perUnit = await page
      .locator('[data-cite]')
      .evaluateAll((units) =>
        units.map((unit) => [...unit.querySelectorAll('.share-button')].filter((button) => button.closest('[data-cite]') === unit).length),
      );
    expect(perUnit.length).toBeGreaterThan(0);
    expect(perUnit).toEqual(perUnit.map(() => 1));
    expect(await page.locator('.tools button:not(.share-button)').count(), 'no other control beside them').toBe(0);
    const button = page.locator('.share-button').first();
    await button.click();
    // The menu's module loads on the first press.
    await page.locator('#share-menu').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#share-menu img.qr').evaluate((img: HTMLImageElement) => img.decode());
    expect(await axeViolations(page), 'axe, the menu open').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#share-menu').isVisible()).toBe(false);
    expect(await button.evaluate((element) => document.activeElement === element)).toBe(true);
  });

  test.each(['light', 'dark'] as const)(
    'the chapter’s QR code, an image as rendered in the %s scheme, scans to the chapter’s configured URL',
    async (colorScheme) => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme });
      await page.goto(at(chapterPath(reader.id, readerChapter.n)));
      const qr = page.locator('.share img.qr');
      await qr.scrollIntoViewIfNeeded();
      await qr.evaluate((img: HTMLImageElement) => img.decode());
      expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      const png = PNG.sync.read(await qr.screenshot());
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(published(chapterPath(reader.id, readerChapter.n)));
      await page.emulateMedia({ colorScheme: 'light' });
    },
  );

  test('the share menu of a cover shows the cover’s QR code, which scans to the cover’s configured URL', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(at(planPath(reader.id)));
    await page.locator('.share-button').first().click();
    const qr = page.locator('#share-menu img.qr');
    await qr.evaluate((img: HTMLImageElement) => img.decode());
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(published(planPath(reader.id)));
  });
});

describe('layout', () => {
  const pages = [
    ...pageOfEachKind(distDir).map(({ kind, path }) => ({ name: `${kind} (${path})`, path })),
    ...plans.flatMap((plan) =>
      plan.tables.map((table) => ({
        name: `${plan.id} chapter ${table.chapter}, with ${table.anchor}`,
        path: pagePath(plan.id, table.chapter),
      })),
    ),
  ];

  test.each(pages)(`at ${SMALL_PHONE.width} px, $name does not scroll sideways`, async ({ path }) => {
    await page.setViewportSize(SMALL_PHONE);
    await page.goto(at(path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALL_PHONE.width);
  });

  const indicatorTables = plans.flatMap((plan) =>
    plan.tables.filter((table) => table.kind === 'indicator').map((table) => ({ name: `${plan.id} ${table.anchor}`, plan, table })),
  );
  test.each(indicatorTables)(
    `at ${PHONE.width} px, every row of $name shows its target in view, without sideways scroll`,
    async ({ plan, table }) => {
      await page.setViewportSize(PHONE);
      await page.goto(at(pagePath(plan.id, table.chapter)));
      const targets = page.locator(`[id="${table.anchor}"] .indicator-card .card-target`);
      const shown = await targets.evaluateAll((cells) =>
        cells.map((cell) => {
          const box = cell.getBoundingClientRect();
          return { text: cell.textContent ?? '', inView: box.width > 0 && box.left >= 0 && box.right <= window.innerWidth };
        }),
      );
      expect(shown.map((cell) => cell.inView)).toEqual(table.indicators.map(() => true));
      table.indicators.forEach((indicator, i) => expect(shown[i]!.text).toContain(indicator.target?.raw ?? '—'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await page.locator(`[id="${table.anchor}"] table`).evaluate((element) => element.closest('[aria-hidden="true"]'))).toBeNull();
    },
  );

  test(`at ${PHONE.width} px, a task list reads as a list: nothing to scroll, every cell in view`, async () => {
    if (!taskList) return;
    await page.setViewportSize(PHONE);
    await page.goto(at(pagePath(taskList.plan.id, taskList.table.chapter)));
    const table = page.locator(`[id="${taskList.table.anchor}"]`);
    expect(await table.locator('.table-scroll').evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const outside = await table
      .locator('td, tbody th')
      .evaluateAll((cells) => cells.filter((cell) => cell.getBoundingClientRect().right > window.innerWidth).length);
    expect(outside).toBe(0);
    expect(
      await table
        .locator('td[data-label]')
        .first()
        .evaluate((cell) => getComputedStyle(cell, '::before').content),
    ).toMatch(/：/);
  });

  test('printed, a chapter shows its text, tables and columns whole, without navigation or controls', async () => {
    const withTable = widest;
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(at(pagePath(withTable.plan.id, withTable.table.chapter)));
      for (const selector of ['.site-header', '.breadcrumbs', '.on-page', '.share', '.pager', '.chapter-list', '.tools']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const box = page.locator(`[id="${withTable.table.anchor}"] .table-scroll`);
      expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
      expect(await page.locator('article').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('printed, a chapter names its plan, issuer and URL, on its first page and at the head of every page', async () => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(at(chapterPath(reader.id, readerChapter.n)));
      const line = page.locator('.print-source');
      expect(await line.isVisible()).toBe(true);
      const text = await line.innerText();
      expect(text).toContain(`《${reader.title}》`);
      if (reader.issuer) expect(text).toContain(reader.issuer);
      expect(text).toContain(published(chapterPath(reader.id, readerChapter.n)));
      expect(await page.locator('style').evaluateAll((styles) => styles.map((style) => style.textContent ?? '').join(''))).toContain(
        `@top-left { content: "${text}"`,
      );
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(at(chapterPath(reader.id, readerChapter.n)));
    expect(await page.locator('.print-source').isVisible()).toBe(false);
  });

  test('the whole-plan page holds every chapter, and its PDF, linked from the cover, is a PDF', async () => {
    await page.goto(at(planPath(reader.id)));
    await page.getByRole('link', { name: '全文一页（可打印、离线阅读）' }).click();
    await page.waitForURL(at(wholePlanPath(reader.id)));
    expect(await page.locator('.whole-chapter > h2').allInnerTexts()).toEqual(
      reader.chapters.map((chapter) => numberedTitle(chapter.number, chapter.title)),
    );
    await page.goto(at(planPath(reader.id)));
    const pdf = page.getByRole('link', { name: '下载 PDF' });
    if ((await pdf.count()) === 0) return;
    expect(await pdf.getAttribute('href')).toBe(wholePlanPdfPath(reader.id));
    const response = await page.request.get(at(wholePlanPdfPath(reader.id)));
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('the keyboard focus is visible on links and controls', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(at(chapterPath(reader.id, readerChapter.n)));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { text: element.textContent, outline: getComputedStyle(element).outlineStyle, left: element.getBoundingClientRect().left };
    });
    expect(skip).toMatchObject({ text: '跳到正文', outline: 'solid' });
    expect(skip.left).toBeGreaterThanOrEqual(0);
    await page.locator(`[id="${sharedSection.anchor}"] .tools button`).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
  });
});
