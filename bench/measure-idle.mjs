// What the shipped extension costs a page the user merely opens: main-thread script and task time of
// loading a heavy page with the production build vs the same page in a browser without the extension,
// on a recruiting host (where the manifest's content script runs) and on an unrelated site (where
// nothing may run). Also counts the extension's isolated worlds created in each page: the proof that
// no extension code ran at all on the unrelated one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, launchWithExtension } from '../scripts/lib/chromium.mjs';
import { serveLocal } from '../scripts/lib/session.mjs';
import { median } from './stats.mjs';

export const IDLE_URLS = {
  recruiting: 'https://app.mokahr.com/bench/heavy',
  unrelated: 'https://example.org/heavy',
};
// After `load` the manifest script still has to reach document_idle and run; this leaves it room.
const SETTLE_MS = 800;

/** The same Chromium and flags as launchWithExtension, minus the extension. */
async function launchPlain() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'resume-autofill-bench-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [
      '--disable-extensions',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await ctx.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { ctx, close };
}

/** One cold load of `url` in a fresh tab: metrics in ms and the extension's isolated worlds seen. */
async function loadOnce(ctx, url, extensionId) {
  const page = await ctx.newPage();
  const cdp = await page.context().newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData ?? {};
    const ours = extensionId && context.origin?.startsWith(`chrome-extension://${extensionId}`);
    if (aux.type === 'isolated' && ours) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const elements = await page.evaluate(() => document.body.querySelectorAll('*').length);
  await cdp.detach();
  await page.close();
  return { scriptMs: get('ScriptDuration'), taskMs: get('TaskDuration'), worlds: worlds.length, elements };
}

function summarise(samples) {
  return {
    scriptMs: median(samples.map((s) => s.scriptMs)),
    taskMs: median(samples.map((s) => s.taskMs)),
    extensionWorlds: Math.max(...samples.map((s) => s.worlds)),
    samples,
  };
}

/** @param {{ extDir: string, heavyFile: string, runs: number }} opts */
export async function measureIdle({ extDir, heavyFile, runs }) {
  const withExt = await launchWithExtension({ extDir });
  const without = await launchPlain();
  try {
    for (const url of Object.values(IDLE_URLS)) {
      await serveLocal(withExt.ctx, heavyFile, url);
      await serveLocal(without.ctx, heavyFile, url);
    }
    const raw = {};
    for (const [where, url] of Object.entries(IDLE_URLS)) {
      raw[where] = { withExtension: [], withoutExtension: [] };
      // Warm both browsers' caches and code paths once, then alternate so drift hits both sides alike.
      await loadOnce(withExt.ctx, url, withExt.extensionId);
      await loadOnce(without.ctx, url, null);
      for (let i = 0; i < runs; i++) {
        raw[where].withExtension.push(await loadOnce(withExt.ctx, url, withExt.extensionId));
        raw[where].withoutExtension.push(await loadOnce(without.ctx, url, null));
      }
    }
    const out = {};
    for (const [where, { withExtension, withoutExtension }] of Object.entries(raw)) {
      const a = summarise(withExtension);
      const b = summarise(withoutExtension);
      out[where] = {
        url: IDLE_URLS[where],
        elements: withExtension[0].elements,
        withExtension: a,
        withoutExtension: b,
        addedScriptMs: a.scriptMs - b.scriptMs,
        addedTaskMs: a.taskMs - b.taskMs,
      };
    }
    return { runs, settleMs: SETTLE_MS, ...out };
  } finally {
    await withExt.close();
    await without.close();
  }
}
