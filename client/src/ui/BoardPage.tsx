import { ROOM_NAME_PATTERN } from '@samkarta/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { fetchBoard } from '../api/boards';
import { EditorContext, PresenceContext } from '../editor/EditorContext';
import { BoardOutline } from './BoardOutline';
import { BoardSurface } from './BoardSurface';
import { BoardTitle } from './BoardTitle';
import { openBoardSession, type BoardSession } from './boardSession';
import { ConnectorPanel } from './ConnectorPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceBar } from './PresenceBar';
import { StatusChips } from './StatusChips';
import { Toolbar } from './Toolbar';
import { ToolHint } from './ToolHint';
import { ZoomControls } from './ZoomControls';

type Existence = 'checking' | 'missing' | 'open';

/**
 * /b/:boardId. A board id nobody created is refused before connecting, so a typo in a link
 * does not quietly start an empty map. If the check itself fails, the board opens anyway:
 * the connection state will tell what is wrong.
 */
export function BoardPage({ boardId }: { boardId: string }) {
  const valid = ROOM_NAME_PATTERN.test(boardId);
  const [existence, setExistence] = useState<Existence>('checking');
  useEffect(() => {
    if (!valid) return;
    let current = true;
    setExistence('checking');
    void fetchBoard(boardId).then((result) => {
      if (current) setExistence(result.ok && result.value === null ? 'missing' : 'open');
    });
    return () => {
      current = false;
    };
  }, [boardId, valid]);

  if (!valid || existence === 'missing') return <BoardMissing />;
  if (existence === 'checking') return <BoardLoading />;
  return <OpenBoard boardId={boardId} />;
}

function BoardMissing() {
  const { t } = useTranslation();
  return (
    <main className="page-center">
      <div className="card">
        <p role="alert" data-testid="board-error">{t('errors.boardNotFound')}</p>
        <Link href="/" className="button primary">{t('board.home')}</Link>
      </div>
    </main>
  );
}

function BoardLoading() {
  const { t } = useTranslation();
  return <main className="page-center" aria-busy="true"><p className="muted">{t('board.opening')}</p></main>;
}

function OpenBoard({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [session, setSession] = useState<BoardSession | null>(null);
  const [size, setSize] = useState({ width: window.innerWidth, height: window.innerHeight });
  useEffect(() => {
    const opened = openBoardSession(boardId);
    setSession(opened);
    return () => {
      opened.destroy();
      setSession(null);
    };
  }, [boardId]);
  if (!session) return <BoardLoading />;
  return (
    <EditorContext.Provider value={session.editor}>
      <PresenceContext.Provider value={session.presence}>
        <main className="board-page">
          <BoardSurface onResize={setSize} />
          <header className="top-bar">
            <div className="top-left panel">
              <Link href="/" className="logo" title={t('board.home')} data-testid="home-link">S</Link>
              <BoardTitle />
            </div>
            <div className="top-right">
              <PresenceBar identity={session.identity} onRename={session.rename} />
              <StatusChips connection={session.connection} />
              <LanguageSwitch />
            </div>
          </header>
          <ConnectorPanel />
          <ToolHint />
          <Toolbar />
          <ZoomControls width={size.width} height={size.height} />
          <BoardOutline />
        </main>
      </PresenceContext.Provider>
    </EditorContext.Provider>
  );
}
