import { relationType, type BoardElement } from '@samkarta/shared';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BoardSvg, type TextLayout } from './BoardSvg';

const common = { z: 'a0', createdAt: 0, createdBy: '' };
const region: BoardElement = { ...common, id: 'r', kind: 'actor', x: 0, y: 0, w: 200, h: 80, category: 'region', label: 'Region Örebro län' };
const kommun: BoardElement = { ...common, id: 'k', kind: 'actor', x: 600, y: 0, w: 200, h: 80, category: 'kommun', label: 'Kumla' };
const mandate: BoardElement = { ...common, id: 'c', kind: 'connector', x: 0, y: 0, from: 'r', to: 'k', relation: 'mandat', label: 'Uppdrag', arrowheads: 'both' };
const dialogue: BoardElement = { ...mandate, id: 'd', relation: 'dialog', label: '', arrowheads: 'none' };
const obstacle: BoardElement = { ...common, id: 'o', kind: 'obstacle', x: 0, y: 200, w: 180, h: 110, text: 'Stuprör & <silos>' };
const zone: BoardElement = { ...common, id: 'z', kind: 'zone', x: -50, y: -50, w: 1000, h: 500, label: 'Regional' };
const heading: BoardElement = { ...common, id: 't', kind: 'text', x: 40, y: -80, w: 300, h: 60, size: 'l', text: 'Vad krävs?\nFör vem?' };
const stroke: BoardElement = { ...common, id: 's', kind: 'stroke', x: 300, y: 300, points: [0, 0, 20, 5, 40, 0], color: '#c62828', width: 4 };

/** One line per text, 8 units a character: enough to place text without a browser. */
const oneLine: TextLayout = (text) => [{ text, width: text.length * 8 }];

/** The SVG's markup: XML, of which these tests read a few well-known pieces. */
function markup(elements: readonly BoardElement[], withText = true): string {
  return renderToStaticMarkup(
    <BoardSvg elements={elements} view={{ x: -100, y: -100, w: 1200, h: 700 }} text={withText ? { layout: oneLine, localize: (name) => name.sv } : null} background="#f6f7f9" />,
  );
}

describe('the board as SVG', () => {
  it('is a standalone SVG file: namespace, view box, background, one node per element in drawing order', () => {
    const svg = markup([zone, region, kommun, mandate, obstacle, stroke]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="-100 -100 1200 700"/);
    expect(svg).toContain('<rect x="-100" y="-100" width="1200" height="700" fill="#f6f7f9"');
    expect(svg.indexOf('Regional')).toBeLessThan(svg.indexOf('Region Örebro län'));
  });

  it('draws free text, one line per written line, and leaves it out of a miniature', () => {
    const svg = markup([heading]);
    expect(svg).toContain('>Vad krävs?</tspan>');
    expect(svg).toContain('>För vem?</tspan>');
    expect(markup([heading], false)).not.toContain('Vad krävs?');
  });

  it('draws texts escaped, with category and kind captions', () => {
    const svg = markup([region, obstacle]);
    expect(svg).toContain('>Region Örebro län</tspan>');
    expect(svg).toContain('>REGION</tspan>');
    expect(svg).toContain('>HINDER</tspan>');
    expect(svg).toContain('>Stuprör &amp; &lt;silos&gt;</tspan>');
  });

  it('draws each relation with its colour and dash pattern, arrowheads as asked, and the label', () => {
    const svg = markup([region, kommun, mandate, dialogue]);
    const lines = [...svg.matchAll(/<line [^>]*>/g)].map((m) => m[0]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`stroke="${relationType('mandat').color}"`);
    expect(lines[0]).toContain(`stroke-dasharray="${relationType('mandat').dash.join(' ')}"`);
    expect(lines[1]).toContain(`stroke-dasharray="${relationType('dialog').dash.join(' ')}"`);
    // Both ends on the mandate, none on the dialogue.
    expect([...svg.matchAll(/<polygon points="[^"]*" fill="#6b3fa0"/g)]).toHaveLength(2);
    expect([...svg.matchAll(new RegExp(`<polygon points="[^"]*" fill="${relationType('dialog').color}"`, 'g'))]).toHaveLength(0);
    expect(svg).toContain('>Uppdrag</tspan>');
  });

  it('draws a pen stroke as its filled outline, and a connector whose end is missing not at all', () => {
    const svg = markup([stroke, { ...mandate, to: 'gone' }]);
    expect(svg).toMatch(/<polygon points="[\d., -]+" fill="#c62828"/);
    expect(svg).not.toContain('<line');
  });

  it('without text (the miniature) draws the shapes only', () => {
    const svg = markup([region, obstacle, zone], false);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('fill="#ffc9c4"');
  });
});
