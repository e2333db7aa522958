// Fields a person cannot see stay empty, whatever hides them (issue 12 item 4): a collapsed wrapper, a
// clip-path, a faint ancestor, transparent ink, another element on top, a hidden frame (same-origin and
// cross-origin). The visible fields beside them are filled, so the test cannot pass by filling nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup } from '../../scripts/lib/session.mjs';
import { SAMPLE_EN, startSession, type Session } from './support';

const TOP = 'https://visibility.test/apply';
const OTHER = 'https://frames.other.test';

const frame = (id: string) => `<!doctype html><html lang="en"><body>
  <label>Email <input id="${id}" type="email" name="email"></label></body></html>`;

const PAGE = `<!doctype html><html lang="en"><head><title>Apply</title><style>
  body { font: 16px sans-serif; } label { display: block; margin: 8px 0; }
  .collapsed { height: 0; overflow: hidden; }
  .clipped { clip-path: inset(50%); }
  .faint { opacity: 0.05; } .faint-inner { opacity: 0.9; }
  .ink { color: transparent; background: transparent; border: 0; outline: 0; box-shadow: none; }
  .under { position: relative; height: 40px; }
  .under input { position: absolute; top: 0; left: 0; width: 200px; }
  .under .cover { position: absolute; top: 0; left: 0; width: 300px; height: 40px; background: #fff; }
  iframe { width: 400px; height: 60px; border: 1px solid #ccc; display: block; }
</style></head><body>
  <h1>Application</h1>
  <form id="apply">
    <label>Full name <input id="name" name="name"></label>
    <label>Email <input id="email" type="email" name="email"></label>
    <div class="collapsed"><label>Phone <input id="collapsed-phone" type="tel" name="phone"></label></div>
    <div class="clipped"><label>Phone <input id="clipped-phone" type="tel" name="phone2"></label></div>
    <div class="faint"><div class="faint-inner"><label>Last name <input id="faint-last" name="lastname"></label></div></div>
    <label>First name <input id="ink-first" class="ink" name="firstname"></label>
    <div class="under"><label>Mobile <input id="covered-mobile" type="tel" name="mobile"></label><div class="cover"></div></div>
    <label>Phone <input id="phone" type="tel" name="tel"></label>
  </form>
  <iframe id="same-hidden" style="opacity: 0" srcdoc='${frame('same-hidden-email')}'></iframe>
  <div style="opacity: 0.02"><iframe id="cross-hidden" src="${OTHER}/hidden.html"></iframe></div>
  <iframe id="cross-shown" src="${OTHER}/shown.html"></iframe>
</body></html>`;

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE_EN] });
});
afterAll(async () => {
  await s?.close();
});

async function openPage(): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === TOP) return route.fulfill({ contentType: 'text/html', body: PAGE });
    if (url === `${OTHER}/hidden.html`) return route.fulfill({ contentType: 'text/html', body: frame('x') });
    if (url === `${OTHER}/shown.html`) return route.fulfill({ contentType: 'text/html', body: frame('y') });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(TOP);
  await page.waitForLoadState('load');
  return page;
}

describe('fields no one can see', () => {
  it('stay empty while the visible ones beside them are filled', async () => {
    const page = await openPage();
    await fillThroughPopup(s.ctx, s.sw, s.extensionId, page, { lang: 'en' });
    await page.waitForTimeout(200);
    const value = (id: string) => page.locator(`#${id}`).inputValue();
    // Visible: filled.
    expect(await value('name')).not.toBe('');
    expect(await value('email')).toContain('@');
    expect(await value('phone')).not.toBe('');
    // Hidden in the page: empty.
    for (const id of ['collapsed-phone', 'clipped-phone', 'faint-last', 'ink-first', 'covered-mobile'])
      expect([id, await value(id)]).toEqual([id, '']);
    // Frames: the hidden ones fill nothing, the visible cross-origin one is filled.
    const frameValue = async (sel: string) =>
      (await (await page.locator(sel).elementHandle())!.contentFrame())!.locator('input').inputValue();
    expect(await frameValue('#same-hidden')).toBe('');
    expect(await frameValue('#cross-hidden')).toBe('');
    expect(await frameValue('#cross-shown')).toContain('@');
    // The window is left where it was after the hit test scrolled it.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });
});
