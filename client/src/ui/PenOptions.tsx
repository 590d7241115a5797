/** The pen's small popover above the tool bar: colour and width of the next stroke. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { penColors, penWidths } from '../tools/Pen/penStyle';

export function PenOptions() {
  const editor = useEditor();
  const { t } = useTranslation();
  const pen = useUi((ui) => ui.pen);
  return (
    <div className="pen-options" role="group" aria-label={t('tools.penOptions')} data-testid="pen-options">
      {penColors.map((color, index) => (
        <button
          key={color}
          type="button"
          className="pen-swatch"
          data-testid={`pen-color-${index}`}
          aria-label={t('tools.penColor', { index: index + 1 })}
          aria-pressed={pen.color === color}
          style={{ background: color }}
          onClick={() => editor.setPenStyle({ color })}
        />
      ))}
      <span className="toolbar-divider" aria-hidden />
      {penWidths.map((width) => (
        <button
          key={width}
          type="button"
          className="pen-width"
          data-testid={`pen-width-${width}`}
          aria-label={t('tools.penWidth', { width })}
          aria-pressed={pen.width === width}
          onClick={() => editor.setPenStyle({ width })}
        >
          <span style={{ width: width * 2, height: width * 2 }} aria-hidden />
        </button>
      ))}
    </div>
  );
}
