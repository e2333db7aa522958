// Drives a real Firefox with the built add-on over WebDriver BiDi (Firefox's own remote agent; no
// geckodriver, no Playwright build of Firefox). Used by the Firefox end-to-end test.
//
// Firefox is started with --remote-allow-system-access so the test can also act on the browser's own
// window the way a user does: press the toolbar button with a mouse event and type the add-on's
// keyboard shortcut. Those are the two gestures that grant `activeTab` in Firefox, and the shipped build
// has no host permission for the test page, so the test proves the grant instead of standing in for it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import WebSocket from 'ws';
/* global Services, gBrowser, CustomizableUI, Cc, Ci, browser -- functions passed to evaluate() run in
   the browser window (the `chrome` context: Services, gBrowser, …) or in a page of the add-on (browser) */

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'resume-autofill@local';
/** A fixed moz-extension:// host, so pages of the add-on have a known address. */
const ADDON_UUID = '3c1d8e52-7a4b-4f0e-9b6d-2e5f8a1c0d47';
export const FIXTURE_ORIGIN = 'https://fixtures.test';

export function findFirefox() {
  const found = [process.env.FIREFOX_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found. Install it with `apt-get install -y firefox-esr` (or set FIREFOX_PATH).',
    );
  }
  return found;
}

/** One WebDriver BiDi connection: commands answered by id, events handed to listeners. */
class Bidi {
  constructor(ws) {
    this.ws = ws;
    this.nextId = 0;
    this.pending = new Map();
    this.listeners = new Set();
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      const waiting = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (waiting) {
        this.pending.delete(msg.id);
        if (msg.type === 'error')
          waiting.reject(new Error(`${waiting.method}: ${msg.error}: ${msg.message}`));
        else waiting.resolve(msg.result);
      } else if (msg.type === 'event') {
        for (const listener of this.listeners) listener(msg);
      }
    });
    ws.on('close', () => {
      for (const { reject, method } of this.pending.values())
        reject(new Error(`${method}: connection closed`));
      this.pending.clear();
    });
  }

  send(method, params = {}) {
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
}

/**
 * Calls `fn(arg)` in a browsing context (a tab's page, an extension page, or the browser window for the
 * `chrome` context) and returns its result. Arguments and results travel as JSON.
 */
export async function evaluate(bidi, context, fn, arg) {
  const res = await bidi.send('script.callFunction', {
    functionDeclaration: `async function (json) {
      const result = await (${String(fn)})(json === undefined ? undefined : JSON.parse(json));
      return result === undefined ? undefined : JSON.stringify(result);
    }`,
    arguments: arg === undefined ? [] : [{ type: 'string', value: JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
  });
  if (res.type !== 'success') {
    throw new Error(`Script failed in ${context}: ${res.exceptionDetails?.text ?? 'unknown error'}`);
  }
  return res.result.type === 'string' ? JSON.parse(res.result.value) : undefined;
}

/** Polls `fn(arg)` in the context until it returns a truthy value; returns that value. */
export async function waitFor(bidi, context, fn, arg, { timeout = 15_000, what = 'condition' } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await evaluate(bidi, context, fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The page-like object bench/fixture-expectations.mjs reads a filled page through (main frame only). */
export function judgePage(bidi, context) {
  const frame = {
    evaluate: (fn, arg) => evaluate(bidi, context, fn, arg),
  };
  return {
    mainFrame: () => frame,
    evaluate: frame.evaluate,
    waitForSelector: () => {
      throw new Error('Pages with frames are not read in Firefox yet: pick a single-document fixture.');
    },
  };
}

function profileWithPrefs(prefs) {
  const dir = mkdtempSync(join(tmpdir(), 'resume-autofill-firefox-'));
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  writeFileSync(join(dir, 'user.js'), lines.join('\n') + '\n');
  return dir;
}

function waitForBidiUrl(proc) {
  return new Promise((resolveUrl, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox gave no BiDi address in 30 s:\n${seen}`)),
      30_000,
    );
    const onData = (chunk) => {
      seen += chunk;
      const m = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before it listened:\n${seen}`));
    });
  });
}

/**
 * Starts Firefox (headless unless `headless: false`) with a fresh profile and installs the add-on in
 * `extDir` as a temporary add-on, the way about:debugging does. Returns the connection, the add-on's
 * base URL, the browser window's context (`chrome`), the first tab's context and `close`.
 */
export async function launchFirefox({ extDir, headless = true }) {
  const profile = profileWithPrefs({
    // Pages of the add-on at a known moz-extension:// address.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  });
  const args = [
    ...(headless ? ['--headless'] : []),
    '--remote-debugging-port=0',
    '--remote-allow-system-access',
    '--no-remote',
    '--profile',
    profile,
    'about:blank',
  ];
  const proc = spawn(findFirefox(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let bidi;
  const close = async () => {
    bidi?.ws.close();
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const url = await waitForBidiUrl(proc);
    const ws = new WebSocket(`${url}/session`);
    await new Promise((r, j) => {
      ws.once('open', r);
      ws.once('error', j);
    });
    bidi = new Bidi(ws);
    const { capabilities } = await bidi.send('session.new', { capabilities: {} });
    const { extension } = await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: resolve(extDir) },
    });
    if (extension !== ADDON_ID) throw new Error(`Installed ${extension}, expected ${ADDON_ID}`);
    const chrome = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts[0]
      .context;
    const tab = (await bidi.send('browsingContext.getTree', {})).contexts[0].context;
    const version = await evaluate(bidi, chrome, () =>
      typeof Services === 'undefined' ? null : Services.appinfo.version,
    );
    // firefox-esr 140 ignores the chrome scope and hands back a tab, where none of this can run.
    if (!version)
      throw new Error(
        `Firefox ${capabilities?.browserVersion ?? ''} gives WebDriver BiDi no browser-window scope ` +
          "(browsingContext.getTree 'moz:scope'): install a current firefox-esr " +
          '(apt-get update && apt-get install firefox-esr; 153 works, 140 does not)',
      );
    return { bidi, chrome, tab, version, addonBase: `moz-extension://${ADDON_UUID}/`, close };
  } catch (err) {
    await close();
    throw err;
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Answers every request to FIXTURE_ORIGIN with the file of that name under `root`, from the test
 * process (nothing listens on the network; the Chromium e2e serves its pages at the same origin).
 */
export async function serveFixtures(bidi, root) {
  const base = resolve(root);
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: [{ type: 'pattern', protocol: 'https', hostname: new URL(FIXTURE_ORIGIN).hostname }],
  });
  bidi.listeners.add((msg) => {
    if (msg.method !== 'network.beforeRequestSent' || !msg.params.isBlocked) return;
    const path = join(base, decodeURIComponent(new URL(msg.params.request.url).pathname));
    const inside = !relative(base, path).startsWith('..' + sep);
    const found = inside && existsSync(path);
    const body = found ? readFileSync(path) : Buffer.from('not found');
    const type = (found && TYPES[extname(path)]) || 'text/plain';
    void bidi
      .send('network.provideResponse', {
        request: msg.params.request.request,
        statusCode: found ? 200 : 404,
        reasonPhrase: found ? 'OK' : 'Not Found',
        headers: [{ name: 'Content-Type', value: { type: 'string', value: type } }],
        body: { type: 'base64', value: body.toString('base64') },
      })
      .catch(() => undefined); // the tab may have gone
  });
}

export async function openTab(bidi, url, { background = false } = {}) {
  const { context } = await bidi.send('browsingContext.create', { type: 'tab', background });
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/**
 * Brings the tab to the front and gives its page the keyboard, as the user's click on the page's margin
 * does (at start, and after a popup, the address bar or the popup has it).
 */
export async function focusTab(bidi, chrome, context) {
  await bidi.send('browsingContext.activate', { context });
  await evaluate(bidi, chrome, () => {
    window.focus();
    gBrowser.selectedBrowser.focus();
  });
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x: 2, y: 2 },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await bidi.send('input.releaseActions', { context });
}

/** Chooses `file` in the page's file input, as the file picker does. */
export async function setInputFile(bidi, context, selector, file) {
  const { nodes } = await bidi.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: selector },
  });
  if (!nodes.length) throw new Error(`No ${selector} in ${context}`);
  await bidi.send('input.setFiles', {
    context,
    element: { sharedId: nodes[0].sharedId },
    files: [resolve(file)],
  });
}

const KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C' };

/** Presses one key in the page, as the keyboard does (trusted events to the focused element). */
export async function pressKey(bidi, context, key) {
  const value = KEYS[key] ?? key;
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ],
      },
    ],
  });
  await bidi.send('input.releaseActions', { context });
}

/**
 * Presses the add-on's toolbar button with the mouse, in the browser window. Firefox puts an add-on's
 * button in the extensions menu until the user pins it; pinning it first is what a user would do to
 * click it directly. The click grants activeTab for the selected tab and opens the popup.
 */
export async function clickToolbarButton(bidi, chrome) {
  await evaluate(
    bidi,
    chrome,
    (widgetId) => {
      if (!document.getElementById(widgetId)?.closest('#nav-bar')) {
        CustomizableUI.addWidgetToArea(widgetId, CustomizableUI.AREA_NAVBAR);
      }
      const button = document.getElementById(widgetId);
      const box = button.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      window.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 }, {});
      window.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 }, {});
    },
    `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_').toLowerCase()}-browser-action`,
  );
}

/**
 * Waits for the add-on's popup and returns where `selector` sits in it (popup CSS pixels), once the
 * popup has stopped growing: it opens small and takes its size as its content renders, so a point read
 * mid-way can land beside the button.
 */
async function popupBox(bidi, chrome, extPage, selector) {
  const read = () =>
    waitFor(
      bidi,
      extPage,
      (sel) => {
        const [popup] = browser.extension.getViews({ type: 'popup' });
        const el = popup?.document.querySelector(sel);
        if (!el || el.disabled) return null;
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      },
      selector,
      { what: `${selector} in the popup` },
    );
  const frame = () =>
    evaluate(bidi, chrome, () => {
      const r = document.querySelector('browser.webextension-popup-browser')?.getBoundingClientRect();
      return r ? `${r.left},${r.top},${r.width},${r.height}` : '';
    });
  let last = '';
  for (let i = 0; i < 20; i++) {
    const at = await read();
    const now = `${at.x},${at.y}|${await frame()}`;
    if (now === last) return at;
    last = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

/**
 * Clicks `selector` in the open popup with the mouse: the click is sent to the browser window at that
 * point, which hands it to the popup's document as it does a real one. `extPage` is any tab showing a
 * page of the add-on (it finds the popup with extension.getViews). With `landed` (a selector that shows
 * in the popup once the click did its work, or the clicked control turning disabled), a click the window
 * did not hand on is made again, as a person whose click did nothing clicks again.
 */
export async function clickInPopup(bidi, chrome, extPage, selector, { landed } = {}) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const at = await popupBox(bidi, chrome, extPage, selector);
    await evaluate(
      bidi,
      chrome,
      ({ x, y }) => {
        const view = document.querySelector('browser.webextension-popup-browser');
        const box = view.getBoundingClientRect();
        const px = box.left + x;
        const py = box.top + y;
        window.synthesizeMouseEvent('mousedown', px, py, { button: 0, buttons: 1, clickCount: 1 }, {});
        window.synthesizeMouseEvent('mouseup', px, py, { button: 0, buttons: 0, clickCount: 1 }, {});
      },
      at,
    );
    if (!landed) return;
    const took = await waitFor(
      bidi,
      extPage,
      ({ sel, done }) => {
        const doc = browser.extension.getViews({ type: 'popup' })[0]?.document;
        return Boolean(doc && (doc.querySelector(done) || doc.querySelector(sel)?.disabled));
      },
      { sel: selector, done: landed },
      { timeout: 3000, what: `${landed} after the click` },
    ).catch(() => false);
    if (took) return;
  }
  throw new Error(`three clicks on ${selector} in the popup never showed ${landed}`);
}

/** The text of `selector` in the open popup, or null while there is no popup or no such element. */
export function popupText(bidi, extPage, selector) {
  return evaluate(
    bidi,
    extPage,
    (sel) => {
      const [popup] = browser.extension.getViews({ type: 'popup' });
      return popup?.document.querySelector(sel)?.innerText ?? null;
    },
    selector,
  );
}

/** Waits until the open popup shows `selector`. */
export function waitForPopup(bidi, extPage, selector, { timeout = 15_000 } = {}) {
  return waitFor(
    bidi,
    extPage,
    (sel) => browser.extension.getViews({ type: 'popup' })[0]?.document.querySelector(sel) != null,
    selector,
    { timeout, what: `${selector} in the popup` },
  );
}

/** Closes the open popup, as clicking elsewhere would. */
export function closePopup(bidi, extPage) {
  return evaluate(bidi, extPage, () => browser.extension.getViews({ type: 'popup' })[0]?.close());
}

/**
 * Types a keyboard shortcut such as 'Alt+Shift+K' into the browser window, through the same key
 * handling a physical keyboard goes through, so the add-on's command runs with Firefox's own activeTab
 * grant for the selected tab.
 */
export async function pressShortcut(bidi, chrome, shortcut) {
  const parts = shortcut.split('+');
  const key = parts.pop();
  // The add-on's shortcuts are modifiers + one letter; the key codes below are built for letters only.
  if (!/^[A-Z]$/i.test(key ?? ''))
    throw new Error(`pressShortcut handles modifiers + a letter, not ${shortcut}`);
  await evaluate(
    bidi,
    chrome,
    ({ modifiers, key }) => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      tip.beginInputTransactionForTests(window);
      const codes = { Alt: ['AltLeft', 18], Shift: ['ShiftLeft', 16], Ctrl: ['ControlLeft', 17] };
      const event = (k, code, keyCode) => new KeyboardEvent('', { key: k, code, keyCode });
      const mods = modifiers.map((m) => event(m === 'Ctrl' ? 'Control' : m, ...codes[m]));
      const main = event(key, `Key${key.toUpperCase()}`, key.toUpperCase().charCodeAt(0));
      for (const m of mods) tip.keydown(m);
      tip.keydown(main);
      tip.keyup(main);
      for (const m of mods.reverse()) tip.keyup(m);
    },
    { modifiers: parts, key },
  );
}

/** Saves a PNG of the tab's viewport. */
export async function screenshot(bidi, context, path) {
  const { data } = await bidi.send('browsingContext.captureScreenshot', { context });
  writeFileSync(path, Buffer.from(data, 'base64'));
}

/** The system clipboard's text, read in the browser window (headless Firefox keeps its own clipboard). */
export function readClipboard(bidi, chrome) {
  return evaluate(bidi, chrome, () => navigator.clipboard.readText());
}
