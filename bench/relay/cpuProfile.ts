/**
 * Reads a V8 .cpuprofile (written by `node --cpu-prof`) and lists the functions with the most
 * self time, so a bench run can say where a server spent its CPU.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  location: string;
  ms: number;
  pct: number;
}

/** Functions by self time (ms), highest first; '(idle)' is left out of the percentages. */
export function topSelfTime(file: string, limit: number): { total: SelfTime[]; busyMs: number; idleMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; attribute the gap after a sample to it.
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    const us = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + us);
  }
  const byFunction = new Map<string, SelfTime>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const node = nodes.get(id);
    if (node === undefined) continue;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const url = node.callFrame.url.replace(/^file:\/\//, '');
    const short = url.includes('node_modules/')
      ? url.slice(url.lastIndexOf('node_modules/') + 'node_modules/'.length)
      : url.replace(/^.*\/(server|shared)\//, '$1/');
    const location = url === '' ? '' : `${short}:${node.callFrame.lineNumber + 1}`;
    const key = `${name}@${location}`;
    const entry = byFunction.get(key) ?? { name, location, ms: 0, pct: 0 };
    entry.ms += us / 1000;
    byFunction.set(key, entry);
  }
  const total = [...byFunction.values()]
    .map((e) => ({ ...e, pct: busyUs === 0 ? 0 : (e.ms * 1000 * 100) / busyUs }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
  return { total, busyMs: busyUs / 1000, idleMs: idleUs / 1000 };
}

export function profilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

export function profileText(file: string, limit = 25): string {
  const { total, busyMs, idleMs } = topSelfTime(file, limit);
  const lines = [
    `CPU profile ${path.basename(file)}: ${(busyMs / 1000).toFixed(1)} s busy, ${(idleMs / 1000).toFixed(1)} s idle; top self time (% of busy):`,
  ];
  for (const e of total) {
    lines.push(`  ${e.pct.toFixed(1).padStart(5)}%  ${e.ms.toFixed(0).padStart(7)} ms  ${e.name}  ${e.location}`);
  }
  return lines.join('\n');
}
