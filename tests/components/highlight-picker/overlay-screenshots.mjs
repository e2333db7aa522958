// Screenshots of the in-page overlays (quick-reference card, highlight picker, focus button) on a page
// with hostile CSS, light and dark, wide and 400 px narrow; also checks that an insert reaches the page.
// Run: node tests/components/highlight-picker/overlay-screenshots.mjs   → screenshots/overlay-*.png
/* global chrome -- evaluated inside the extension's service worker */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from '../../../scripts/lib/build.mjs';
import { launchWithExtension } from '../../../scripts/lib/chromium.mjs';
import { importResume, serveLocal } from '../../../scripts/lib/session.mjs';

const OUT = join(ROOT, 'screenshots');
const PAGE = join(import.meta.dirname, 'fixtures/overlay-demo.html');
const URL = 'https://app.mokahr.com/campus-recruitment/demo/1#/apply';

async function command(sw, name) {
  await sw.evaluate(async (n) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.commands.onCommand.dispatch(n, tab);
  }, name);
}

async function shoot(page, name) {
  const path = join(OUT, `overlay-${name}.png`);
  await page.screenshot({ path });
  console.log('saved', path);
}

async function both(page, name) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForTimeout(150);
  await shoot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(150);
  await shoot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

const overlayHosts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-resume-autofill-ui]')].map((e) =>
      e.getAttribute('data-resume-autofill-ui'),
    ),
  );

mkdirSync(OUT, { recursive: true });
const extDir = ensureBuilt('harness');
const session = await launchWithExtension({ extDir, viewport: { width: 1280, height: 800 } });
const { ctx, sw, extensionId } = session;
const failures = [];
const check = (ok, what) => {
  console.log(ok ? 'ok  ' : 'FAIL', what);
  if (!ok) failures.push(what);
};
try {
  (await importResume(ctx, extensionId, join(ROOT, 'samples/sample-resume.md'))).close();
  const page = await ctx.newPage();
  await page.goto(await serveLocal(ctx, PAGE, URL));
  check((await overlayHosts(page)).length === 0, 'no overlay in the page before it is opened');

  await page.click('#project-desc');
  await page.waitForTimeout(300);
  check((await overlayHosts(page)).includes('focus-button'), 'focus button shows on the textarea');
  await both(page, 'focus-button');

  await command(sw, 'toggle-card');
  await page.waitForTimeout(800);
  check((await overlayHosts(page)).includes('resume-autofill-card'), 'card opens');
  const leaked = await page.evaluate(() => document.documentElement.outerHTML.includes('李思远'));
  check(!leaked, 'résumé text stays inside the closed shadow root');
  await both(page, 'card');
  // Keyboard to the phone's ⋯ (name, romanized name and phone each have a value and a ⋯ button).
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await both(page, 'card-renderings');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
  check(
    (await overlayHosts(page)).includes('resume-autofill-card'),
    'first Escape only folds the renderings',
  );
  await page.keyboard.type('GPA');
  await page.waitForTimeout(200);
  await shoot(page, 'card-search-light');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  check(!(await overlayHosts(page)).includes('resume-autofill-card'), 'Escape closes the card');

  await page.fill('#project-desc', '负责核心模块。');
  await page.focus('#project-desc');
  await command(sw, 'open-picker');
  await page.waitForTimeout(900);
  check((await overlayHosts(page)).includes('resume-autofill-picker'), 'picker opens');
  // Keyboard only: into the list, tick the first project's summary and two highlights.
  for (const k of [
    'ArrowDown',
    'ArrowDown',
    'Space',
    'ArrowDown',
    'ArrowDown',
    'Space',
    'ArrowDown',
    'Space',
  ]) {
    await page.keyboard.press(k);
  }
  await page.waitForTimeout(200);
  await both(page, 'picker');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  await shoot(page, 'picker-whole-project-light');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(600);
  const value = await page.inputValue('#project-desc');
  const counter = await page.textContent('#counter');
  check(
    value.startsWith('负责核心模块。') && value.includes('• '),
    `insert landed after the existing text (${value.length} chars)`,
  );
  check(counter === `${value.length}/500`, `the site's own counter saw the insert (${counter})`);
  await shoot(page, 'picker-inserted-light');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  check(!(await overlayHosts(page)).includes('resume-autofill-picker'), 'Escape closes the picker');

  await page.setViewportSize({ width: 400, height: 720 });
  await command(sw, 'toggle-card');
  await page.waitForTimeout(800);
  await both(page, 'card-narrow');
  await command(sw, 'toggle-card');
  await page.waitForTimeout(300);
  check(!(await overlayHosts(page)).includes('resume-autofill-card'), 'toggling again closes the card');
  await page.click('#project-desc');
  await command(sw, 'open-picker');
  await page.waitForTimeout(900);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  await both(page, 'picker-narrow');
} finally {
  await session.close();
}
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
