import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { JoinPage } from './ui/JoinPage';
import { StartPage } from './ui/StartPage';
import { WorkshopPage } from './ui/WorkshopPage';

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
      <Route path="/join/:code">{(params) => <JoinPage code={params.code} />}</Route>
      <Route path="/join"><JoinPage /></Route>
      <Route path="/w/:workshopId">{(params) => <WorkshopPage key={params.workshopId} id={params.workshopId} />}</Route>
      <Route><StartPage /></Route>
    </Switch>
  );
}
