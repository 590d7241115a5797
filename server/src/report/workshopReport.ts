/**
 * The workshop's documentation as data, from every group's board: each group's content, which
 * actor categories each group placed ("Vem saknas?") and the most voted cards across groups.
 * The renderers (Markdown, HTML, CSV) only lay this out.
 */
import { actorCategories, messages, type Language, type Messages } from '@samkarta/shared';
import { readGroupContent, type GroupContent, type ReportCard } from './groupContent.js';

/** Cards listed under "Mest röstat". */
const MOST_VOTED = 10;

export interface ReportGroup {
  id: string;
  name: string;
  room: string;
  content: GroupContent;
}

export interface WorkshopReport {
  workshopId: string;
  title: string;
  language: Language;
  generatedAt: number;
  groups: ReportGroup[];
  /** Each catalogue category with, per group in order, whether that group placed one. */
  coverage: { category: string; name: string; placedBy: boolean[] }[];
  /** Names of the categories no group placed. */
  missing: string[];
  mostVoted: { group: string; card: ReportCard }[];
}

export interface ReportSource {
  workshopId: string;
  title: string;
  groups: { id: string; name: string; room: string; state: Uint8Array }[];
}

export function buildWorkshopReport(source: ReportSource, language: Language, now: number): WorkshopReport {
  const groups = source.groups.map(({ id, name, room, state }) => ({ id, name, room, content: readGroupContent(state, language) }));
  const coverage = actorCategories.map((category) => ({
    category: category.id,
    name: category.name[language],
    placedBy: groups.map((group) => group.content.actors.some((actor) => actor.category === category.id)),
  }));
  const mostVoted = groups
    .flatMap((group) => group.content.cards.filter((card) => card.votes > 0).map((card) => ({ group: group.name, card })))
    .sort((a, b) => b.card.votes - a.card.votes || a.group.localeCompare(b.group) || a.card.text.localeCompare(b.card.text))
    .slice(0, MOST_VOTED);
  return {
    workshopId: source.workshopId,
    title: source.title,
    language,
    generatedAt: now,
    groups,
    coverage,
    missing: coverage.filter((row) => !row.placedBy.some(Boolean)).map((row) => row.name),
    mostVoted,
  };
}

/** `{{name}}` placeholders filled in; `{{count}}` also picks the `_one`/`_other` form. */
export function say(language: Language, key: keyof Messages['report'], values: Record<string, string | number> = {}): string {
  const report = messages[language].report as Record<string, string>;
  const template = report[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function sayCount(language: Language, key: 'votes' | 'skipped', count: number): string {
  return say(language, `${key}_${count === 1 ? 'one' : 'other'}`, { count });
}

/** "A, B och C". */
export function listSentence(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${say(language, 'and')} ${items.at(-1) as string}`;
}

/** A group's cards of one kind, under the actor or relation they sit on, unattached ones last. */
export function cardsByAnchor(cards: readonly ReportCard[], kind: ReportCard['kind']): { anchor: string | null; cards: ReportCard[] }[] {
  const sections = new Map<string | null, ReportCard[]>();
  for (const card of cards) {
    if (card.kind !== kind) continue;
    const list = sections.get(card.anchor);
    if (list) list.push(card);
    else sections.set(card.anchor, [card]);
  }
  const unattached = sections.get(null);
  sections.delete(null);
  const ordered = [...sections].map(([anchor, list]) => ({ anchor, cards: list }));
  return unattached === undefined ? ordered : [...ordered, { anchor: null, cards: unattached }];
}
