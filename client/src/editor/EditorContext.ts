import { createContext, useContext } from 'react';
import type { PresenceStore } from '../presence/PresenceStore';
import type { Editor } from './Editor';

export const EditorContext = createContext<Editor | null>(null);
export const PresenceContext = createContext<PresenceStore | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside an open board');
  return editor;
}

export function usePresence(): PresenceStore {
  const presence = useContext(PresenceContext);
  if (!presence) throw new Error('usePresence outside an open board');
  return presence;
}
