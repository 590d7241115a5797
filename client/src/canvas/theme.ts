/** Drawing constants shared by the canvas and the HTML overlays that must match it. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const INK = '#1f2933';
export const MUTED_INK = 'rgba(31, 41, 51, 0.5)';
export const ACCENT = '#2563eb';

export const shadow = {
  shadowColor: '#0f172a',
  shadowBlur: 10,
  shadowOpacity: 0.14,
  shadowOffsetX: 0,
  shadowOffsetY: 3,
  shadowForStrokeEnabled: false,
} as const;
