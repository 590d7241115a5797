/**
 * The wall's connection to every group's board, one WallBoard per room, opened as groups
 * appear and closed when the wall goes. Kept above the tiles so that the controls can act on
 * every board at once (a voting round starts on all of them).
 */
import { useEffect, useRef, useState } from 'react';
import { WallBoard } from './WallBoard';

export function useWallBoards(rooms: readonly string[], token: string): ReadonlyMap<string, WallBoard> {
  const [boards, setBoards] = useState<ReadonlyMap<string, WallBoard>>(new Map());
  const open = useRef(new Map<string, WallBoard>());
  const key = rooms.join('\n');

  useEffect(() => {
    const current = open.current;
    const wanted = new Set(key === '' ? [] : key.split('\n'));
    for (const [room, board] of current) {
      if (wanted.has(room)) continue;
      board.destroy();
      current.delete(room);
    }
    for (const room of wanted) if (!current.has(room)) current.set(room, new WallBoard(room, token));
    setBoards(new Map(current));
  }, [key, token]);

  // A new token (or leaving the wall) closes every connection; the effect above reopens them.
  useEffect(() => {
    const current = open.current;
    return () => {
      for (const board of current.values()) board.destroy();
      current.clear();
    };
  }, [token]);

  return boards;
}
