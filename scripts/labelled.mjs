#!/usr/bin/env node
// npm run labelled -- --set DIR --resume FILE.md [--only NAME[,NAME…]] [--jobs N] [--out DIR] [--scorer FILE]
//                     [--extension BUILD_DIR] [--lines] [NAME…]
// Fills every page of a prepared labelled set (../shared/tools/labelled-pages: real saved sign-up and
// checkout pages whose fields carry an expected type) through the real extension in one headless Chromium
// session, each page served offline at its original URL so host-matched logic runs as on the web, then
// scores the run with the set's scorer: recall on name/email/phone and wrong fills, with the per-page
// problem lines. The pages are third-party and live outside the repository, so this cannot run in CI.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ensureBuilt, ROOT } from './lib/build.mjs';
import { launchWithExtension } from './lib/chromium.mjs';
import { fillThroughPopup, importResume } from './lib/session.mjs';

const USAGE =
  'usage: npm run labelled -- --set DIR --resume FILE.md [--only NAME[,NAME…]] [--jobs N] [--out DIR] ' +
  '[--scorer FILE] [--extension BUILD_DIR] [--lines] [NAME…]';
/** The viewport the set's reachability was measured in (labelled-pages.mjs prepare). */
const VIEWPORT = { width: 1280, height: 900 };
/** The popup waits 60 s for a report; a page that takes longer than this as a whole is abandoned. */
const PAGE_TIMEOUT_MS = 75_000;

function fail(message) {
  console.error(`labelled: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      set: { type: 'string' },
      resume: { type: 'string' },
      only: { type: 'string', multiple: true },
      jobs: { type: 'string' },
      out: { type: 'string' },
      scorer: { type: 'string' },
      extension: { type: 'string' },
      lines: { type: 'boolean' },
    },
  });
} catch (e) {
  fail(`${e.message}\n${USAGE}`);
}
const { values, positionals } = args;
const setDir = values.set ?? process.env.LABELLED_SET;
if (!setDir) {
  fail(
    'no labelled set given: pass --set DIR (or LABELLED_SET), a folder made by ' +
      '`node ../shared/tools/labelled-pages/labelled-pages.mjs prepare`. The pages are third-party and ' +
      `never in the repository, so this command cannot run without them.\n${USAGE}`,
  );
}
const set = resolve(setDir);
if (!existsSync(join(set, 'meta.json')) || !existsSync(join(set, 'pages')))
  fail(`${set} is not a prepared labelled set (no meta.json or pages/ in it).`);
if (!values.resume)
  fail(`--resume is required: the set's scorer judges the values of one person's résumé.\n${USAGE}`);
const resumeFile = resolve(values.resume);
if (!existsSync(resumeFile)) fail(`résumé not found: ${resumeFile}`);
const scorer = resolve(values.scorer ?? join(ROOT, '../shared/tools/labelled-pages/labelled-pages.mjs'));
if (!existsSync(scorer)) fail(`scorer not found: ${scorer} (give --scorer FILE)`);
const jobs = Math.max(1, Number(values.jobs ?? 2) || 1);
const outDir = resolve(values.out ?? join(ROOT, 'out/labelled'));

const meta = JSON.parse(readFileSync(join(set, 'meta.json'), 'utf8'));
const only = new Set([...(values.only ?? []).flatMap((o) => o.split(',')), ...positionals].filter(Boolean));
for (const name of only) if (!meta.pages[name]) fail(`no page named ${name} in ${set}`);
const names = Object.keys(meta.pages).filter((n) => only.size === 0 || only.has(n));

/**
 * The set to score against: the whole set, or for --only a folder of links to just those pages (the
 * scorer counts every expected page, and a page not filled would count as missed).
 */
function scoringSet() {
  if (only.size === 0) return set;
  const sub = join(outDir, '.set');
  rmSync(sub, { recursive: true, force: true });
  mkdirSync(join(sub, 'pages'), { recursive: true });
  mkdirSync(join(sub, 'expected'), { recursive: true });
  for (const n of names) {
    symlinkSync(join(set, 'pages', `${n}.html`), join(sub, 'pages', `${n}.html`));
    symlinkSync(join(set, 'expected', `${n}.json`), join(sub, 'expected', `${n}.json`));
  }
  const pages = Object.fromEntries(names.map((n) => [n, meta.pages[n]]));
  writeFileSync(join(sub, 'meta.json'), JSON.stringify({ ...meta, pages }));
  return sub;
}

/** Resolves within `ms` or rejects with `what`. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Opens one page at its original URL, served offline from the set (every other request gets a 404). */
async function openAt(ctx, url, html) {
  const page = await ctx.newPage();
  const href = url.split('#')[0];
  await page.route('**/*', (route) =>
    route.request().url().split('#')[0] === href
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

async function fillOne(session, name) {
  const { ctx, sw, extensionId } = session;
  const { url } = meta.pages[name];
  const html = readFileSync(join(set, 'pages', `${name}.html`), 'utf8');
  const page = await openAt(ctx, url, html);
  const record = { page: name, url };
  try {
    const { report, wallMs } = await within(
      fillThroughPopup(ctx, sw, extensionId, page),
      PAGE_TIMEOUT_MS,
      'the fill',
    );
    Object.assign(record, { wallMs, ...report });
  } catch (e) {
    record.error = e.message.split('\n')[0];
  }
  // The page's own recorder writes its form state every 200 ms: let it catch up before saving.
  await new Promise((r) => setTimeout(r, 450));
  // Saved even when the fill failed: whatever it wrote before failing is judged too. A page whose main
  // thread is stuck answers nothing, so reading it has a deadline too.
  const saved = await within(
    page.evaluate(() => document.documentElement.outerHTML),
    10_000,
    'reading the page',
  ).catch((e) => ((record.error ??= `could not read the page: ${e.message.split('\n')[0]}`), null));
  if (saved !== null) writeFileSync(join(outDir, `${name}.html`), saved);
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(record, null, 2));
  await within(page.close({ runBeforeUnload: false }), 10_000, 'closing the page').catch(() => undefined);
  return record;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const started = Date.now();
let session;
const failed = [];
try {
  // A copy: a rebuild during the run must not swap the engine under the browser (scripts are read
  // from disk at each injection). --extension runs an earlier build instead, to compare.
  const extDir = join(outDir, '.extension');
  const built = values.extension ? resolve(values.extension) : ensureBuilt('harness', { quiet: true });
  if (!existsSync(join(built, 'manifest.json'))) fail(`no extension build in ${built}`);
  cpSync(built, extDir, { recursive: true });
  session = await launchWithExtension({ extDir, viewport: VIEWPORT });
  const options = await importResume(session.ctx, session.extensionId, resumeFile).catch((e) =>
    fail(e.message),
  );
  await options.close();
  // Workers take the next page whose URL no other worker has open: the popup finds its tab by URL.
  const queue = [...names];
  const busy = new Set();
  let done = 0;
  const worker = async () => {
    for (;;) {
      const i = queue.findIndex((n) => !busy.has(meta.pages[n].url.split('#')[0]));
      if (i < 0) {
        if (queue.length === 0) return;
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      const [name] = queue.splice(i, 1);
      const key = meta.pages[name].url.split('#')[0];
      busy.add(key);
      try {
        const r = await fillOne(session, name);
        done++;
        const c = r.counts;
        const what = r.error
          ? `FAILED — ${r.error}`
          : `filled=${c.filled} uncertain=${c.uncertain} skipped=${c.skipped} in ${r.durationMs} ms`;
        console.log(`[${done}/${names.length}] ${name}: ${what}`);
        if (r.error) failed.push(`${name}: ${r.error}`);
      } catch (e) {
        done++;
        failed.push(`${name}: ${e.message.split('\n')[0]}`);
        console.log(`[${done}/${names.length}] ${name}: FAILED — ${e.message.split('\n')[0]}`);
      } finally {
        busy.delete(key);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, names.length) }, worker));
} finally {
  await session?.close();
}

const scored = execFileSync(
  process.execPath,
  [scorer, 'score', outDir, '--set', scoringSet(), ...(values.lines ? ['--lines'] : [])],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
);
console.log(scored.trimEnd());
if (failed.length > 0) {
  console.log(`pages whose fill did not finish (${failed.length}):`);
  for (const f of failed) console.log(`  ${f}`);
}
console.log(`labelled: ${names.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s → ${outDir}`);
