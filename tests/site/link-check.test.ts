import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { brokenLinks, pageLinks, type PageLinks } from './link-check.ts';

const page = (html: string): PageLinks => pageLinks(fromHtml(html));

describe('brokenLinks', () => {
  const pages = new Map([
    ['/', page('<a href="/plans/zhangye-2026-2030/1/#s2">发展环境</a><a href="/data/plans.json">开放数据</a>')],
    ['/plans/zhangye-2026-2030/1/', page('<section id="s2"><h2>二、发展环境</h2></section><a href="../../../">目录</a>')],
  ]);
  const files = new Set(['/data/plans.json']);

  test('accepts links to existing pages, anchors and files, relative or absolute', () => {
    expect(brokenLinks(pages, files)).toEqual([]);
  });

  test('reports a missing page, a missing anchor and a path without its trailing slash', () => {
    const broken = new Map([
      ...pages,
      [
        '/bad/',
        page(
          '<a href="/plans/dongli-2021-2025/">东丽</a><a href="/plans/zhangye-2026-2030/1/#s9">?</a><a href="/plans/zhangye-2026-2030/1">无斜杠</a>',
        ),
      ],
    ]);
    expect(brokenLinks(broken, files)).toEqual([
      '/bad/ → /plans/dongli-2021-2025/: no such page or file',
      '/bad/ → /plans/zhangye-2026-2030/1/#s9: no such anchor',
      '/bad/ → /plans/zhangye-2026-2030/1: no such page or file',
    ]);
  });

  test('checks absolute links to the site’s own origin, such as canonical URLs', () => {
    const absolute = new Map([
      ...pages,
      [
        '/plans/zhangye-2026-2030/',
        page(
          '<link rel="canonical" href="https://planpress.example.org/plans/zhangye-2026-2030/"><a href="https://planpress.example.org/plans/zhangye-2026-2030/9/">?</a>',
        ),
      ],
    ]);
    expect(brokenLinks(absolute, files, 'https://planpress.example.org')).toEqual([
      '/plans/zhangye-2026-2030/ → https://planpress.example.org/plans/zhangye-2026-2030/9/: no such page or file',
    ]);
  });

  test('leaves links to other sites alone', () => {
    const external = new Map([
      ['/', page('<a href="https://www.moe.gov.cn/">教育部</a><link rel="canonical" href="https://planpress.example.org/">')],
    ]);
    expect(brokenLinks(external, new Set())).toEqual([]);
  });
});
