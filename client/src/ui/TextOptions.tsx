/**
 * Font size of free text, above the tool bar: for the next text while the text tool is on,
 * and, in Markera, for the one selected text (refitting its box).
 */
import { textSizeIds, updateElement } from '@samkarta/shared';
import { useTranslation } from 'react-i18next';
import { fitText } from '../canvas/textFit';
import { useEditor } from '../editor/EditorContext';
import { useElement, useSelection, useUi } from '../editor/hooks';

export function TextOptions() {
  const editor = useEditor();
  const { t } = useTranslation();
  const tool = useUi((ui) => ui.tool);
  const nextSize = useUi((ui) => ui.textSize);
  const readOnly = useUi((ui) => ui.readOnly);
  const selection = useSelection();
  const [only] = selection;
  const element = useElement(selection.size === 1 && only ? only : '');
  // With the text tool on, the choice is for the next text, whatever is still selected.
  const selected = tool === 'select' && element?.kind === 'text' ? element : null;
  if (readOnly || (tool !== 'text' && !selected)) return null;
  const current = selected?.size ?? nextSize;
  return (
    <div className="pen-options" role="group" aria-label={t('freeText.size')} data-testid="text-options">
      {textSizeIds.map((size) => (
        <button
          key={size}
          type="button"
          className="text-size"
          data-testid={`text-size-${size}`}
          aria-pressed={current === size}
          onClick={() => {
            editor.setTextSize(size);
            if (selected) updateElement(editor.doc, selected.id, { size, ...fitText(selected.text, size) }, editor.origin);
          }}
        >
          {t(`freeText.${size}`)}
        </button>
      ))}
    </div>
  );
}
