/**
 * Headless Chromium for end-to-end tests: Debian's `chromium` driven by playwright-core
 * (no browser download). Without it the tests are skipped with a loud message, except in CI
 * where nothing may be skipped.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

if (!chromiumAvailable) {
  const message = `\n*** ${CHROMIUM_PATH} not found: end-to-end tests are SKIPPED (apt-get install chromium) ***\n`;
  if (process.env['CI']) throw new Error(`${message}CI must not skip them.`);
  console.warn(message);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** Where screenshots and other artifacts of a test run go (ignored by git). */
export function artifactPath(name: string): string {
  const dir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
