import { getMetaMap, readBoardMeta, type BoardMeta } from '@samkarta/shared';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The board's meta map (title, …), re-read whenever anyone changes it. */
export function useBoardMeta(doc: Y.Doc): BoardMeta {
  const cache = useRef<BoardMeta | null>(null);
  const subscribe = useCallback((listener: () => void) => {
    const meta = getMetaMap(doc);
    const onChange = () => {
      cache.current = null;
      listener();
    };
    meta.observe(onChange);
    return () => meta.unobserve(onChange);
  }, [doc]);
  const getSnapshot = useCallback(() => (cache.current ??= readBoardMeta(doc)), [doc]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
