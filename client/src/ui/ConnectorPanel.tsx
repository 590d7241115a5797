import { relationTypes, isRelationId, updateElement } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useElement, useSelection, useUi } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';

/** Shown while exactly one connector is selected: its relation, and a way to delete it. */
export function ConnectorPanel() {
  const selection = useSelection();
  const [only] = selection;
  const element = useElement(selection.size === 1 && only ? only : '');
  const editor = useEditor();
  const { t } = useTranslation();
  const { localize } = useLanguage();
  // Its controls all edit the connector: nothing to offer on a read-only board.
  const readOnly = useUi((ui) => ui.readOnly);
  if (element?.kind !== 'connector' || readOnly) return null;
  return (
    <div className="floating-panel" data-testid="connector-panel" role="group" aria-label={t('board.selectedConnector')}>
      <label className="field-inline">
        <span>{t('board.relation')}</span>
        <select
          data-testid="relation-select"
          value={element.relation}
          onChange={(event) => {
            if (isRelationId(event.target.value)) {
              updateElement(editor.doc, element.id, { relation: event.target.value }, editor.origin);
            }
          }}
        >
          {relationTypes.map((relation) => (
            <option key={relation.id} value={relation.id}>{localize(relation.name)}</option>
          ))}
        </select>
      </label>
      <button type="button" className="button subtle" data-testid="delete-selection" onClick={() => editor.deleteSelection()}>
        {t('board.delete')}
      </button>
    </div>
  );
}
