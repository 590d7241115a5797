import { arrowheadOptions, relationTypes, isRelationId, updateElement } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useElement, useSelection, useUi } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';
import { useSyncedText } from './useSyncedText';

/**
 * Shown while exactly one connector is selected: its relation, arrowheads and label (the label
 * can also be written in place with a double click), and a way to delete it.
 */
export function ConnectorPanel() {
  const selection = useSelection();
  const [only] = selection;
  const element = useElement(selection.size === 1 && only ? only : '');
  const editor = useEditor();
  const { t } = useTranslation();
  const { localize } = useLanguage();
  // Its controls all edit the connector: nothing to offer on a read-only board.
  const readOnly = useUi((ui) => ui.readOnly);
  const label = useSyncedText<HTMLInputElement>(element?.kind === 'connector' ? element.label : '');
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
      <label className="field-inline">
        <span>{t('connectorOptions.arrowheads')}</span>
        <select
          data-testid="arrowheads-select"
          value={element.arrowheads}
          onChange={(event) => {
            const arrowheads = arrowheadOptions.find((option) => option === event.target.value);
            if (arrowheads) updateElement(editor.doc, element.id, { arrowheads }, editor.origin);
          }}
        >
          {arrowheadOptions.map((option) => (
            <option key={option} value={option}>{t(`connectorOptions.${option}`)}</option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('connectorOptions.label')}</span>
        <input
          key={element.id}
          ref={label}
          data-testid="connector-label-input"
          className="connector-label-input"
          defaultValue={element.label}
          placeholder={t('connectorOptions.labelPlaceholder')}
          onChange={(event) => updateElement(editor.doc, element.id, { label: event.target.value }, editor.origin)}
        />
      </label>
      <button type="button" className="button subtle" data-testid="delete-selection" onClick={() => editor.deleteSelection()}>
        {t('board.delete')}
      </button>
    </div>
  );
}
