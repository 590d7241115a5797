/**
 * Koppla: idle → pointing → linking, or idle → pointing → armed.
 * Press on an actor and release on another to connect them; or click one actor (armed) and
 * then the other. A press on empty space pans. The new connector is selected so its relation
 * can be changed right away.
 */
import type { Editor } from '../../editor/Editor';
import { panning, type PanningInfo } from '../Pan/panning';
import { StateChart } from '../StateChart';
import { armed, idle, linking, pointing, type LinkInfo } from './states';

export interface ConnectStates {
  idle: void;
  pointing: LinkInfo;
  linking: LinkInfo;
  armed: LinkInfo;
  panning: PanningInfo;
}

export function createConnectTool(editor: Editor): StateChart<ConnectStates> {
  return new StateChart<ConnectStates>('connect', editor, 'idle', { idle, pointing, linking, armed, panning });
}
