// Starts Debian's chromium (or BOTWRIGHT_CHROMIUM) headless in a fresh profile, with everything
// that would reach beyond loopback turned off. Shared by the browser tests' scripts.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `use(context)` in a new browser and always closes it and deletes its profile. */
export async function withChromium(viewport, use) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'botwright-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.BOTWRIGHT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
    viewport,
  });
  try {
    await use(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
