/**
 * Text editing in place: a textarea laid exactly over the element's text box (same font,
 * scaled with the view), writing into the element's Y.Text on every keystroke so concurrent
 * typing merges. Escape, a click elsewhere or Enter (for one-line labels) ends editing; on a
 * card, Tab or Ctrl/Cmd+Enter goes on to a new card beside it.
 */
import { updateElement, type BoardElement } from '@samkarta/shared';
import { useLayoutEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { midpoint, connectorSegment, elementRect } from '../board/geometry';
import { actorTextBox, cardTextBox, CONNECTOR_LABEL, freeTextBox, type TextBox } from '../canvas/layout';
import { textPatch } from '../canvas/textFit';
import { FONT_FAMILY } from '../canvas/theme';
import type { Editing } from '../editor/Editor';
import { useEditor } from '../editor/EditorContext';
import { useElementView, useUi, useViewport } from '../editor/hooks';
import { placeCardBeside } from '../tools/Place/placeElement';
import { useSyncedText } from './useSyncedText';

export function TextEditor() {
  const editing = useUi((ui) => ui.editing);
  return editing ? <TextEditorFor key={`${editing.id}:${editing.field}`} editing={editing} /> : null;
}

function TextEditorFor({ editing }: { editing: Editing }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const element = useElementView(editing.id);
  const viewport = useViewport();
  const value = element ? textOf(element, editing.field) : '';
  const ref = useSyncedText<HTMLTextAreaElement>(value);
  const box = useTextBox(element);

  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  if (!element || !box) return null;
  const singleLine = element.kind === 'actor' || element.kind === 'connector' || element.kind === 'zone';
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    const card = element.kind === 'enabler' || element.kind === 'obstacle' || element.kind === 'note';
    const next = card && ((event.key === 'Tab' && !event.shiftKey) || (event.key === 'Enter' && (event.metaKey || event.ctrlKey)));
    if (next) {
      event.preventDefault();
      editor.history.mark();
      const id = placeCardBeside(editor, editing.id);
      if (id) {
        editor.select([id]);
        editor.startEditing(id);
      }
      return;
    }
    const commit = event.key === 'Escape' || (event.key === 'Enter' && (singleLine ? !event.shiftKey : event.metaKey || event.ctrlKey));
    if (commit) {
      event.preventDefault();
      editor.stopEditing();
    }
  };
  return (
    <textarea
      ref={ref}
      className="text-editor"
      data-testid="text-editor"
      aria-label={t('board.editText')}
      defaultValue={value}
      spellCheck
      onChange={(event) => updateElement(editor.doc, editing.id, textPatch(element, editing.field, event.target.value), editor.origin)}
      onKeyDown={onKeyDown}
      // Only if still ours: after Tab the next card's editor has already taken over.
      onBlur={() => editor.ui.get().editing?.id === editing.id && editor.stopEditing()}
      style={{
        left: box.x * viewport.scale + viewport.x,
        top: box.y * viewport.scale + viewport.y,
        // A free text grows as it is typed: room for the next character keeps it from wrapping.
        width: (element.kind === 'text' ? box.w + box.fontSize : box.w) * viewport.scale,
        height: box.h * viewport.scale,
        fontSize: box.fontSize * viewport.scale,
        lineHeight: box.lineHeight,
        fontWeight: box.fontWeight,
        fontFamily: FONT_FAMILY,
        textAlign: element.kind === 'connector' ? 'center' : 'left',
        whiteSpace: element.kind === 'text' ? 'pre' : undefined,
      }}
    />
  );
}

function textOf(element: BoardElement, field: Editing['field']): string {
  const value = (element as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

/** The element's text box in board coordinates. */
function useTextBox(element: BoardElement | undefined): TextBox | null {
  const connector = element?.kind === 'connector' ? element : null;
  const from = useElementView(connector?.from ?? '');
  const to = useElementView(connector?.to ?? '');
  if (!element) return null;
  switch (element.kind) {
    case 'actor':
      return offset(actorTextBox(element.w, element.h), element);
    case 'enabler':
    case 'obstacle':
    case 'note':
      return offset(cardTextBox(element.w, element.h), element);
    case 'text':
      return freeTextBox(element);
    case 'zone':
      return { x: element.x + 16, y: element.y + 10, w: element.w - 32, h: 24, fontSize: 15, lineHeight: 1.2, fontWeight: 700 };
    case 'connector': {
      const a = from && elementRect(from);
      const b = to && elementRect(to);
      const segment = a && b ? connectorSegment(a, b) : null;
      if (!segment) return null;
      const mid = midpoint(segment);
      const w = CONNECTOR_LABEL.editWidth;
      const h = CONNECTOR_LABEL.fontSize * 1.3 + CONNECTOR_LABEL.padding * 2;
      return { x: mid.x - w / 2, y: mid.y - h / 2, w, h, fontSize: CONNECTOR_LABEL.fontSize, lineHeight: 1.3, fontWeight: 400 };
    }
    case 'stroke':
      return null;
  }
}

function offset(box: TextBox, at: { x: number; y: number }): TextBox {
  return { ...box, x: box.x + at.x, y: box.y + at.y };
}
