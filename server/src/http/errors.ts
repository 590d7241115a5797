/** The API's error body: { error } with a message a person can act on. */
export interface ErrorBody {
  error: string;
}

export const errorBodySchema = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;

/** The request path without its query string: queries will carry tokens and are never logged. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
