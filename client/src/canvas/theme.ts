/** Drawing constants shared by the canvas and the HTML overlays that must match it. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const INK = '#1f2933';
export const MUTED_INK = 'rgba(31, 41, 51, 0.5)';
export const ACCENT = '#2563eb';
/** The board behind the elements (the page's --canvas colour): what an opaque export is painted on. */
export const BOARD_BACKGROUND = '#f6f7f9';

export const ZONE_FILL = 'rgba(99, 115, 129, 0.06)';
export const ZONE_STROKE = 'rgba(99, 115, 129, 0.4)';
export const CONNECTOR_WIDTH = 2.5;
/** A connector's arrowhead: length along the line and width across it. */
export const ARROWHEAD = { length: 12, width: 11 } as const;

export const shadow = {
  shadowColor: '#0f172a',
  shadowBlur: 10,
  shadowOpacity: 0.14,
  shadowOffsetX: 0,
  shadowOffsetY: 3,
  shadowForStrokeEnabled: false,
} as const;
