/* global chrome -- functions passed to sw.evaluate run in the extension service worker */
// Drives the real extension the way a user does: import through the options page, fill through the
// popup's button. Shared by `npm run fill`, the end-to-end tests and the benchmarks.
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, extname, resolve, relative, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
export const LOCAL_ORIGIN = 'https://fixtures.test';

/** Imports a résumé file through the options page's file picker. Resolves to the options page. */
export async function importResume(ctx, extensionId, file) {
  if (!existsSync(file)) throw new Error(`Résumé file not found: ${file}`);
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid="import-file"]').setInputFiles(resolve(file));
  // The import's own ✓ note, not the preview: with a profile already stored the options page shows that
  // one's preview at once, before this file is even read (a second import then closed the page early).
  const outcome = await Promise.race([
    page.waitForSelector('[data-testid="import-ok"]', { timeout: 15_000 }).then(() => 'ok'),
    page.waitForSelector('[data-testid="import-errors"]', { timeout: 15_000 }).then(() => 'error'),
  ]);
  if (outcome === 'error') {
    const text = await page.locator('[data-testid="import-errors"]').innerText();
    throw new Error(`The résumé ${file} was rejected:\n${text}`);
  }
  return page;
}

/**
 * Imports an answers file (the format the options page exports: tests/fixtures/answers/*.json) through
 * the options page's Answers section, as a user would.
 */
export async function loadAnswers(ctx, extensionId, file) {
  if (!existsSync(file)) throw new Error(`Answers file not found: ${file}`);
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid="answers-import-file"]').setInputFiles(resolve(file));
  const note = await page.locator('[data-testid="answers-import-note"]').innerText({ timeout: 15_000 });
  await page.close();
  if (!/^(Imported|已导入)/.test(note)) throw new Error(`The answers file ${file} was rejected: ${note}`);
}

/**
 * Parses `--attach` values: `FILE` (the kind from its name: a name with "cover" is a cover letter, with
 * "transcript" a transcript, else the résumé) or `kind=FILE` (resume, coverLetter, transcript).
 */
export function parseAttach(spec) {
  const m = /^(resume|coverLetter|transcript)=(.+)$/.exec(spec);
  const file = resolve(m ? m[2] : spec);
  const name = basename(file).toLowerCase();
  const kind = m
    ? m[1]
    : /cover|求职信|自荐信|motivation/.test(name)
      ? 'coverLetter'
      : /transcript|成绩/.test(name)
        ? 'transcript'
        : 'resume';
  return { kind, file };
}

/**
 * Keeps files as the shown profile's attachments through the options page's Attachments section, as a
 * user would. `files`: `{ kind, file }` (see parseAttach).
 */
export async function loadAttachments(ctx, extensionId, files) {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const { kind, file } of files) {
    if (!existsSync(file)) throw new Error(`Attachment not found: ${file}`);
    await page.locator(`[data-testid="attachment-file-${kind}"]`).setInputFiles(file);
    const error = page.locator('[data-testid="attachments-error"]');
    await Promise.race([
      page
        .locator(`[data-testid="attachment-name-${kind}"]`, { hasText: basename(file) })
        .waitFor({ timeout: 15_000 }),
      error.waitFor({ timeout: 15_000 }).then(async () => {
        throw new Error(`The attachment ${file} was refused: ${await error.innerText()}`);
      }),
    ]);
  }
  await page.close();
}

/**
 * Serves local files to the browser. With `url`, the one file answers at that URL (so host-matched
 * content scripts run as on the real site); without it, the file's folder answers at LOCAL_ORIGIN.
 * Returns the URL to open.
 */
export async function serveLocal(ctx, file, url) {
  const abs = resolve(file);
  if (!existsSync(abs)) throw new Error(`Page not found: ${file}`);
  const body = (path) => ({
    status: 200,
    contentType: TYPES[extname(path)] ?? 'application/octet-stream',
    body: readFileSync(path),
  });
  const root = dirname(abs);
  // The file's folder answers at LOCAL_ORIGIN either way: a page served at its site's URL may frame a
  // board from another origin (a careers page embedding Greenhouse), which the fixture serves from there.
  await ctx.route(`${LOCAL_ORIGIN}/**`, (route) => {
    const path = join(root, decodeURIComponent(new URL(route.request().url()).pathname));
    const inside = !relative(root, path).startsWith('..' + sep);
    return inside && existsSync(path)
      ? route.fulfill(body(path))
      : route.fulfill({ status: 404, body: 'not found' });
  });
  if (url) {
    await ctx.route(
      (u) => u.href.split('#')[0] === url.split('#')[0],
      (route) => route.fulfill(body(abs)),
    );
    return url;
  }
  return `${LOCAL_ORIGIN}/${encodeURIComponent(basename(abs))}`;
}

export async function tabIdOf(sw, url) {
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u || t.pendingUrl === u)?.id ?? null;
  }, url);
}

/**
 * Presses the popup's "Fill this page" for the tab holding `page`, waits for the report and returns it.
 * `adapters: 'off'` fills with the generic engine alone (honoured by the harness build only).
 */
export async function fillThroughPopup(ctx, sw, extensionId, page, { lang, adapters } = {}) {
  const tabId = await tabIdOf(sw, page.url());
  if (tabId === null) throw new Error(`No tab found for ${page.url()}`);
  const popup = await ctx.newPage();
  // The popup normally acts on the active tab; opened as a page, it is told which tab (and language).
  const query = new URLSearchParams({
    tabId: String(tabId),
    ...(lang && { lang }),
    ...(adapters === 'off' && { adapters }),
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
  const started = Date.now();
  await popup.locator('[data-testid="fill-page"]').click();
  const outcome = await Promise.race([
    popup.waitForSelector('[data-testid="fill-report"]', { timeout: 60_000 }).then(() => 'ok'),
    popup.waitForSelector('[data-testid="fill-error"]', { timeout: 60_000 }).then(() => 'error'),
  ]);
  if (outcome === 'error') {
    const text = await popup.locator('[data-testid="fill-error"]').innerText();
    await popup.close();
    throw new Error(`Fill failed on ${page.url()}: ${text}`);
  }
  const report = await sw.evaluate(
    async (id) => (await chrome.storage.session.get('lastReports')).lastReports?.[String(id)] ?? null,
    tabId,
  );
  await popup.close();
  return { report, wallMs: Date.now() - started, tabId };
}

/** Every form control's final value, frames included, for the report file. */
export async function controlValues(page) {
  const perFrame = await Promise.all(
    page.frames().map(async (frame) => {
      const values = await frame
        .evaluate(() =>
          [...document.querySelectorAll('input, select, textarea, [contenteditable="true"]')].map((el) => ({
            tag: el.tagName.toLowerCase(),
            type: el.getAttribute('type') ?? undefined,
            id: el.id || undefined,
            name: el.getAttribute('name') ?? undefined,
            value:
              el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
                ? el.checked
                : 'value' in el
                  ? el.value
                  : el.textContent,
          })),
        )
        .catch(() => []);
      return values.map((v) => ({ frame: frame === page.mainFrame() ? 'main' : frame.url(), ...v }));
    }),
  );
  return perFrame.flat();
}
