/**
 * Present mode, for the projector: one group's board over the whole screen with the join
 * code large enough to read from the back of the room, the QR code and the group's name.
 * Left/Right and PageUp/PageDown (what presentation clickers send) step through the groups,
 * Escape goes back to the wall. Full screen when the browser allows it; leaving full screen
 * leaves present mode too, since browsers take the first Escape for that.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopGroup } from '../api/workshops';
import { absoluteUrl } from '../ui/absoluteUrl';
import { useQrCode } from '../ui/useQrCode';
import { PresentedBoard } from './PresentedBoard';
import type { WallBoard } from './WallBoard';

export interface PresentModeProps {
  groups: readonly WorkshopGroup[];
  boards: ReadonlyMap<string, WallBoard>;
  joinCode: string;
  joinPath: string;
  /** Which group is shown; wraps around at both ends. */
  index: number;
  onIndex(index: number): void;
  onExit(): void;
}

const nextKeys = new Set(['ArrowRight', 'PageDown']);
const previousKeys = new Set(['ArrowLeft', 'PageUp']);
const QR_SIZE = 240;

export function PresentMode({ groups, boards, joinCode, joinPath, index, onIndex, onExit }: PresentModeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const joinUrl = absoluteUrl(joinPath);
  const qr = useQrCode(joinUrl, QR_SIZE);
  const count = groups.length;
  const current = count > 0 ? ((index % count) + count) % count : 0;
  const group = groups[current];
  const board = group && boards.get(group.room);
  const step = (by: number) => onIndex((current + by + count) % count);
  // Full screen is entered once; a new callback from the wall must not leave and re-enter it.
  const exit = useRef(onExit);
  useEffect(() => {
    exit.current = onExit;
  });

  // Re-bound on every render, so a key always steps from the group on screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (nextKeys.has(event.key)) step(1);
      else if (previousKeys.has(event.key)) step(-1);
      else if (event.key === 'Escape') exit.current();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    const element = ref.current;
    if (!element?.requestFullscreen) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) exit.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused without a recent click or by policy: present mode works in the window as well.
    element.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === element) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return (
    <div ref={ref} className="present-mode" role="dialog" aria-modal="true" aria-label={t('present.label')} data-testid="present-mode">
      <header className="present-header">
        <div className="present-group">
          <h2 className="present-group-name" data-testid="present-group-name">{group?.name}</h2>
          <p className="present-position">{t('present.position', { index: current + 1, count })}</p>
        </div>
        <div className="present-join">
          <div>
            <p className="present-join-label">{t('present.joinAt', { url: absoluteUrl('/join') })}</p>
            <p className="present-join-code" data-testid="present-join-code" aria-label={t('workshop.joinCode')}>{joinCode}</p>
          </div>
          {qr && <img src={qr} width={QR_SIZE} height={QR_SIZE} className="present-qr" alt={t('workshop.qrLabel')} />}
        </div>
      </header>
      {board && group && <PresentedBoard key={group.room} board={board} label={t('wall.miniature', { name: group.name })} />}
      <nav className="present-nav" aria-label={t('present.label')}>
        <button type="button" className="button subtle" data-testid="present-previous" onClick={() => step(-1)} disabled={count < 2}>
          {t('present.previous')}
        </button>
        <span className="muted">{t('present.keys')}</span>
        <button type="button" className="button subtle" data-testid="present-next" onClick={() => step(1)} disabled={count < 2}>
          {t('present.next')}
        </button>
        <button type="button" className="button" data-testid="present-exit" onClick={onExit}>{t('present.exit')}</button>
      </nav>
    </div>
  );
}
