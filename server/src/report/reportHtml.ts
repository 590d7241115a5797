/**
 * report.html: one self-contained page (inline CSS, no script) that prints to clean A4 pages,
 * a group per page. Everything a person wrote is escaped.
 */
import { actorCategory, cardKind, isActorCategoryId } from '@samkarta/shared';
import { cardsByAnchor, listSentence, say, sayCount, type WorkshopReport } from './workshopReport.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #1d2430; margin: 0 auto; max-width: 52rem; padding: 2rem; }
  h1 { font-size: 20pt; margin: 0 0 .25rem; }
  h2 { font-size: 16pt; border-bottom: 2px solid #1d2430; padding-bottom: .2rem; margin-top: 2.5rem; }
  h3 { font-size: 12pt; margin: 1.2rem 0 .3rem; }
  ul { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
  .meta, .skipped { color: #5b6473; font-size: 9.5pt; }
  .anchor { font-weight: 600; margin-top: .4rem; }
  .votes { color: #5b6473; white-space: nowrap; }
  .kind-enabler h3 { color: #2e7d32; } .kind-obstacle h3 { color: #c62828; }
  table { border-collapse: collapse; font-size: 9.5pt; }
  th, td { border: 1px solid #c9ced6; padding: .2rem .45rem; text-align: center; }
  th:first-child, td:first-child { text-align: left; }
  @page { size: A4; margin: 16mm 15mm; }
  @media print {
    body { max-width: none; padding: 0; }
    .group + .group, .across { break-before: page; }
    h2 { margin-top: 0; }
    h3, .anchor { break-after: avoid; }
    li { break-inside: avoid; }
  }
`;

export function reportHtml(report: WorkshopReport, date: string): string {
  const lang = report.language;
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<header><h1>${e(say(lang, 'title', { title: report.title }))}</h1><p class="meta">${e(say(lang, 'generated', { date }))}</p></header>`);
  for (const group of report.groups) {
    const { content } = group;
    parts.push(`<section class="group" id="group-${e(group.id)}"><h2>${e(group.name)}</h2>`);
    parts.push(`<h3>${e(say(lang, 'actors'))}</h3>`);
    parts.push(
      content.actors.length === 0
        ? `<p>${e(say(lang, 'noActors'))}</p>`
        : `<ul>${content.actors
            .map((actor) => {
              const category = isActorCategoryId(actor.category) ? actorCategory(actor.category).name[lang] : actor.category;
              return `<li>${e(category)}: ${e(actor.label)}</li>`;
            })
            .join('')}</ul>`,
    );
    for (const kind of ['enabler', 'obstacle', 'note'] as const) {
      const sections = cardsByAnchor(content.cards, kind);
      if (kind === 'note' && sections.length === 0) continue;
      parts.push(`<div class="kind-${kind}"><h3>${e(cardKind(kind).plural[lang])}</h3>`);
      if (sections.length === 0) parts.push(`<p>${e(say(lang, 'none'))}</p>`);
      for (const section of sections) {
        const heading = section.anchor === null ? say(lang, 'unattached') : say(lang, 'attachedTo', { name: section.anchor });
        const items = section.cards
          .map((card) => `<li id="card-${e(card.id)}">${e(card.text)}${card.votes > 0 ? ` <span class="votes">(${e(sayCount(lang, 'votes', card.votes))})</span>` : ''}</li>`)
          .join('');
        parts.push(`<p class="anchor">${e(heading)}</p><ul>${items}</ul>`);
      }
      parts.push('</div>');
    }
    if (content.texts.length > 0) {
      parts.push(`<h3>${e(say(lang, 'texts'))}</h3><ul>${content.texts.map((text) => `<li>${e(text.text)}</li>`).join('')}</ul>`);
    }
    if (content.skipped > 0) parts.push(`<p class="skipped">${e(sayCount(lang, 'skipped', content.skipped))}</p>`);
    parts.push('</section>');
  }
  parts.push(`<section class="across"><h2>${e(say(lang, 'acrossGroups'))}</h2>`);
  parts.push(`<h3>${e(say(lang, 'whoMissing'))}</h3><p>${e(say(lang, 'whoMissingIntro'))}</p>`);
  parts.push(`<table><thead><tr><th>${e(say(lang, 'category'))}</th>${report.groups.map((group) => `<th>${e(group.name)}</th>`).join('')}</tr></thead><tbody>`);
  for (const row of report.coverage) {
    const cells = row.placedBy.map((placed) => `<td>${placed ? `<span aria-label="${e(say(lang, 'placed'))}">✓</span>` : ''}</td>`).join('');
    parts.push(`<tr><td>${e(row.name)}</td>${cells}</tr>`);
  }
  parts.push('</tbody></table>');
  parts.push(`<p id="missing">${e(report.missing.length === 0 ? say(lang, 'noneMissing') : say(lang, 'missingSentence', { list: listSentence(lang, report.missing) }))}</p>`);
  parts.push(`<h3>${e(say(lang, 'mostVoted'))}</h3>`);
  parts.push(
    report.mostVoted.length === 0
      ? `<p>${e(say(lang, 'noVotes'))}</p>`
      : `<ol>${report.mostVoted
          .map(({ group, card }) => `<li><a href="#card-${e(card.id)}">${e(card.text)}</a>: ${e(sayCount(lang, 'votes', card.votes))} <span class="meta">(${e(cardKind(card.kind).name[lang])}, ${e(group)})</span></li>`)
          .join('')}</ol>`,
  );
  parts.push('</section>');
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${e(say(lang, 'title', { title: report.title }))}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
