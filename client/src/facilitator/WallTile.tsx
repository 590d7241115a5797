/** One group on the wall: its live miniature, name, people online and counts; opens the board. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ApiError } from '../api/boards';
import type { WorkshopView } from '../api/workshops';
import { withToken } from '../sync/boardToken';
import { countElements } from './boardCounts';
import { GroupName } from './GroupName';
import { Miniature } from './Miniature';
import type { WallBoard } from './WallBoard';
import { VoteResults } from './VoteResults';

export interface WallTileProps {
  group: WorkshopView['groups'][number];
  token: string;
  /** The group's board, once the wall has opened it. */
  board: WallBoard | undefined;
  /** Facilitator only: renames the group; resolves to what went wrong, or null. */
  onRename?: (name: string) => Promise<ApiError | null>;
}

export function WallTile({ group, token, board, onRename }: WallTileProps) {
  const href = withToken(`/b/${group.room}`, token);
  return (
    <li className="wall-tile" data-testid="wall-tile" data-room={group.room}>
      <GroupName name={group.name} href={href} onRename={onRename} />
      {board && <WallTileBody board={board} href={href} name={group.name} />}
      {group.viewerLink && <ViewerLink path={group.viewerLink} />}
    </li>
  );
}

/** A read-only link to this one board, to hand on; copied from the link itself. */
function ViewerLink({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <a className="wall-viewer-link" data-testid="wall-viewer-link" href={path} target="_blank" rel="noopener" title={t('wall.viewerLinkHint')}>
      {t('wall.viewerLink')}
    </a>
  );
}

function WallTileBody({ board, href, name }: { board: WallBoard; href: string; name: string }) {
  const { t } = useTranslation();
  const { elements, online, voting } = useSyncExternalStore(board.subscribe, board.getSnapshot);
  const counts = countElements(elements);
  return (
    <>
      {/* The group's name is the same link for keyboards and screen readers; this one is for the eye. */}
      <Link href={href} className="wall-open" data-testid="wall-open-board" tabIndex={-1} aria-hidden>
        <Miniature elements={elements} label={t('wall.miniature', { name })} />
      </Link>
      <p className="wall-stats">
        <span data-testid="wall-online" data-count={online}>{t('workshop.online', { count: online })}</span>
        <span data-testid="wall-count-actor" data-count={counts.actor}>{t('wall.actors', { count: counts.actor })}</span>
        <span data-testid="wall-count-enabler" data-count={counts.enabler}>{t('wall.enablers', { count: counts.enabler })}</span>
        <span data-testid="wall-count-obstacle" data-count={counts.obstacle}>{t('wall.obstacles', { count: counts.obstacle })}</span>
      </p>
      {voting && <VoteResults tally={voting.tally} elements={elements} />}
    </>
  );
}
