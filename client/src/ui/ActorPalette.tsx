import { actorCategories } from '@samkarta/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor/EditorContext';
import { useUi } from '../editor/hooks';
import { useLanguage } from '../i18n/setup';

/** The eleven actor categories of the catalogue; picking one arms the Aktör tool with it. */
export function ActorPalette() {
  const editor = useEditor();
  const { t } = useTranslation();
  const { localize } = useLanguage();
  const current = useUi((ui) => ui.actorCategory);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="palette" role="dialog" aria-label={t('tools.paletteLabel')} data-testid="actor-palette">
      <p className="palette-title">{t('tools.paletteLabel')}</p>
      <div className="palette-grid">
        {actorCategories.map((category, index) => (
          <button
            key={category.id}
            ref={index === 0 ? first : undefined}
            type="button"
            className="palette-item"
            data-testid={`category-${category.id}`}
            aria-pressed={category.id === current}
            title={localize(category.hint)}
            onClick={() => editor.setActorTool(category.id)}
          >
            <span className="palette-swatch" style={{ background: category.color }} aria-hidden>
              {category.icon}
            </span>
            <span>{localize(category.name)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
