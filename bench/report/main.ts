/**
 * `npm run bench:report`: the workshop's documentation for 18 groups × 300 elements (issue
 * target: under 2 s for the whole report). Builds the boards in memory (actors, cards attached
 * to them, relations, votes), then times, over several runs, reading every board and building
 * the report model, and each rendering. As a peer for scale, the same run times decoding every
 * board into a Y.Doc and `toJSON()` of it: the least any report has to do. Not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { actorCategoryIds, addVote, createElement, startVotingRound } from '../../shared/src/index.ts';
import { notesCsv } from '../../server/src/report/notesCsv.ts';
import { reportHtml } from '../../server/src/report/reportHtml.ts';
import { reportMarkdown } from '../../server/src/report/reportMarkdown.ts';
import { buildWorkshopReport, type ReportSource } from '../../server/src/report/workshopReport.ts';

const { values } = parseArgs({
  options: {
    groups: { type: 'string', default: '18' },
    elements: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
  },
});
const GROUPS = Number(values.groups);
const ELEMENTS = Number(values.elements);
const RUNS = Number(values.runs);

const WORDS = ['finansiering', 'samverkan', 'kompetensförsörjning', 'ledarskap', 'kommunerna', 'tid', 'resurser', 'målbild', 'regionen', 'näringslivet'];

function board(group: number): Uint8Array {
  const doc = new Y.Doc();
  const actors: string[] = [];
  const actorCount = Math.round(ELEMENTS * 0.1);
  for (let i = 0; i < actorCount; i++) {
    const category = actorCategoryIds[i % actorCategoryIds.length] as string;
    actors.push(createElement(doc, { kind: 'actor', category, label: `Aktör ${group}-${i}`, x: i * 220, y: 0, w: 200, h: 80 } as never));
  }
  const cards: string[] = [];
  for (let i = actorCount; i < ELEMENTS; i++) {
    const text = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + group) % WORDS.length]} saknas i grupp ${group}, lapp ${i}`;
    cards.push(
      createElement(
        doc,
        { kind: i % 2 === 0 ? 'obstacle' : 'enabler', text, x: (i % 20) * 200, y: 200 + Math.floor(i / 20) * 130, w: 180, h: 110, ...(i % 3 === 0 ? { attachedTo: actors[i % actors.length] } : {}) } as never,
        { createdBy: `Deltagare ${i % 7}` },
      ),
    );
  }
  startVotingRound(doc, { id: 'r1', votesPerPerson: 3, startedAt: 1 });
  for (let voter = 0; voter < 8; voter++) for (let v = 0; v < 3; v++) addVote(doc, 'r1', `voter${voter}`, cards[(voter * 5 + v * 11) % cards.length] as string);
  return Y.encodeStateAsUpdate(doc);
}

function time(what: () => unknown): number {
  const started = performance.now();
  what();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const source: ReportSource = {
  workshopId: 'bench',
  title: 'Benchmark',
  groups: Array.from({ length: GROUPS }, (_, i) => ({ id: `g${i}`, name: `Grupp ${i + 1}`, room: `room${i}`, state: board(i) })),
};
const bytes = source.groups.reduce((sum, group) => sum + group.state.byteLength, 0);

const figures = { decode: [] as number[], model: [] as number[], html: [] as number[], md: [] as number[], csv: [] as number[], total: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  figures.decode.push(
    time(() => {
      for (const group of source.groups) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, group.state);
        doc.getMap('elements').toJSON();
        doc.destroy();
      }
    }),
  );
  let report = buildWorkshopReport(source, 'sv', Date.now());
  figures.model.push(time(() => (report = buildWorkshopReport(source, 'sv', Date.now()))));
  figures.html.push(time(() => reportHtml(report, 'idag')));
  figures.md.push(time(() => reportMarkdown(report, 'idag')));
  figures.csv.push(time(() => notesCsv(report)));
  figures.total.push(time(() => reportHtml(buildWorkshopReport(source, 'sv', Date.now()), 'idag')));
}

const decode = median(figures.decode);
console.log(`report of ${GROUPS} groups × ${ELEMENTS} elements (${(bytes / 1024).toFixed(0)} KiB of board state), median of ${RUNS} runs:`);
for (const [name, list] of Object.entries(figures)) {
  const ms = median(list);
  console.log(`  ${name.padEnd(7)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / decode).toFixed(2)}× decode+toJSON`);
}
const total = median(figures.total);
console.log(`target: report.html under 2000 ms: ${total < 2000 ? 'met' : 'MISSED'} (${total.toFixed(0)} ms)`);
