/**
 * What a gesture in progress moves or resizes, with the connectors that follow it, drawn on a
 * layer of its own above the map: each pointer move then redraws these few shapes instead of
 * every actor and card in view. At the drop they return to their layers.
 */
import { memo } from 'react';
import { layerOf } from '../board/ElementStore';
import { useElement, useLiftedIds } from '../editor/hooks';
import { ActorShape } from './ActorShape';
import { CardShape } from './CardShape';
import { ConnectorShape } from './ConnectorShape';
import { TextShape } from './TextShape';

const LiftedShape = memo(function LiftedShape({ id }: { id: string }) {
  const kind = useElement(id)?.kind;
  switch (kind && layerOf(kind)) {
    case 'connectors':
      return <ConnectorShape id={id} />;
    case 'actors':
      return <ActorShape id={id} />;
    case 'cards':
      return <CardShape id={id} />;
    case 'texts':
      return <TextShape id={id} />;
    default:
      return null;
  }
});

export function LiftedShapes() {
  return useLiftedIds().map((id) => <LiftedShape key={id} id={id} />);
}
