/**
 * What the orchestrator (main.ts) asks of one generator run, and what the run reports back
 * over the IPC channel.
 */
import type { DialectName } from './dialects.ts';
import type { Percentiles } from './stats.ts';

/** One room of a step as the contestant serves it (Samkarta's rooms are workshop boards). */
export interface RoomTarget {
  name: string;
  /**
   * Where a stock y-websocket provider would be pointed (it appends '/<name>'); for Hocuspocus
   * the socket URL itself, the document name travelling in every frame instead.
   */
  serverUrl: string;
  /** Access token of a participant, and of the observing facilitator (null: no access control). */
  senderToken: string | null;
  observerToken: string | null;
}

/** The websocket URL one connection of a room opens. */
export function roomUrl(dialect: DialectName, target: RoomTarget, role: 'sender' | 'observer'): string {
  if (dialect === 'hocuspocus') return target.serverUrl;
  const token = role === 'sender' ? target.senderToken : target.observerToken;
  const url = `${target.serverUrl}/${encodeURIComponent(target.name)}`;
  return token === null ? url : `${url}?token=${encodeURIComponent(token)}`;
}

export interface StepConfig {
  contestant: string;
  dialect: DialectName;
  /** ceil(clients / roomSize) rooms, fresh for every step so each starts from a new board. */
  rooms: RoomTarget[];
  /** Participants (senders), the ladder's client count. */
  clients: number;
  roomSize: number;
  /** Facilitator connections per room: receive, never send a change. */
  observersPerRoom: number;
  updateHz: number;
  awarenessHz: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
  connectTimeoutMs: number;
  connectConcurrency: number;
  serverPid: number;
}

export interface KindResult {
  /** Changes sent during the measured window. */
  sent: number;
  /** sent × receivers in the sender's room (everyone but the sender). */
  expected: number;
  delivered: number;
  latencyMs: Percentiles;
}

export interface StepResult {
  contestant: string;
  clients: number;
  rooms: number;
  connections: number;
  ok: boolean;
  /** Why the step did not produce figures (connect timeout, server gone, …). */
  failure: string | null;
  connectMs: number;
  measuredMs: number;
  updates: KindResult;
  awareness: KindResult;
  /** Server CPU over the measured window, percent of one core (200 = both cores). */
  serverCpuPct: number | null;
  /** Highest server RSS sampled during the measured window. */
  serverRssMb: number | null;
  generatorCpuPct: number;
  /**
   * CPU of everything else on the machine during the window (machine − server − generator),
   * per core: another process competing for the two cores makes a step's figures suspect.
   */
  otherCpuPct: number | null;
  /** 99th percentile of the generator's event-loop delay beyond its timer resolution. */
  generatorLagP99Ms: number;
  /** Connections that closed or failed on their own during the step. */
  lostConnections: number;
  lostReasons: string[];
}

export type GeneratorMessage =
  | { type: 'phase'; phase: string }
  | { type: 'result'; result: StepResult };
