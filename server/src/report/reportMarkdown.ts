/** report.md: the documentation in Markdown, everything a person wrote escaped. */
import { actorCategory, cardKind, isActorCategoryId } from '@samkarta/shared';
import type { ReportCard } from './groupContent.js';
import { cardsByAnchor, listSentence, say, sayCount, type WorkshopReport } from './workshopReport.js';

/** Text from a board as Markdown text: on one line, and no character read as markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (char) => `\\${char}`);
}

function cardLine(report: WorkshopReport, card: ReportCard, indent: string): string {
  const votes = card.votes > 0 ? ` (${sayCount(report.language, 'votes', card.votes)})` : '';
  return `${indent}- ${escapeMarkdown(card.text) || '…'}${votes}`;
}

export function reportMarkdown(report: WorkshopReport, date: string): string {
  const lang = report.language;
  const lines: string[] = [`# ${escapeMarkdown(say(lang, 'title', { title: report.title }))}`, '', say(lang, 'generated', { date }), ''];
  for (const group of report.groups) {
    const { content } = group;
    lines.push(`## ${escapeMarkdown(group.name)}`, '');
    lines.push(`### ${say(lang, 'actors')}`, '');
    if (content.actors.length === 0) lines.push(say(lang, 'noActors'));
    for (const actor of content.actors) {
      const category = isActorCategoryId(actor.category) ? actorCategory(actor.category).name[lang] : actor.category;
      lines.push(`- ${escapeMarkdown(category)}: ${escapeMarkdown(actor.label)}`);
    }
    lines.push('');
    for (const kind of ['enabler', 'obstacle', 'note'] as const) {
      const sections = cardsByAnchor(content.cards, kind);
      if (kind === 'note' && sections.length === 0) continue;
      lines.push(`### ${cardKind(kind).plural[lang]}`, '');
      if (sections.length === 0) lines.push(say(lang, 'none'));
      for (const section of sections) {
        lines.push(`- ${section.anchor === null ? say(lang, 'unattached') : say(lang, 'attachedTo', { name: escapeMarkdown(section.anchor) })}`);
        for (const card of section.cards) lines.push(cardLine(report, card, '  '));
      }
      lines.push('');
    }
    if (content.texts.length > 0) {
      lines.push(`### ${say(lang, 'texts')}`, '');
      for (const text of content.texts) lines.push(`- ${escapeMarkdown(text.text)}`);
      lines.push('');
    }
    if (content.skipped > 0) lines.push(`*${sayCount(lang, 'skipped', content.skipped)}*`, '');
  }
  lines.push(`## ${say(lang, 'acrossGroups')}`, '', `### ${say(lang, 'whoMissing')}`, '', say(lang, 'whoMissingIntro'), '');
  lines.push(`| ${say(lang, 'category')} | ${report.groups.map((group) => escapeMarkdown(group.name)).join(' | ')} |`);
  lines.push(`|---|${report.groups.map(() => ':-:').join('|')}|`);
  for (const row of report.coverage) lines.push(`| ${row.name} | ${row.placedBy.map((placed) => (placed ? '✓' : '')).join(' | ')} |`);
  lines.push('', report.missing.length === 0 ? say(lang, 'noneMissing') : say(lang, 'missingSentence', { list: listSentence(lang, report.missing) }), '');
  lines.push(`### ${say(lang, 'mostVoted')}`, '');
  if (report.mostVoted.length === 0) lines.push(say(lang, 'noVotes'));
  report.mostVoted.forEach(({ group, card }, i) => {
    lines.push(`${i + 1}. ${escapeMarkdown(card.text)}: ${sayCount(lang, 'votes', card.votes)} (${cardKind(card.kind).name[lang]}, ${escapeMarkdown(group)})`);
  });
  return `${lines.join('\n')}\n`;
}
