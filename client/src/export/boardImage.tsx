/**
 * The board, or the selection, as an SVG or PNG file. Both come from one drawing (BoardSvg
 * with text laid out by Konva), so they show the same thing: the PNG is the SVG painted on a
 * canvas at twice the size, never the on-screen canvas, which draws only what is in view.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { BoardElement, Localized } from '@samkarta/shared';
import { elementsBounds, type Rect } from '../board/geometry';
import { BOARD_BACKGROUND } from '../canvas/theme';
import { BoardSvg } from '../svg/BoardSvg';
import { konvaTextLayout } from '../svg/konvaTextLayout';

/** Room around the content, in board units. */
const PADDING = 32;
/** The exports' pixel ratio: sharp on high-density screens and in print. */
export const PNG_PIXEL_RATIO = 2;
/**
 * Browsers refuse canvases much larger than this (Chromium: 16,384 px a side), so a huge
 * board is exported at a lower ratio rather than not at all.
 */
const MAX_PNG_SIDE = 16_384;
const MAX_PNG_AREA = 120_000_000;

export interface ImageOptions {
  /** No background painted: the PNG is transparent around and between the elements. */
  transparent: boolean;
  localize: (name: Localized) => string;
}

export function exportView(elements: readonly BoardElement[]): Rect {
  const bounds = elementsBounds(elements) ?? { x: 0, y: 0, w: 0, h: 0 };
  return { x: Math.floor(bounds.x - PADDING), y: Math.floor(bounds.y - PADDING), w: Math.ceil(bounds.w + 2 * PADDING), h: Math.ceil(bounds.h + 2 * PADDING) };
}

export function boardSvgText(elements: readonly BoardElement[], options: ImageOptions, scale = 1): string {
  const view = exportView(elements);
  const markup = renderToStaticMarkup(
    <BoardSvg
      elements={elements}
      view={view}
      text={{ layout: konvaTextLayout, localize: options.localize }}
      {...(options.transparent ? {} : { background: BOARD_BACKGROUND })}
      size={{ width: Math.round(view.w * scale), height: Math.round(view.h * scale) }}
    />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

export function pngScale(view: Rect): number {
  return Math.min(PNG_PIXEL_RATIO, MAX_PNG_SIDE / view.w, MAX_PNG_SIDE / view.h, Math.sqrt(MAX_PNG_AREA / (view.w * view.h)));
}

export async function boardPng(elements: readonly BoardElement[], options: ImageOptions): Promise<Blob> {
  const scale = pngScale(exportView(elements));
  const svg = new Blob([boardSvgText(elements, options, scale)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
