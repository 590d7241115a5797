/**
 * CPU time and memory of a process from /proc (Linux only), for the server under test.
 * CPU is reported per core: 100 % is one core busy, 200 % both cores of this machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let cachedTicks: number | null = null;

/** Kernel clock ticks per second (the unit of utime/stime in /proc/<pid>/stat). */
export function clockTicksPerSecond(): number {
  if (cachedTicks === null) {
    try {
      cachedTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      // getconf is part of libc-bin on every Linux here; 100 is the kernel's USER_HZ anyway.
      cachedTicks = 100;
    }
  }
  return cachedTicks;
}

/** utime + stime of a process in seconds, or null if it is gone. */
export function readCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of the full line are utime and stime; after the name, state is field 3.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clockTicksPerSecond();
}

/** Resident set size in MB, or null if the process is gone. */
export function readRssMb(pid: number): number | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match?.[1] === undefined ? null : Number(match[1]) / 1024;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // A zombie (state Z) has exited and only waits to be reaped.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** CPU use of a process between two points in time, as per-core percent. */
export class CpuMeter {
  private startCpu: number | null;
  private startWall: number;

  constructor(private readonly pid: number) {
    this.startCpu = readCpuSeconds(pid);
    this.startWall = performance.now();
  }

  restart(): void {
    this.startCpu = readCpuSeconds(this.pid);
    this.startWall = performance.now();
  }

  /** Percent of one core since the start, or null if the process is gone. */
  percent(): number | null {
    const now = readCpuSeconds(this.pid);
    const wallSeconds = (performance.now() - this.startWall) / 1000;
    if (now === null || this.startCpu === null || wallSeconds <= 0) return null;
    return ((now - this.startCpu) / wallSeconds) * 100;
  }
}

/** Busy and total CPU time of the whole machine, all cores, in clock ticks (/proc/stat). */
export function readSystemTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const total = values.slice(0, 8).reduce((sum, v) => sum + v, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/**
 * CPU use of the whole machine as per-core percent (200 = both cores busy), between two
 * readSystemTicks() readings, so the bench can tell how much of it was someone else's.
 */
export function systemCpuPct(
  start: { busy: number; total: number },
  end: { busy: number; total: number },
  cores: number,
): number {
  const total = end.total - start.total;
  return total <= 0 ? 0 : ((end.busy - start.busy) / total) * cores * 100;
}
