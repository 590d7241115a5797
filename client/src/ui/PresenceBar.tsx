import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueStore } from '../editor/ValueStore';
import { usePresence } from '../editor/EditorContext';
import type { Follower } from '../presence/Follower';
import { MAX_NAME_LENGTH } from '@samkarta/shared';
import { normalizeName, type Identity } from '../presence/identity';

interface PresenceBarProps {
  identity: ValueStore<Identity>;
  onRename: (name: string) => void;
  follower: Follower;
}

/**
 * Who else is here (as coloured initials, faded when idle; clicking one follows their view),
 * and our own name, which anyone can change.
 */
export function PresenceBar({ identity, onRename, follower }: PresenceBarProps) {
  const { t } = useTranslation();
  const presence = usePresence();
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  const me = useSyncExternalStore(identity.subscribe, identity.get);
  const followed = useSyncExternalStore(follower.followed.subscribe, follower.followed.get);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = peers.slice(0, 5);
  const commit = () => {
    if (draft !== null && normalizeName(draft) !== '') onRename(normalizeName(draft));
    setDraft(null);
  };
  return (
    <div className="presence-bar">
      {peers.length > 0 && (
        <ul className="avatars" aria-label={t('presence.others', { count: peers.length })} data-testid="peer-list">
          {shown.map((peer) => (
            <li key={peer.clientId}>
              <button
                type="button"
                className="avatar"
                style={{ background: peer.color }}
                title={t(peer.idle ? 'presence.followIdle' : 'presence.follow', { name: peer.name })}
                aria-pressed={followed?.clientId === peer.clientId}
                data-idle={peer.idle || undefined}
                data-testid="peer-avatar"
                onClick={() => (followed?.clientId === peer.clientId ? follower.stop() : follower.follow(peer.clientId))}
              >
                {initials(peer.name)}
              </button>
            </li>
          ))}
          {peers.length > shown.length && <li className="avatar more">+{peers.length - shown.length}</li>}
        </ul>
      )}
      <label className="name-field" title={t('presence.nameHint')}>
        <span className="avatar self" style={{ background: me.color }} aria-hidden>{initials(me.name)}</span>
        <span className="visually-hidden">{t('presence.nameLabel')}</span>
        <input
          data-testid="presence-name"
          value={draft ?? me.name}
          maxLength={MAX_NAME_LENGTH}
          onFocus={() => setDraft(me.name)}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </label>
    </div>
  );
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]!.toUpperCase()).join('');
}
