/** "Samla alla här": the facilitator sends the centre and zoom of their view of this board. */
import { bringEveryoneHere } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { viewCentre } from '../editor/viewport';
import { localOrigin } from '../sync/origin';
import type { ControlSession } from './ControlSession';

export function BringHereButton({ session, boardId }: { session: ControlSession; boardId: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const bring = () => {
    const viewport = editor.viewport.get();
    const centre = viewCentre(viewport, editor.screen.get());
    bringEveryoneHere(session.doc, { room: boardId, ...centre, zoom: viewport.scale }, Date.now(), localOrigin);
  };
  return (
    <button type="button" className="button small" data-testid="bring-here" title={t('control.bringHereHint')} onClick={bring}>
      {t('control.bringHere')}
    </button>
  );
}
