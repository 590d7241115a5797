/** What a voted-for element is called in a label or a result list: its text, or its actor's name. */
import type { BoardElement } from '@samkarta/shared';

export function elementName(element: BoardElement | undefined): string {
  if (!element) return '';
  if (element.kind === 'actor') return element.label.trim();
  return 'text' in element ? element.text.trim() : '';
}
