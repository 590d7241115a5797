import { ROOM_NAME_PATTERN } from '@samkarta/shared';
import { useDeferredValue, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApiError, BoardInfo } from '../api/boards';
import { useMarkWhenDrawn } from '../canvas/drawnMark';
import { BoardControl } from '../control/BoardControl';
import { EditorContext, PresenceContext } from '../editor/EditorContext';
import { AddCardSheet } from './AddCardSheet';
import { BoardSurface } from './BoardSurface';
import { BoardTitle } from './BoardTitle';
import { abandonOpening, checkBoard, takeConnection, type BoardCheck } from './boardOpening';
import { tokenFromFragment } from '../sync/boardToken';
import { openBoardSession, type BoardSession } from './boardSession';
import type { BoardConnection } from '../sync/BoardConnection';
import { ConnectorPanel } from './ConnectorPanel';
import { ExportMenu } from './ExportMenu';
import { FollowBanner } from './FollowBanner';
import { HistoryControls } from './HistoryControls';
import { LanguageSwitch } from './LanguageSwitch';
import { ListView } from './ListView';
import { ListViewToggle } from './ListViewToggle';
import { PresenceBar } from './PresenceBar';
import { ShortcutHelp } from './ShortcutHelp';
import { StatusChips } from './StatusChips';
import { UnreadableNotice } from './UnreadableNotice';
import { Toolbar } from './Toolbar';
import { ToolHint } from './ToolHint';
import { ZoomControls } from './ZoomControls';
import { VotingLayer } from '../voting/VotingLayer';

/**
 * /b/:boardId#t=<token>. A board id nobody created, or a link without its token, is refused
 * before connecting, so a typo in a link does not quietly start an empty map. If the check
 * itself fails, the board opens anyway: the connection state will tell what is wrong.
 */
export function BoardPage({ boardId }: { boardId: string }) {
  const valid = ROOM_NAME_PATTERN.test(boardId);
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [check, setCheck] = useState<BoardCheck | null>(null);
  useEffect(() => {
    if (!valid || token === null) return;
    let current = true;
    setCheck(null);
    void checkBoard(boardId, token).then((result) => {
      if (current) setCheck(result);
    });
    return () => {
      current = false;
      abandonOpening(boardId, token);
    };
  }, [boardId, valid, token]);

  if (!valid || check?.state === 'missing') return <BoardMissing />;
  if (token === null) return <BoardMissing message="workshop.missingToken" />;
  if (check?.state === 'denied') return <BoardMissing error={check.error} />;
  if (check === null) return <BoardLoading />;
  return <OpenBoard boardId={boardId} token={token} board={check.board} />;
}

function BoardMissing({ message = 'errors.boardNotFound', error }: { message?: ApiError['key']; error?: ApiError }) {
  const { t } = useTranslation();
  return (
    <main className="page-center">
      <div className="card">
        <p role="alert" data-testid="board-error">{error ? t(error.key, error.params) : t(message)}</p>
        <Link href="/" className="button primary">{t('board.home')}</Link>
      </div>
    </main>
  );
}

function BoardLoading() {
  const { t } = useTranslation();
  return <main className="page-center" aria-busy="true"><p className="muted">{t('board.opening')}</p></main>;
}

function OpenBoard({ boardId, token, board }: { boardId: string; token: string; board: BoardInfo | null }) {
  const [session, setSession] = useState<BoardSession | null>(null);
  // A layout effect, so that the board replaces "Öppnar…" before the browser paints that.
  useLayoutEffect(() => {
    const opened = openBoardSession(boardId, token, takeConnection(boardId, token));
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [boardId, token]);
  if (!session) return <BoardLoading />;
  return <BoardView session={session} boardId={boardId} token={token} board={board} />;
}

function BoardView({ session, boardId, token, board }: { session: BoardSession; boardId: string; token: string; board: BoardInfo | null }) {
  // The board is drawn first and the controls around it in a background render right after,
  // which React interrupts for input and the browser for painting: on a board that has
  // arrived already, mounting them all in the same render held up its first paint.
  const controls = useDeferredValue(true, false);
  return (
    <EditorContext.Provider value={session.editor}>
      <PresenceContext.Provider value={session.presence}>
        <main className="board-page">
          <BoardSurface />
          <DrawnMark connection={session.connection} />
          {controls && <BoardControls session={session} boardId={boardId} token={token} board={board} />}
        </main>
      </PresenceContext.Provider>
    </EditorContext.Provider>
  );
}

/** Everything on the board page around the board itself. */
function BoardControls({ session, boardId, token, board }: { session: BoardSession; boardId: string; token: string; board: BoardInfo | null }) {
  const { t } = useTranslation();
  return (
    <>
      <VotingLayer />
      <header className="top-bar">
        <div className="top-left panel">
          <Link href="/" className="logo" title={t('board.home')} data-testid="home-link">S</Link>
          <BoardTitle />
          <ListViewToggle />
        </div>
        <div className="top-right">
          <PresenceBar identity={session.identity} onRename={session.rename} follower={session.follower} />
          <StatusChips connection={session.connection} />
          <UnreadableNotice />
          <ExportMenu />
          <LanguageSwitch />
        </div>
      </header>
      <FollowBanner follower={session.follower} />
      {board?.workshopId && (
        <BoardControl workshopId={board.workshopId} token={token} boardId={boardId} facilitator={board.role === 'facilitator'} />
      )}
      <ConnectorPanel />
      <ToolHint />
      <Toolbar />
      <HistoryControls />
      <ZoomControls />
      <AddCardSheet />
      <ShortcutHelp />
      <ListView />
    </>
  );
}

/** Marks the board drawn (canvas/drawnMark.ts) after the commit that shows it synced; a sibling after the canvas. */
function DrawnMark({ connection }: { connection: BoardConnection }) {
  useMarkWhenDrawn(useSyncExternalStore(connection.subscribe, () => connection.getSnapshot().synced));
  return null;
}
