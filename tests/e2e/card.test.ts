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
import { waitForOverlay } from './overlay-support';
import { SAMPLE, screenshotPath, startSession, type Session } from './support';

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
  s = await startSession({ resumes: [SAMPLE] });
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
