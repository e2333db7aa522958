// Quick-reference card end to end: the shortcut opens it in a closed shadow root, keyboard + clipboard
// prove what it copies and that search filters, Escape and the shortcut close it; the popup shows it
// where no content script may run.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCardSections } from '~/lib/card/build-card';
import type { CardFact, CardSection } from '~/lib/card/facts-types';
import { filterCard } from '~/lib/card/filter-card';
import type { Profile } from '~/lib/storage/types';
import { LOCAL_ORIGIN, serveLocal } from '../../scripts/lib/session.mjs';
import { CARD, copiedBy, dispatchCommand, focusedOverlay, leakedInto, overlayHosts } from './overlay-support';
import { PAGES, press, screenshotBoth, scriptingRefused, storedProfile, tabIds } from './overlay-support';
import { inOverlay, waitForOverlay } from './overlay-support';
import { SAMPLE, SAMPLE_EN, screenshotPath, startSession, storedData, type Session } from './support';

type Stop = { kind: 'value' | 'more' | 'expand'; fact?: CardFact };

/** The card's Tab order after the search box, as components/card lays it out. */
function tabStops(sections: CardSection[], expanded: (id: string) => boolean): Stop[] {
  const factStops = (f: CardFact): Stop[] => [
    { kind: 'value', fact: f },
    ...(f.alternatives.length ? [{ kind: 'more' as const, fact: f }] : []),
  ];
  return sections.flatMap((sec) =>
    sec.entries.flatMap((e) => [
      ...e.facts.flatMap(factStops),
      ...(e.details.length ? [{ kind: 'expand' as const }] : []),
      ...(e.details.length && expanded(e.id) ? e.details.flatMap(factStops) : []),
    ]),
  );
}

let s: Session;
let page: Page;
let profile: Profile;
let sections: CardSection[];
const toggleCard = () => dispatchCommand(s.sw, page, 'toggle-card');

beforeAll(async () => {
  // The Chinese résumé is imported first, so it is the active one; an English page gets the English one.
  s = await startSession({ resumes: [SAMPLE, SAMPLE_EN] });
  profile = await storedProfile(s.sw);
  sections = buildCardSections(profile.resume, profile.lang);
  await s.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: LOCAL_ORIGIN });
  page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(PAGES, 'plain-textarea.html')));
});
afterAll(async () => s?.close());

describe('quick-reference card', () => {
  it('opens on the shortcut with the search box focused and the résumé only inside its closed root', async () => {
    const secrets = [profile.resume.name.full, profile.resume.contact.phone!.national];
    expect(await overlayHosts(page)).toEqual([]);
    expect(await leakedInto(page, secrets)).toEqual([]);
    await toggleCard();
    await waitForOverlay(page, CARD);
    await expect.poll(() => focusedOverlay(page)).toBe(CARD);
    expect(await leakedInto(page, secrets)).toEqual([]);
  });

  it('copies exactly the fact activated from the keyboard, and one of its other renderings', async () => {
    const stops = tabStops(sections, () => false);
    const at = (id: string, kind: Stop['kind']) =>
      stops.findIndex((t) => t.kind === kind && t.fact?.id === id) + 1;
    const phone = profile.resume.contact.phone!;
    await press(page, 'Tab', at('basics.name', 'value'));
    expect(await copiedBy(page, () => press(page, 'Enter'))).toBe(profile.resume.name.full);
    await press(page, 'Tab', at('basics.phone', 'value') - at('basics.name', 'value'));
    expect(await copiedBy(page, () => press(page, 'Enter'))).toBe(phone.national);
    const alts = stops[at('basics.phone', 'more') - 1]!.fact!.alternatives;
    const plus86 = alts.findIndex((a) => a.value === `+${phone.countryCode} ${phone.national}`);
    expect(plus86).toBeGreaterThanOrEqual(0);
    await press(page, 'Tab'); // to ⋯, which unfolds the renderings right after itself
    await press(page, 'Enter');
    await press(page, 'Tab', plus86 + 1);
    expect(await copiedBy(page, () => press(page, 'Enter'))).toBe('+86 13712345678');
    expect(await leakedInto(page, [phone.national, profile.resume.name.full])).toEqual([]);
    await press(page, 'Escape');
    await waitForOverlay(page, CARD, false);
  });

  it('search filters what Tab reaches; Escape clears it, then closes the card', async () => {
    const school = profile.resume.education[1]!.school;
    const tag = profile.resume.projects[1]!.highlights[0]!.tag!;
    expect(tag).toBeTruthy();
    await toggleCard();
    await expect.poll(() => focusedOverlay(page)).toBe(CARD);
    for (const term of [school, tag]) {
      const filtered = filterCard(sections, term);
      const stops = tabStops(filtered.sections, (id) => filtered.expanded.has(id));
      const first = stops.findIndex((t) => t.kind === 'value') + 1;
      await page.keyboard.type(term);
      await press(page, 'Tab', first);
      const copied = await copiedBy(page, () => press(page, 'Enter'));
      expect(copied).toBe(stops[first - 1]!.fact!.value);
      expect(copied).not.toBe(profile.resume.name.full); // unfiltered, the name comes first
      await press(page, 'Shift+Tab', first);
      await press(page, 'Escape'); // clears the search box, the card stays
    }
    await press(page, 'Tab');
    expect(await copiedBy(page, () => press(page, 'Enter'))).toBe(profile.resume.name.full);
    expect(await overlayHosts(page)).toContain(CARD);
    await press(page, 'Escape');
    await waitForOverlay(page, CARD, false);
  });

  it('the shortcut toggles it; screenshots wide and 400 px narrow, light and dark', async () => {
    await toggleCard();
    await waitForOverlay(page, CARD);
    await screenshotBoth(page, 'card-wide');
    await toggleCard();
    await waitForOverlay(page, CARD, false);
    await page.setViewportSize({ width: 400, height: 800 });
    await toggleCard(); // placed for the narrow window when it opens
    await waitForOverlay(page, CARD);
    await screenshotBoth(page, 'card-narrow');
    await toggleCard();
    await waitForOverlay(page, CARD, false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // Every label on one line, never cut: "Department" and "Study mode" broke before the column was sized
  // for the longest label. Every entry's details are opened so their labels are measured too.
  it.each([
    ['zh', ''],
    ['en', '?lang=en'],
  ])('labels fit their column on one line (%s), at 1280 and 400 px', async (lang, query) => {
    const other = await s.ctx.newPage();
    try {
      await other.goto(`${await serveLocal(s.ctx, join(PAGES, 'long-form.html'))}${query}`);
      for (const width of [1280, 400]) {
        await other.setViewportSize({ width, height: 800 });
        await dispatchCommand(s.sw, other, 'toggle-card');
        await waitForOverlay(other, CARD);
        await inOverlay(
          other,
          CARD,
          `function () {
          for (const b of this.querySelectorAll('.ra-expand[aria-expanded="false"]')) b.click();
        }`,
        );
        type Label = { text: string; scroll: number; client: number; height: number; line: number };
        const labels = await inOverlay<Label[]>(
          other,
          CARD,
          `function () {
            return [...this.querySelectorAll('.ra-label')].map((l) => ({
              text: l.textContent, scroll: l.scrollWidth, client: l.clientWidth,
              height: l.getBoundingClientRect().height - 8, line: parseFloat(getComputedStyle(l).lineHeight),
            }));
          }`,
        );
        expect(labels.length).toBeGreaterThan(20);
        const words = labels.map((l) => l.text).join(' ');
        expect(words).toContain(lang === 'zh' ? '学校' : 'School');
        const bad = labels.filter((l) => l.scroll > l.client || l.height > l.line * 1.5);
        expect(bad).toEqual([]);
        await screenshotBoth(other, `card-labels-${lang}-${width}`);
        await dispatchCommand(s.sw, other, 'toggle-card');
        await waitForOverlay(other, CARD, false);
      }
    } finally {
      await other.close();
    }
  });

  it('the popup shows the card itself where no content script may run', async () => {
    const before = await tabIds(s.sw);
    const browserPage = await s.ctx.newPage();
    // An extension page (here our own options page, a tab the user really has open): no content script
    // may run in one, whatever the host permissions (the harness build has <all_urls>). Chosen for that
    // rule, which every Chromium and Firefox keeps, not for how one build renders its chrome:// pages.
    await browserPage.goto(`chrome-extension://${s.extensionId}/options.html`);
    const [tabId] = (await tabIds(s.sw)).filter((id) => !before.includes(id));
    expect(tabId).toBeDefined();
    // The premise, checked: the browser refuses our scripts on this page.
    expect(await scriptingRefused(s.sw, tabId!)).toBe(true);
    const popup = await s.ctx.newPage();
    await popup.setViewportSize({ width: 360, height: 600 }); // the popup's own width
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-testid="show-card"]').click();
    const card = popup.locator('[data-testid="popup-card"]');
    await card.waitFor();
    expect(await card.innerText()).toContain(profile.resume.name.full);
    const phone = profile.resume.contact.phone!.national;
    // Extension origins cannot be granted clipboard-read; the clipboard is the browser's, so the test
    // page reads it.
    const value = card.locator('button.ra-value', { hasText: phone });
    const copied = await copiedBy(page, async () => {
      await popup.bringToFront(); // the user's click lands in the focused popup
      await value.click();
      await page.bringToFront(); // the clipboard is read where the test may read it
    });
    expect(copied).toBe(phone);
    await popup.screenshot({ path: screenshotPath('card-popup'), fullPage: true });
    await popup.close();
    await browserPage.close();
  });
});

describe('what a hostile page can see of the card', () => {
  it('its copy listener, bubble-phase key/input listeners and console see nothing of the card', async () => {
    const url = `${LOCAL_ORIGIN}/hostile-page.html`;
    // A page that forbids clipboard-write (so a copy in the page would need execCommand) and logs every
    // event that could carry what the user types or copies.
    const html = `<!doctype html><meta charset="utf-8"><title>hostile</title><body><p>form</p><script>
      window.seen = { bubble: [], capture: [], copies: [] };
      const types = ['keydown','keyup','keypress','beforeinput','input','textInput','compositionstart',
        'compositionupdate','compositionend','copy','cut','paste','focusin','focusout','select'];
      for (const t of types) {
        window.addEventListener(t, (e) => seen.bubble.push(t + ':' + (e.key ?? e.data ?? '')));
        document.addEventListener(t, (e) => seen.bubble.push(t + ':' + (e.key ?? e.data ?? '')));
      }
      for (const t of ['keydown', 'input']) window.addEventListener(t, (e) => seen.capture.push({
        type: t, target: e.target.getAttribute?.('data-resume-autofill-ui') ?? e.target.nodeName,
        value: 'value' in e.target ? e.target.value : null }), true);
      document.addEventListener('copy', (e) => seen.copies.push(String(getSelection())), true);
    </script>`;
    await s.ctx.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        headers: { 'Permissions-Policy': 'clipboard-write=()' },
        body: html,
      }),
    );
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const hostile = await s.ctx.newPage();
    const errors: string[] = [];
    hostile.on('console', (m) => errors.push(m.text()));
    hostile.on('pageerror', (e) => errors.push(e.message));
    await hostile.goto(url);
    await dispatchCommand(s.sw, hostile, 'toggle-card');
    await waitForOverlay(hostile, CARD);
    await expect.poll(() => focusedOverlay(hostile)).toBe(CARD);
    await hostile.keyboard.type('ab');
    await press(hostile, 'Backspace', 2);
    await press(hostile, 'Tab');
    await press(hostile, 'Enter'); // copies the name
    await page.bringToFront(); // the clipboard is read where the test may read it
    // The hostile page is in English, so the card shows the English résumé (imported second).
    const english = ((await storedData(s.sw)).profiles as Profile[]).find((p) => p.lang === 'en')!;
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toBe(english.resume.name.full);
    const seen = (await hostile.evaluate('window.seen')) as {
      bubble: string[];
      capture: { type: string; target: string; value: unknown }[];
      copies: string[];
    };
    expect(seen.bubble).toEqual([]);
    expect(seen.copies).toEqual([]);
    // Capture listeners on window run before the overlay and cannot be stopped: they see that keys were
    // pressed, on the shadow host, and never the field or its value (mount-overlay.ts says so).
    expect(seen.capture.length).toBeGreaterThan(0);
    expect(new Set(seen.capture.map((c) => c.target))).toEqual(new Set([CARD]));
    expect(seen.capture.every((c) => c.value === null)).toBe(true);
    expect(errors.filter((e) => /Access to storage is not allowed/.test(e))).toEqual([]);
    await hostile.close();
  });
});
