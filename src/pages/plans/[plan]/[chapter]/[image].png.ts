/** A chapter's link preview (`og.png`) and QR code (`qr.png`), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePlans } from '../../../../content.ts';
import { drawPageImage, ogCardOf, PAGE_IMAGES, type PageImage } from '../../../../lib/page-images.ts';
import { chapterPath } from '../../../../lib/paths.ts';
import type { Chapter, Plan } from '../../../../lib/plan-schema.ts';

export const getStaticPaths = (() =>
  pagePlans.flatMap((plan) =>
    plan.chapters.flatMap((chapter) =>
      PAGE_IMAGES.map((image) => ({ params: { plan: plan.id, chapter: String(chapter.n), image }, props: { plan, chapter, image } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; chapter: Chapter; image: PageImage }> = ({ props, site }) => {
  const url = new URL(chapterPath(props.plan.id, props.chapter.n), site).href;
  return new Response(new Uint8Array(drawPageImage(props.image, url, ogCardOf(props.plan, props.chapter))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
