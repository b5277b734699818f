/** The PNGs drawn for a cover or chapter page: its link preview and its QR code, by name. */
import { ogFooter, type OgCard } from './og-card.ts';
import { ogCardPng } from './og-png.ts';
import { qrPng } from './qr-png.ts';
import { numberedTitle } from './labels.ts';
import type { Chapter, Plan } from './plan-schema.ts';

export const PAGE_IMAGES = ['og', 'qr'] as const;
export type PageImage = (typeof PAGE_IMAGES)[number];

export function ogCardOf(plan: Plan, chapter: Chapter | null): OgCard {
  return { planTitle: plan.title, chapter: chapter && numberedTitle(chapter.number, chapter.title), footer: ogFooter(plan) };
}

/** The image `image` of the page at `url` (absolute), showing `card`. */
export function drawPageImage(image: PageImage, url: string, card: OgCard): Buffer {
  return image === 'qr' ? qrPng(url) : ogCardPng(card);
}
