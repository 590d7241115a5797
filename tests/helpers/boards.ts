/**
 * Boards for the tests. Every websocket needs a token of the board's workshop, so a test names
 * its boards ('converge', 'crash') and the first use of a name on a data folder creates a lone
 * board through POST /api/boards; later uses, on this server or one restarted on the same
 * folder, get the same room and facilitator token. Servers are found by their websocket URL,
 * so `createClient(server.wsUrl, 'name')` reads as it did before tokens.
 */

export interface BoardAccess {
  /** The board's room name (its id). */
  room: string;
  /** Its facilitator token: read-write on the board. */
  token: string;
  workshopId: string;
}

const servers = new Map<string, { url: string; dataDir: string }>();
const boards = new Map<string, Promise<BoardAccess>>();

/** Done by startTestServer and spawnServer. */
export function registerServer(wsUrl: string, url: string, dataDir: string): void {
  servers.set(wsUrl, { url, dataDir });
}

/** POST /api/boards: a lone board with its facilitator token. */
export async function createBoard(url: string, title = ''): Promise<BoardAccess> {
  const response = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { id: string; token: string; workshopId: string };
  return { room: body.id, token: body.token, workshopId: body.workshopId };
}

/** The board a test calls `name` on the server at wsUrl, created on first use. */
export function boardNamed(wsUrl: string, name: string): Promise<BoardAccess> {
  const server = servers.get(wsUrl);
  if (server === undefined) throw new Error(`no test server registered at ${wsUrl}`);
  const key = `${server.dataDir}\u0000${name}`;
  let board = boards.get(key);
  if (board === undefined) {
    board = createBoard(server.url, name);
    boards.set(key, board);
  }
  return board;
}

/** The room of a named board, for tests that look into SQLite or hold a room's load. */
export async function roomOf(wsUrl: string, name: string): Promise<string> {
  return (await boardNamed(wsUrl, name)).room;
}

/** ws://…/yjs/<room>?token=… */
export function boardSocketUrl(wsUrl: string, board: Pick<BoardAccess, 'room' | 'token'>): string {
  return `${wsUrl}/${board.room}?token=${encodeURIComponent(board.token)}`;
}
