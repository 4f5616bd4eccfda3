/**
 * Launching Debian's Chromium for browser tests. No download, no network: the binary comes from
 * CHROMIUM_PATH or /usr/bin/chromium, and a missing one fails loudly with the fix.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a headless root Chromium on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Fix the path or unset it.`,
      );
    }
    return fromEnv;
  }
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package (`sudo apt-get install -y chromium`) " +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** Starts a fresh headless Chromium (Playwright gives every launch a new, empty profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
