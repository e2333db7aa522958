// Import speed: parse + derive + store through the real options page (file picker → preview shown),
// and the pure parse under Node with lib/resume/parse.ts bundled by esbuild (no browser, no storage).
/* global chrome -- the service worker's API, in functions evaluated there */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import { median } from './stats.mjs';

const METRICS = { scriptMs: 'ScriptDuration', layoutMs: 'LayoutDuration', styleMs: 'RecalcStyleDuration' };

async function pageMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return Object.fromEntries(Object.entries(METRICS).map(([k, name]) => [k, get(name)]));
}

/**
 * Time from choosing the file to the preview appearing, with storage emptied first so the preview is new,
 * and how much of it the page's main thread spent in script, layout and style (the rest is waiting).
 */
async function importOnce({ ctx, sw, extensionId }, file) {
  await sw.evaluate(() => chrome.storage.local.clear());
  const page = await ctx.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const input = page.locator('[data-testid="import-file"]');
    await input.waitFor({ state: 'attached' });
    if (await page.locator('[data-testid="preview"]').count()) throw new Error('preview shown before import');
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await pageMetrics(cdp);
    const started = performance.now();
    await input.setInputFiles(file);
    await page.waitForSelector('[data-testid="preview"], [data-testid="import-errors"]', { timeout: 15_000 });
    const ms = performance.now() - started;
    const after = await pageMetrics(cdp);
    if (await page.locator('[data-testid="import-errors"]').count()) throw new Error(`${file} was rejected`);
    return { ms, ...Object.fromEntries(Object.keys(METRICS).map((k) => [k, after[k] - before[k]])) };
  } finally {
    await page.close();
  }
}

/** Bundles the parser for Node once; packages stay external and resolve from the project's node_modules. */
async function loadParser(root, outDir) {
  const outfile = join(outDir, 'parse.mjs');
  await build({
    entryPoints: [join(root, 'lib/resume/parse.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'error',
    alias: { '~': root },
  });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)).parseResume;
}

function parseTimes(parseResume, text, iterations) {
  for (let i = 0; i < 3; i++) parseResume(text); // JIT warm-up, as the options page is warm on a second import
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    const result = parseResume(text);
    times.push(performance.now() - t);
    if (!result.ok) throw new Error(`parse failed: ${result.errors[0]?.message}`);
  }
  return times;
}

/** @param {{ extDir: string, root: string, outDir: string, files: Record<string, string>, runs: number }} opts */
export async function measureImport({ extDir, root, outDir, files, runs }) {
  const parseResume = await loadParser(root, outDir);
  const out = {};
  for (const [label, file] of Object.entries(files)) {
    const text = readFileSync(file, 'utf8');
    const first = performance.now();
    const firstResult = parseResume(text);
    const coldMs = performance.now() - first;
    const projects = firstResult.ok ? firstResult.resume.projects.length : 0;
    out[label] = {
      bytes: statSync(file).size,
      projects,
      nodeParseColdMs: coldMs,
      nodeParseMs: median(parseTimes(parseResume, text, 20)),
    };
  }
  const session = await launchWithExtension({ extDir });
  try {
    // One untimed import first: it loads the options chunk into the HTTP and code caches, as for a user.
    await importOnce(session, Object.values(files)[0]);
    for (const [label, file] of Object.entries(files)) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await importOnce(session, file));
      const med = (k) => median(samples.map((x) => x[k]));
      Object.assign(out[label], {
        optionsPageMs: med('ms'),
        optionsPageMainThread: {
          scriptMs: med('scriptMs'),
          layoutMs: med('layoutMs'),
          styleMs: med('styleMs'),
        },
        optionsPageSamples: samples.map((x) => x.ms),
      });
    }
  } finally {
    await session.close();
  }
  return out;
}
