import { useEffect, useState } from 'react';
import { Route, Switch } from 'wouter';
import { JoinPage } from './ui/JoinPage';
import { StartPage } from './ui/StartPage';
import { WorkshopPage } from './ui/WorkshopPage';

// The board brings Konva, Yjs and the schema; the start page should not wait for them.
type BoardPageModule = typeof import('./ui/BoardPage');
let boardPageModule: BoardPageModule | null = null;
const loadBoardPage = () => import('./ui/BoardPage').then((module) => (boardPageModule = module));

/** For the page's first script, when the address names a board: its code starts loading at once. */
export function preloadBoardPage(): void {
  void loadBoardPage();
}

/**
 * The board page once its code is there. Not React.lazy with Suspense: React reveals content
 * that suspended no sooner than 300 ms after its fallback appeared, which held up every
 * board's first paint by that much.
 */
function BoardRoute({ boardId }: { boardId: string }) {
  const [module, setModule] = useState(boardPageModule);
  useEffect(() => {
    if (module) return;
    let current = true;
    void loadBoardPage().then((loaded) => {
      if (current) setModule(loaded);
    });
    return () => {
      current = false;
    };
  }, [module]);
  return module ? <module.BoardPage boardId={boardId} /> : null;
}

export function App() {
  return (
    <Switch>
      <Route path="/b/:boardId">
        {(params) => <BoardRoute key={params.boardId} boardId={params.boardId} />}
      </Route>
      <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
      <Route path="/join"><JoinPage /></Route>
      <Route path="/w/:workshopId">{(params) => <WorkshopPage key={params.workshopId} id={params.workshopId} />}</Route>
      <Route><StartPage /></Route>
    </Switch>
  );
}
