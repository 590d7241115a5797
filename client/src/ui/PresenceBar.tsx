import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueStore } from '../editor/ValueStore';
import { usePresence } from '../editor/EditorContext';
import { MAX_NAME_LENGTH, normalizeName, type Identity } from '../presence/identity';

/** Who else is here (as coloured initials), and our own name, which anyone can change. */
export function PresenceBar({ identity, onRename }: { identity: ValueStore<Identity>; onRename: (name: string) => void }) {
  const { t } = useTranslation();
  const presence = usePresence();
  const peers = useSyncExternalStore(presence.subscribe, presence.getPeers);
  const me = useSyncExternalStore(identity.subscribe, identity.get);
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
            <li key={peer.clientId} className="avatar" style={{ background: peer.color }} title={peer.name}>
              {initials(peer.name)}
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
