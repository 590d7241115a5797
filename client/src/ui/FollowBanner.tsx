import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../editor/EditorContext';
import type { Follower } from '../presence/Follower';

/** "Följer X — Esc för att sluta", in their colour, while we follow someone's view. */
export function FollowBanner({ follower }: { follower: Follower }) {
  const { t } = useTranslation();
  const presence = usePresence();
  const followed = useSyncExternalStore(follower.followed.subscribe, follower.followed.get);
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  useEffect(() => {
    if (!followed) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') follower.stop();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [followed, follower]);
  if (!followed) return null;
  const color = peers.find((peer) => peer.clientId === followed.clientId)?.color;
  return (
    <div className="follow-banner" role="status" data-testid="follow-banner" style={{ background: color }}>
      {t('presence.following', { name: followed.name })}
      <button type="button" className="button small" onClick={() => follower.stop()}>{t('presence.stopFollowing')}</button>
    </div>
  );
}
