/**
 * Laser pointer (L): idle → pointing. While pressed, the laser's place goes to everyone
 * through presence and each screen draws a trail that fades; nothing touches the document.
 */
import type { Editor } from '../../editor/Editor';
import { StateChart } from '../StateChart';

export interface LaserStates {
  idle: void;
  pointing: void;
}

export function createLaserTool(editor: Editor): StateChart<LaserStates> {
  return new StateChart<LaserStates>('laser', editor, 'idle', {
    idle: ({ chart }) => ({
      onPointerDown: (event) => {
        editor.laser.set(event.point);
        chart.transition('pointing');
      },
    }),
    pointing: ({ chart }) => ({
      onPointerMove: (event) => editor.laser.set(event.point),
      onPointerUp: () => chart.transition('idle'),
      onExit: () => editor.laser.set(null),
    }),
  });
}
