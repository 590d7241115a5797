import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { StartPage } from './ui/StartPage';

// The board brings Konva, Yjs and the schema; the start page should not wait for them.
const BoardPage = lazy(() => import('./ui/BoardPage').then((module) => ({ default: module.BoardPage })));

export function App() {
  return (
    <Switch>
      <Route path="/b/:boardId">
        {(params) => (
          <Suspense fallback={null}>
            <BoardPage key={params.boardId} boardId={params.boardId} />
          </Suspense>
        )}
      </Route>
      <Route><StartPage /></Route>
    </Switch>
  );
}
