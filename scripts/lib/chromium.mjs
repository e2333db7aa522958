// Finds a Chromium and launches it with the built extension loaded (headless works without a display).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium fonts-noto-cjk` ' +
        '(or set CHROMIUM_PATH to a Chromium binary; branded Chrome ignores --load-extension).',
    );
  }
  return found;
}

/** @param {{ extDir: string, headless?: boolean, viewport?: {width:number,height:number}, colorScheme?: 'light'|'dark' }} opts */
export async function launchWithExtension({ extDir, headless = true, viewport, colorScheme }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'resume-autofill-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: viewport ?? { width: 1280, height: 800 },
    colorScheme,
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let sw = ctx.serviceWorkers()[0];
  try {
    sw ??= await ctx.waitForEvent('serviceworker', { timeout: 10_000 });
  } catch {
    await ctx.close();
    throw new Error(
      `Chromium did not start the extension in ${extDir}. Run: /usr/bin/chromium --headless --no-sandbox ` +
        `--enable-logging=stderr --user-data-dir=$(mktemp -d) --load-extension=${extDir} to see why.`,
    );
  }
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await ctx.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { ctx, sw, extensionId, close };
}
