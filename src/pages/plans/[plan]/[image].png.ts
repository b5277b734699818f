/** A cover's link preview (`og.png`) and QR code (`qr.png`), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pagePlans } from '../../../content.ts';
import { drawPageImage, ogCardOf, PAGE_IMAGES, type PageImage } from '../../../lib/page-images.ts';
import { planPath } from '../../../lib/paths.ts';
import type { Plan } from '../../../lib/plan-schema.ts';

export const getStaticPaths = (() =>
  pagePlans.flatMap((plan) =>
    PAGE_IMAGES.map((image) => ({ params: { plan: plan.id, image }, props: { plan, image } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; image: PageImage }> = ({ props, site }) => {
  const url = new URL(planPath(props.plan.id), site).href;
  return new Response(new Uint8Array(drawPageImage(props.image, url, ogCardOf(props.plan, null))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
