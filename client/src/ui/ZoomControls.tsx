import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useViewport } from '../editor/hooks';
import { zoomAt } from '../editor/viewport';

/** Zoom buttons, bottom right; they zoom around the centre of the view. */
export function ZoomControls({ width, height }: { width: number; height: number }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const { scale } = useViewport();
  const percent = Math.round(scale * 100);
  const zoom = (factor: number) => editor.viewport.update((v) => zoomAt(v, { x: width / 2, y: height / 2 }, factor));
  return (
    <div className="zoom-controls" role="group" aria-label={t('board.zoom', { percent })}>
      <button type="button" data-testid="zoom-out" aria-label={t('board.zoomOut')} onClick={() => zoom(1 / 1.25)}>−</button>
      <button type="button" data-testid="zoom-reset" title={t('board.resetZoom')} onClick={() => zoom(1 / scale)}>
        {percent} %
      </button>
      <button type="button" data-testid="zoom-in" aria-label={t('board.zoomIn')} onClick={() => zoom(1.25)}>+</button>
    </div>
  );
}
