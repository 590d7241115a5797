/**
 * The workshop's documentation (docs/api.md): report.html, report.md, notes.csv and
 * export.json, made from every group's board as it is now. Any token of the workshop reads.
 */
import type { FastifyInstance } from 'fastify';
import { isLanguage, type Language } from '@samkarta/shared';
import type { WorkshopAccess } from '../auth/WorkshopAccess.js';
import { bearerToken } from '../auth/WorkshopAccess.js';
import { notesCsv } from '../report/notesCsv.js';
import { reportHtml } from '../report/reportHtml.js';
import { reportMarkdown } from '../report/reportMarkdown.js';
import { buildWorkshopReport, type WorkshopReport } from '../report/workshopReport.js';
import type { Store } from '../store/Store.js';
import type { LiveBoards } from '../versions/BoardVersions.js';
import { errorBodySchema } from './errors.js';

export interface ReportRouteDeps {
  store: Store;
  access: WorkshopAccess;
  boards: Pick<LiveBoards, 'boardState'>;
}

const params = {
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  required: ['id'],
} as const;
const querystring = {
  type: 'object',
  properties: { lang: { type: 'string', enum: ['sv', 'en'] } },
  additionalProperties: false,
} as const;

/** Dates as the workshop's region reads them. */
function formatDate(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(ms);
}

const formats = {
  'report.html': { type: 'text/html; charset=utf-8', render: (r: WorkshopReport) => reportHtml(r, formatDate(r.generatedAt, r.language)) },
  'report.md': { type: 'text/markdown; charset=utf-8', render: (r: WorkshopReport) => reportMarkdown(r, formatDate(r.generatedAt, r.language)) },
  'notes.csv': { type: 'text/csv; charset=utf-8', render: notesCsv },
  'export.json': {
    type: 'application/json; charset=utf-8',
    render: (r: WorkshopReport) =>
      JSON.stringify({
        workshop: { id: r.workshopId, title: r.title },
        exportedAt: r.generatedAt,
        groups: r.groups.map((group) => ({
          id: group.id,
          name: group.name,
          room: group.room,
          elements: Object.fromEntries(group.content.elements.map((element) => [element.id, element])),
          unreadableElements: group.content.skipped,
        })),
      }),
  },
} as const;

export function reportRoutes(app: FastifyInstance, { store, access, boards }: ReportRouteDeps): void {
  for (const [file, format] of Object.entries(formats)) {
    app.get<{ Params: { id: string }; Querystring: { lang?: Language } }>(
      `/api/workshops/:id/${file}`,
      { schema: { params, querystring, response: { '4xx': errorBodySchema } } },
      async (request, reply) => {
        const id = request.params.id;
        const result = await access.forWorkshop(bearerToken(request.headers.authorization), id, ['facilitator', 'participant', 'viewer']);
        if (!result.ok) return reply.status(result.status).send({ error: result.error });
        const workshop = await store.getWorkshop(id);
        if (workshop === null) return reply.status(404).send({ error: 'workshop not found' });
        const groups = await store.listGroups(id);
        const states = await Promise.all(groups.map((group) => boards.boardState(group.room)));
        const language = isLanguage(request.query.lang) ? request.query.lang : 'sv';
        const report = buildWorkshopReport(
          {
            workshopId: id,
            title: workshop.title,
            groups: groups.map((group, i) => ({ id: group.id, name: group.name, room: group.room, state: states[i] as Uint8Array })),
          },
          language,
          Date.now(),
        );
        return reply.type(format.type).header('cache-control', 'no-store').send(format.render(report));
      },
    );
  }
}
