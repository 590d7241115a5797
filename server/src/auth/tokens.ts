/**
 * Secrets a workshop hands out: bearer tokens (192 random bits, URL-safe) and join codes
 * (short enough to type from a projector). Only a token's SHA-256 is needed to recognise it.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@samkarta/shared';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 31^6 ≈ 887 million codes; guessing is bounded by the join rate limit, not by length. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
