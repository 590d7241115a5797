/**
 * One step of load in a fresh generator process (generator.ts), so the load never shares an
 * event loop with whatever measures it; a hung generator is killed at a deadline.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './contestants.ts';
import type { GeneratorMessage, StepConfig, StepResult } from './step.ts';

const generatorPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'generator.ts');

export function connectTimeoutMs(connections: number): number {
  return 20_000 + 10 * connections;
}

/** Resolves to the step's result, or to why there is none. */
export function runGenerator(config: StepConfig, label: string): Promise<StepResult | string> {
  const deadlineMs =
    connectTimeoutMs(config.clients * 2) + config.warmupMs + config.measureMs + config.drainMs + 40_000;
  return new Promise((resolve) => {
    const child = fork(generatorPath, [JSON.stringify(config)], {
      cwd: repoRoot,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: StepResult | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('message', (message: GeneratorMessage) => {
      if (message.type === 'phase') process.stderr.write(`    ${label}: ${message.phase}\n`);
      else result = message.result;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? `generator exited (${signal ?? code}) without a result`);
    });
  });
}

