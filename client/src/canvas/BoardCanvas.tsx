/**
 * The board drawn with Konva: back (zones, strokes), connectors, actors, cards, free text, then
 * a layer for what changes from frame to frame, so that it never redraws the map: what a drag
 * moves, lifted off its layer (LiftedShapes), the selection rectangle, resize handles, other
 * people's selections, cursors and laser trails. They share one layer because each layer is a
 * canvas the browser must copy whenever it changes: during a drag both would change every frame.
 * Nothing here listens for input: the surface around it turns DOM events into tool events.
 * Only what is on screen is drawn, so large boards pan and drag smoothly. Zoomed out below a third, actors,
 * cards and connectors are painted by one shape per kind (OverviewShapes) instead of a node each.
 */
import { Layer as KonvaLayer, Stage } from './konvaShapes';
import { useDetail, useVisibleLayerIds, useViewport } from '../editor/hooks';
import { ActorShape } from './ActorShape';
import { BackShape } from './BackShapes';
import { CardShape } from './CardShape';
import { ConnectorShape } from './ConnectorShape';
import { DraftShape } from './DraftShape';
import { LaserTrails } from './LaserTrails';
import { LiftedShapes } from './LiftedShapes';
import { LinkPreview } from './LinkPreview';
import { OverviewShapes } from './OverviewShapes';
import { PeerCursors } from './PeerCursors';
import { PeerSelections } from './PeerSelections';
import { SelectionOverlay } from './SelectionOverlay';
import { TextShape } from './TextShape';

export function BoardCanvas({ width, height }: { width: number; height: number }) {
  const viewport = useViewport();
  const back = useVisibleLayerIds('back');
  const connectors = useVisibleLayerIds('connectors');
  const actors = useVisibleLayerIds('actors');
  const cards = useVisibleLayerIds('cards');
  const texts = useVisibleLayerIds('texts');
  const overview = useDetail() === 'shapes';
  return (
    <Stage
      width={width}
      height={height}
      x={viewport.x}
      y={viewport.y}
      scaleX={viewport.scale}
      scaleY={viewport.scale}
      listening={false}
    >
      <KonvaLayer listening={false}>
        {back.map((id) => <BackShape key={id} id={id} />)}
      </KonvaLayer>
      <KonvaLayer listening={false}>
        {overview ? <OverviewShapes ids={connectors} /> : connectors.map((id) => <ConnectorShape key={id} id={id} />)}
        <LinkPreview />
      </KonvaLayer>
      <KonvaLayer listening={false}>
        {overview ? (
          <>
            <OverviewShapes ids={actors} />
            <OverviewShapes ids={cards} />
            <OverviewShapes ids={texts} />
          </>
        ) : (
          <>
            {actors.map((id) => <ActorShape key={id} id={id} />)}
            {cards.map((id) => <CardShape key={id} id={id} />)}
            {texts.map((id) => <TextShape key={id} id={id} />)}
          </>
        )}
      </KonvaLayer>
      <KonvaLayer listening={false}>
        <LiftedShapes />
        <PeerSelections />
        <DraftShape />
        <SelectionOverlay />
        <LaserTrails />
        <PeerCursors />
      </KonvaLayer>
    </Stage>
  );
}
