/**
 * The facilitator's wall: every group's board live in a grid. The facilitator also gets the
 * controls over all boards and present mode for the projector; a viewer gets the wall alone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../api/boards';
import { addGroup, renameGroup, rotateAccess, setWorkshopClosed, setWorkshopLocked, type WorkshopView } from '../api/workshops';
import { ControlPanel } from './ControlPanel';
import { PresentMode } from './PresentMode';
import { ReportMenu } from './ReportMenu';
import { useWallBoards } from './useWallBoards';
import { VotingControls } from './VotingControls';
import { WallControls } from './WallControls';
import { WallTile } from './WallTile';

export interface WallProps {
  workshop: WorkshopView;
  token: string;
  /** Only the facilitator's view holds the join code, and only it may control the workshop. */
  facilitator: boolean;
  onChange(update: (workshop: WorkshopView) => WorkshopView): void;
}

export function Wall({ workshop, token, facilitator, onChange }: WallProps) {
  const { t } = useTranslation();
  const { id } = workshop;
  const boards = useWallBoards(workshop.groups.map((group) => group.room), token);
  /** The group on the projector in present mode, or null on the wall. */
  const [presenting, setPresenting] = useState<number | null>(null);
  /** Calls the API and, when it agreed, applies the change to the page's copy. */
  const apply = async <T,>(result: Promise<ApiResult<T>>, change: (value: T, current: WorkshopView) => WorkshopView) => {
    const settled = await result;
    if (settled.ok) onChange((current) => change(settled.value, current));
    return settled;
  };
  return (
    <>
      {facilitator && (
        <WallControls
          locked={workshop.locked}
          closed={workshop.closed}
          onLock={(locked) => apply(setWorkshopLocked(id, token, locked), (value, current) => ({ ...current, locked: value.locked }))}
          onClose={(closed) => apply(setWorkshopClosed(id, token, closed), (value, current) => ({ ...current, closed: value.closed }))}
          onRotate={() =>
            apply(rotateAccess(id, token), (value, current) => ({
              ...current,
              joinCode: value.joinCode,
              links: { ...current.links, join: value.links.join },
            }))
          }
          onAddGroup={(name) =>
            apply(addGroup(id, token, name), (group, current) => ({ ...current, groups: [...current.groups, { ...group, online: 0 }] }))
          }
        />
      )}
      <ReportMenu workshopId={id} title={workshop.title} token={token} />
      {facilitator && <ControlPanel workshopId={id} token={token} />}
      {facilitator && <VotingControls boards={boards} />}
      <div className="wall-heading">
        <h2>{t('workshop.groups')}</h2>
        {facilitator && (
          <button type="button" className="button primary" data-testid="present-start" onClick={() => setPresenting(0)}>
            {t('present.start')}
          </button>
        )}
      </div>
      {presenting !== null && (
        <PresentMode
          groups={workshop.groups}
          boards={boards}
          joinCode={workshop.joinCode}
          joinPath={workshop.links.join}
          index={presenting}
          onIndex={setPresenting}
          onExit={() => setPresenting(null)}
        />
      )}
      <ul className="wall-grid" data-testid="wall">
        {workshop.groups.map((group) => (
          <WallTile
            key={group.room}
            group={group}
            token={token}
            board={boards.get(group.room)}
            onRename={
              facilitator
                ? async (name) => {
                    const result = await apply(renameGroup(id, token, group.id, name), (renamed, current) => ({
                      ...current,
                      groups: current.groups.map((g) => (g.id === renamed.id ? { ...g, name: renamed.name } : g)),
                    }));
                    return result.ok ? null : result.error;
                  }
                : undefined
            }
          />
        ))}
      </ul>
    </>
  );
}
