/**
 * Which server closes deserve words of their own on the board, beyond the connection chip:
 * the ones where the user should know what happened to their edits.
 */
import { CloseCode } from '@samkarta/shared';

export const closeProblems = ['storage', 'unavailable', 'boardFull', 'busy'] as const;
export type CloseProblem = (typeof closeProblems)[number];

const problemOfCode: ReadonlyMap<number, CloseProblem> = new Map([
  [CloseCode.storageFailed, 'storage'],
  [CloseCode.roomUnavailable, 'unavailable'],
  [CloseCode.documentTooLarge, 'boardFull'],
  [CloseCode.tryAgainLater, 'busy'],
]);

export function closeProblem(code: number): CloseProblem | null {
  return problemOfCode.get(code) ?? null;
}
