/**
 * The built client the bench opens. By default a fresh production build of the working tree
 * into a temporary folder (client/dist is left alone: other work may be serving it); with
 * --client-dist an existing build is used as it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ClientBuild {
  dir: string;
  /** Removes the folder if the bench made it. */
  dispose(): void;
}

export function clientBuild(repoRoot: string, existing: string | null, log: (line: string) => void): ClientBuild {
  if (existing !== null) {
    const dir = path.resolve(existing);
    if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} holds no client build (index.html)`);
    log(`client: the build in ${dir}`);
    return { dir, dispose: () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samkarta-bench-render-client-'));
  log(`client: building the working tree (vite build --outDir ${dir}) …`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
