/**
 * Makes a workshop: its tokens and join code, one board per group seeded with its title and
 * the workshop's template, all stored in one transaction. A lone board from POST /api/boards is a one-group workshop made
 * here too, so every board has exactly one workshop that decides who may open it.
 */
import { nanoid } from 'nanoid';
import * as Y from 'yjs';
import type { CreatedWorkshop, Role, WorkshopTemplate } from '@samkarta/shared';
import {
  boardTemplates,
  controlRoomName,
  createElements,
  defaultLanguage,
  initBoardMeta,
  seedControl,
} from '@samkarta/shared';
import { hashToken, newJoinCode, newToken } from '../auth/tokens.js';
import type { GroupRecord, NewWorkshop, Store } from '../store/Store.js';

export interface WorkshopSpec {
  title: string;
  groupNames: readonly string[];
  template: WorkshopTemplate;
  questions: readonly string[];
}


/** A few tries are plenty: a collision among 887 million codes is rare. */
const JOIN_CODE_ATTEMPTS = 5;

/** Links carry tokens in the fragment: a fragment never reaches server logs or Referer headers. */
export function boardLink(room: string, token: string): string {
  return `/b/${room}#t=${token}`;
}

/** The workshop page with a token: the facilitator's, or the viewer's. */
export function workshopLink(id: string, token: string): string {
  return `/w/${id}#t=${token}`;
}

export function joinLink(joinCode: string): string {
  return `/join/${joinCode}`;
}

export async function unusedJoinCode(store: Store): Promise<string> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode();
    if ((await store.findWorkshopByJoinCode(code)) === null) return code;
  }
  throw new Error('no free join code found');
}

/**
 * A board's first snapshot: its title and the template's elements. The template's titles are
 * Swedish, the language boards start in; the group may retitle them like any zone.
 */
function seededBoard(title: string, template: WorkshopTemplate, createdAt: number): Uint8Array {
  return encodedDoc((doc) => {
    initBoardMeta(doc, title, createdAt);
    createElements(doc, boardTemplates[template].elements(defaultLanguage), { now: createdAt });
  });
}

/** A document's first snapshot: what `write` puts in an empty doc. */
function encodedDoc(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    write(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export type NewGroup = NewWorkshop['groups'][number];

/** A group with its own board, seeded with a title that names the group and the template. */
export function newGroup(
  workshop: { id: string; title: string; template: WorkshopTemplate },
  name: string,
  position: number,
  createdAt: number,
): NewGroup {
  const { id: workshopId, title: workshopTitle } = workshop;
  const group: GroupRecord = { id: nanoid(), workshopId, name, room: nanoid(), position };
  // The board's own title names the group, so a board opened alone says where it belongs;
  // a lone board's only group carries the workshop's title and is not named twice.
  const title = name === workshopTitle || workshopTitle === '' ? name : `${workshopTitle} – ${name}`;
  return { group, board: { id: group.room, title, createdAt }, snapshot: seededBoard(title, workshop.template, createdAt) };
}

export async function createWorkshop(store: Store, spec: WorkshopSpec): Promise<CreatedWorkshop> {
  // nanoid's default: 21 URL-safe characters, 126 bits, unguessable and a valid room name.
  const id = nanoid();
  const createdAt = Date.now();
  const tokens: Record<Role, string> = { facilitator: newToken(), participant: newToken(), viewer: newToken() };
  const joinCode = await unusedJoinCode(store);
  const groups = spec.groupNames.map((name, position) =>
    newGroup({ id, title: spec.title, template: spec.template }, name, position, createdAt),
  );
  await store.createWorkshop({
    workshop: {
      id,
      title: spec.title,
      template: spec.template,
      questions: [...spec.questions],
      createdAt,
      joinCode,
      participantToken: tokens.participant,
      viewerToken: tokens.viewer,
      locked: false,
      closed: false,
    },
    tokens: (Object.keys(tokens) as Role[]).map((role) => ({ hash: hashToken(tokens[role]), role })),
    groups,
    // Every board shows the questions from the control document, where the wall edits them.
    control: { room: controlRoomName(id), snapshot: encodedDoc((doc) => seedControl(doc, spec.questions)) },
  });
  return {
    id,
    facilitatorToken: tokens.facilitator,
    participantToken: tokens.participant,
    viewerToken: tokens.viewer,
    joinCode,
    groups: groups.map(({ group }) => ({ id: group.id, name: group.name, room: group.room })),
    links: {
      facilitator: workshopLink(id, tokens.facilitator),
      join: joinLink(joinCode),
      viewer: workshopLink(id, tokens.viewer),
    },
  };
}
