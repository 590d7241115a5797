/**
 * Who a token makes its bearer in a workshop. The server enforces them (docs/api.md):
 * facilitator: every board of the workshop, read-write, plus control (rotate, lock);
 * participant: every group board, read-write unless the workshop is locked;
 * viewer: every board, read-only.
 */
export const roles = ['facilitator', 'participant', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{6}$/;

/** A token travels in a link's fragment: /b/<room>#t=<token>. Server-issued, URL-safe. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** Bounds of POST /api/workshops (docs/api.md). */
export const MAX_WORKSHOP_GROUPS = 50;
export const MAX_GROUP_NAME_LENGTH = 80;
export const MAX_WORKSHOP_QUESTIONS = 10;
export const MAX_QUESTION_LENGTH = 300;
/** A person's display name on a board, and as the author of a version. */
export const MAX_NAME_LENGTH = 40;
/** A named version's label (POST /api/boards/:id/versions), trimmed. */
export const MAX_VERSION_LABEL_LENGTH = 120;

/** A group of a workshop as the API names it; its board's id is also its room name. */
export interface WorkshopGroup {
  id: string;
  name: string;
  room: string;
}

/** The answer to POST /api/workshops (docs/api.md): tokens in clear, shown once. */
export interface CreatedWorkshop {
  id: string;
  facilitatorToken: string;
  participantToken: string;
  viewerToken: string;
  joinCode: string;
  groups: WorkshopGroup[];
  links: { facilitator: string; join: string; viewer: string };
}
