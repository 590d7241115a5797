/**
 * Cross-site websocket hijacking guard: a browser always sends Origin, so a page on another
 * site cannot open a board with a token it stole from a link. Clients that are not browsers
 * send no Origin and are let through: they hold the token themselves.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, publicOrigins: readonly string[]): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  // No configured origins: the page must come from the host the request was sent to.
  if (publicOrigins.length === 0) return host !== undefined && parsed.host === host.toLowerCase();
  return publicOrigins.includes(parsed.origin);
}
