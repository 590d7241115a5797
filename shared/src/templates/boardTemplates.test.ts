import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { governanceLevels } from '../catalogue/levels.js';
import { languages } from '../catalogue/localized.js';
import { readElements, type ElementOfKind } from '../schema/elements.js';
import { createElements, type NewElement } from '../schema/write.js';
import { boardTemplates, isWorkshopTemplate, workshopTemplates } from './boardTemplates.js';
import { LEVEL_LANE, LEVEL_LANES_HEIGHT, levelLanes } from './levelLanes.js';

type Zone = Omit<ElementOfKind<'zone'>, 'id' | 'z' | 'createdAt' | 'createdBy'>;

function zones(elements: readonly NewElement[]): Zone[] {
  return elements.filter((element): element is Zone => element.kind === 'zone');
}

describe('board templates', () => {
  it('lists every template once, each named and described in every language', () => {
    expect(workshopTemplates).toEqual(['empty', 'whatItTakes', 'actorMap']);
    for (const id of workshopTemplates) {
      expect(boardTemplates[id].id).toBe(id);
      for (const language of languages) {
        expect(boardTemplates[id].name[language].trim()).not.toBe('');
        expect(boardTemplates[id].description[language].trim()).not.toBe('');
      }
    }
    expect(isWorkshopTemplate('actorMap')).toBe(true);
    expect(isWorkshopTemplate('toString')).toBe(false);
  });

  it('empty has no elements', () => {
    expect(boardTemplates.empty.elements('sv')).toEqual([]);
  });

  it('whatItTakes puts the question above a framgångsfaktorer area and a hinder area, side by side', () => {
    const [heading, ...rest] = boardTemplates.whatItTakes.elements('sv');
    expect(heading).toMatchObject({ kind: 'text', x: 0, y: 0, text: 'Vad krävs för att få det att hända?' });
    const [enablers, obstacles, ...more] = zones(rest);
    expect(more).toEqual([]);
    expect(rest).toHaveLength(2);
    expect(enablers!.label).toBe('Framgångsfaktorer');
    expect(obstacles!.label).toBe('Hinder');
    expect(enablers!.y).toBe(obstacles!.y);
    expect(enablers!.y).toBeGreaterThan(heading!.y + (heading!.kind === 'text' ? heading!.h : 0));
    expect(enablers!.x + enablers!.w).toBeLessThan(obstacles!.x);
    const english = boardTemplates.whatItTakes.elements('en');
    expect(english[0]).toMatchObject({ text: 'What does it take to make it happen?' });
    expect(zones(english).map((zone) => zone.label)).toEqual(['Enablers', 'Obstacles']);
  });

  it('actorMap stacks one lane per governance level, EU on top, lokal at the bottom', () => {
    const lanes = zones(boardTemplates.actorMap.elements('sv'));
    expect(lanes.map((lane) => lane.label)).toEqual(['EU', 'Nationell', 'Regional', 'Lokal']);
    expect(lanes.map((lane) => [lane.x, lane.y, lane.w, lane.h])).toEqual(
      governanceLevels.map((_, i) => [0, i * LEVEL_LANE.h, LEVEL_LANE.w, LEVEL_LANE.h]),
    );
    expect(lanes.at(-1)!.y + LEVEL_LANE.h).toBe(LEVEL_LANES_HEIGHT);
    expect(levelLanes({ x: 10, y: 20 }, (text) => text.en).map((lane) => [lane.x, lane.y])).toEqual(
      governanceLevels.map((_, i) => [10, 20 + i * LEVEL_LANE.h]),
    );
  });

  it('writes elements every reader accepts, in the order given', () => {
    for (const id of workshopTemplates) {
      const doc = new Y.Doc();
      const made = boardTemplates[id].elements('sv');
      createElements(doc, made);
      expect(readElements(doc).map(({ kind, x, y }) => ({ kind, x, y }))).toEqual(made.map(({ kind, x, y }) => ({ kind, x, y })));
      doc.destroy();
    }
  });
});
