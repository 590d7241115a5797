/**
 * A board's token travels in the link's fragment (`/b/<room>#t=<token>`): a fragment never
 * reaches the server's logs or another site's Referer header.
 */
import { TOKEN_PATTERN } from '@samkarta/shared';

export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token !== null && TOKEN_PATTERN.test(token) ? token : null;
}

export function withToken(path: string, token: string): string {
  return `${path}#t=${token}`;
}
