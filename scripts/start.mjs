#!/usr/bin/env node
// `npm start`: builds the extension and opens it in Chromium with the bundled sample résumé imported.
// With a display: a real window (options page + a demo application form to fill from the toolbar).
// Without one (or with --headless): the same steps headless, saving screenshots to screenshots/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './lib/build.mjs';
import { findChromium, launchWithExtension } from './lib/chromium.mjs';
import { fillThroughPopup, importResume, serveLocal } from './lib/session.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const SAMPLE = join(ROOT, 'samples/sample-resume.md');
const DEMO_FORM = join(ROOT, 'tests/fixtures/built/react-controlled.html');
const SHOTS = join(ROOT, 'screenshots');

function ensureChromium() {
  try {
    return findChromium();
  } catch (e) {
    // A fresh Debian machine: install it when we may (root + apt), otherwise say how.
    if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
      console.log('Installing Chromium and CJK fonts (apt-get install -y chromium fonts-noto-cjk)…');
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit' });
      return findChromium();
    }
    throw e;
  }
}

ensureChromium();
console.log('Building the extension and the demo form…');
const extDir = ensureBuilt(headless ? 'harness' : 'production', { quiet: true });
execFileSync('node', ['scripts/build-fixtures.mjs'], { cwd: ROOT, stdio: 'ignore' });

const session = await launchWithExtension({ extDir, headless });
const { ctx, sw, extensionId } = session;
const options = await importResume(ctx, extensionId, SAMPLE);
console.log(`Imported ${SAMPLE} through the options page.`);
const form = await ctx.newPage();
await form.goto(await serveLocal(ctx, DEMO_FORM));

if (!headless) {
  await options.bringToFront();
  console.log('Chromium is open: the options page shows the imported résumé; the other tab is a demo');
  console.log('application form: click the extension icon there and press "Fill this page".');
  console.log('Close the browser window to finish.');
  await new Promise((resolve) => ctx.on('close', resolve));
} else {
  mkdirSync(SHOTS, { recursive: true });
  await options.screenshot({ path: join(SHOTS, 'start-options.png'), fullPage: true });
  const { report } = await fillThroughPopup(ctx, sw, extensionId, form);
  await form.waitForTimeout(300);
  await form.screenshot({ path: join(SHOTS, 'start-filled-form.png'), fullPage: true });
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.screenshot({ path: join(SHOTS, 'start-popup.png') });
  const c = report.counts;
  console.log(
    `Filled the demo form: ${c.filled} filled, ${c.uncertain} uncertain, ${c['required-empty']} required left empty.`,
  );
  console.log(`Screenshots: ${SHOTS}/start-{options,filled-form,popup}.png`);
  await session.close();
}
