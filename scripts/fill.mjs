#!/usr/bin/env node
// npm run fill -- [--resume FILE.md] [--answers FILE.json] [--attach [KIND=]FILE]... [--url URL] [--out DIR] [--lang zh|en] PAGE...
// Fills pages through the real extension in headless Chromium and writes a report, the page's HTML and
// a screenshot per page. See the README.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, ROOT } from './lib/build.mjs';
import { launchWithExtension } from './lib/chromium.mjs';
import {
  controlValues,
  fillThroughPopup,
  importResume,
  loadAnswers,
  loadAttachments,
  parseAttach,
  serveLocal,
} from './lib/session.mjs';

const USAGE =
  'usage: npm run fill -- [--resume FILE.md] [--answers FILE.json] [--attach [KIND=]FILE]... [--url URL] [--out DIR] [--lang zh|en] PAGE...';

function fail(message) {
  console.error(`fill: ${message}`);
  process.exit(2);
}

function pageName(page) {
  if (!/^https?:\/\//.test(page)) return basename(page, extname(page));
  const u = new URL(page);
  const last = u.pathname.split('/').filter(Boolean).pop();
  return (last ? basename(last, extname(last)) : u.hostname).replace(/[^\w.-]+/g, '_');
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      resume: { type: 'string' },
      answers: { type: 'string' },
      attach: { type: 'string', multiple: true },
      url: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
    },
  });
} catch (e) {
  fail(`${e.message}\n${USAGE}`);
}
const { values, positionals: pages } = args;
if (pages.length === 0) fail(`no PAGE given.\n${USAGE}`);
if (values.lang && !['zh', 'en'].includes(values.lang))
  fail(`--lang must be zh or en, not "${values.lang}".`);
if (values.url && pages.length !== 1)
  fail('--url serves a single local file: give exactly one PAGE with it.');
if (values.url && !/^https?:\/\//.test(values.url))
  fail(`--url must be an http(s) URL, not "${values.url}".`);
for (const p of pages) {
  const isUrl = /^https?:\/\//.test(p);
  if (isUrl && values.url) fail('--url needs a local .html file as PAGE, not a URL.');
  if (!isUrl && !existsSync(p)) fail(`page not found: ${p}`);
}
const resumeFile = resolve(values.resume ?? join(ROOT, 'samples/sample-resume.md'));
if (!existsSync(resumeFile)) fail(`résumé not found: ${resumeFile}`);
const answersFile = values.answers && resolve(values.answers);
if (answersFile && !existsSync(answersFile)) fail(`answers file not found: ${answersFile}`);
const attachments = (values.attach ?? []).map(parseAttach);
for (const a of attachments) if (!existsSync(a.file)) fail(`attachment not found: ${a.file}`);
const outDir = resolve(values.out ?? join(ROOT, 'out/fill'));
mkdirSync(outDir, { recursive: true });

let session;
let failures = 0;
try {
  const extDir = ensureBuilt('harness', { quiet: true });
  session = await launchWithExtension({ extDir });
  const { ctx, sw, extensionId } = session;
  const options = await importResume(ctx, extensionId, resumeFile).catch((e) => fail(e.message));
  await options.close();
  if (answersFile) await loadAnswers(ctx, extensionId, answersFile).catch((e) => fail(e.message));
  if (attachments.length) await loadAttachments(ctx, extensionId, attachments).catch((e) => fail(e.message));
  for (const p of pages) {
    const name = pageName(p);
    try {
      const page = await ctx.newPage();
      const url = /^https?:\/\//.test(p) ? p : await serveLocal(ctx, p, values.url);
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      const { report } = await fillThroughPopup(ctx, sw, extensionId, page, { lang: values.lang });
      await page.waitForTimeout(300); // let late framework renders settle before reading back
      const controls = await controlValues(page);
      writeFileSync(
        join(outDir, `${name}.json`),
        JSON.stringify({ page: p, url, ...report, controls }, null, 2),
      );
      writeFileSync(
        join(outDir, `${name}.html`),
        await page.evaluate(() => document.documentElement.outerHTML),
      );
      // The report and the document are written first: a page too tall or too heavy to capture whole
      // still leaves them, and the line says the picture is missing.
      const shot = await page
        .screenshot({ path: join(outDir, `${name}.png`), fullPage: true, timeout: 20_000 })
        .then(
          () => 'png',
          (e) => {
            console.error(`${name}: no screenshot — ${e.message.split('\n')[0]}`);
            return null;
          },
        );
      const c = report.counts;
      console.log(
        `${name}: adapter=${report.adapter} lang=${report.lang} filled=${c.filled} uncertain=${c.uncertain} ` +
          `failed=${c.failed} required-empty=${c['required-empty']} kept=${c.kept} skipped=${c.skipped} ` +
          `in ${Math.round(report.durationMs)} ms → ${join(outDir, name)}.{json,html${shot ? ',png' : ''}}` +
          (shot ? '' : ' (screenshot failed)'),
      );
      await page.close();
    } catch (e) {
      failures++;
      console.error(`${name}: FAILED — ${e.message.split('\n')[0]}`);
    }
  }
} catch (e) {
  fail(e.message);
} finally {
  await session?.close();
}
process.exit(failures ? 1 : 0);
