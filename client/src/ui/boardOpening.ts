/**
 * Opening a board starts before its editor does. The page's first script checks the link and,
 * once the server knows the board and the token, connects: the server loads the room and sends
 * it while the editor's code (Konva, the tools) is still loading and compiling. The editor
 * then takes the connection over. In-app navigation to a board goes the same way, only later.
 */
import { ROOM_NAME_PATTERN } from '@samkarta/shared';
import { fetchBoard, type ApiError, type BoardInfo } from '../api/boards';
import { tokenFromFragment } from '../sync/boardToken';
import { BoardConnection, websocketBase } from '../sync/BoardConnection';

export type BoardCheck = { state: 'missing' } | { state: 'denied'; error: ApiError } | { state: 'open'; board: BoardInfo | null };

interface Opening {
  boardId: string;
  token: string;
  check: Promise<BoardCheck>;
  /** Set once the check lets the board open. */
  connection: BoardConnection | null;
  discarded: boolean;
}

let opening: Opening | null = null;

/** A refusal of the token (401, 403) is final; other failures leave it to the connection. */
function isRefusal(error: ApiError): boolean {
  const status = error.params?.['status'];
  return status === 401 || status === 403;
}

/**
 * The check of this board's link, started now unless it already is. If the check itself
 * fails, the board opens anyway: the connection state will tell what is wrong.
 */
export function checkBoard(boardId: string, token: string): Promise<BoardCheck> {
  if (opening?.boardId === boardId && opening.token === token) return opening.check;
  discardOpening();
  const started: Opening = { boardId, token, check: Promise.resolve({ state: 'missing' }), connection: null, discarded: false };
  started.check = fetchBoard(boardId, token).then((result): BoardCheck => {
    const check: BoardCheck = !result.ok
      ? isRefusal(result.error) ? { state: 'denied', error: result.error } : { state: 'open', board: null }
      : result.value === null ? { state: 'missing' } : { state: 'open', board: result.value };
    if (check.state === 'open' && !started.discarded) {
      started.connection = new BoardConnection(boardId, websocketBase(window.location), token);
    }
    return check;
  });
  opening = started;
  return started.check;
}

/** For the page's first script: starts opening the board the address names; false if it names none. */
export function checkBoardInLocation(location: { pathname: string; hash: string }): boolean {
  const boardId = /^\/b\/([^/]+)$/.exec(location.pathname)?.[1];
  const token = tokenFromFragment(location.hash);
  if (boardId === undefined || !ROOM_NAME_PATTERN.test(boardId) || token === null) return false;
  void checkBoard(boardId, token);
  return true;
}

/**
 * The connection opened for this board and token, handed over once; null if there is none.
 * The opening ends here, so the next visit to the board checks its link again.
 */
export function takeConnection(boardId: string, token: string): BoardConnection | null {
  if (opening?.boardId !== boardId || opening.token !== token) return null;
  const { connection } = opening;
  opening = null;
  return connection;
}

/** The board page goes without having taken its connection (the person left at once): none stays open. */
export function abandonOpening(boardId: string, token: string): void {
  if (opening?.boardId === boardId && opening.token === token) discardOpening();
}

function discardOpening(): void {
  if (!opening) return;
  opening.discarded = true;
  opening.connection?.destroy();
  opening = null;
}
