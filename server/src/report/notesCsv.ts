/**
 * notes.csv: one row per card of every group (RFC 4180: CRLF line ends, fields quoted when they
 * hold a quote, comma or line break), UTF-8 with a byte-order mark so spreadsheet programs show
 * å ä ö. A field starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a
 * formula (a note is anyone's text).
 */
import { cardKind } from '@samkarta/shared';
import type { WorkshopReport } from './workshopReport.js';

const HEADER = ['group', 'kind', 'text', 'actor', 'relation', 'votes', 'author', 'createdAt'];

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesCsv(report: WorkshopReport): string {
  const rows = [HEADER];
  for (const group of report.groups) {
    for (const card of group.content.cards) {
      rows.push([
        group.name,
        cardKind(card.kind).name[report.language],
        card.text,
        card.anchorKind === 'actor' ? (card.anchor ?? '') : '',
        card.anchorKind === 'relation' ? (card.anchor ?? '') : '',
        String(card.votes),
        card.author,
        card.createdAt > 0 ? new Date(card.createdAt).toISOString() : '',
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
