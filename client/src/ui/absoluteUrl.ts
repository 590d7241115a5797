/** A path of this site as the full address people type or scan from another device. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}
