import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '~/components/popup/popup-app';
import { fillRequest } from '~/components/popup/popup-actions';
import { getSettings } from '~/lib/storage';
import { importProfile } from '~/lib/storage/import';
import type { FillReport } from '~/lib/fill/types';
import { SAMPLE_EN, SAMPLE_ZH } from '../../storage/fixtures';
import { click, render, waitFor, type Rendered } from '../options/render';

let view: Rendered;
const $ = (sel: string) => view.container.querySelector(sel);

beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

describe('popup', () => {
  it('asks to import when no résumé is loaded and opens the options page', async () => {
    const open = vi.fn(async () => undefined);
    fakeBrowser.runtime.openOptionsPage = open;
    view = await render(<PopupApp />);
    const status = await waitFor(() => $('[data-testid="popup-status"]'));
    expect(status.getAttribute('data-loaded')).toBe('false');
    expect(status.textContent).toContain('还没有导入简历');
    expect($('[data-testid="fill-page"]')).toBeNull();
    await click($('[data-testid="open-options"]'));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows the loaded résumé and switches between profiles', async () => {
    const zh = await importProfile(SAMPLE_ZH);
    const en = await importProfile(SAMPLE_EN);
    view = await render(<PopupApp />);
    const status = await waitFor(() => $('[data-testid="popup-status"][data-loaded="true"]'));
    expect(status.textContent).toContain('李思远');
    const select = status.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([zh.profileId, en.profileId]);

    select.value = en.profileId!;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $('[data-testid="popup-status"]')?.textContent?.includes('Siyuan Li'));
    expect((await getSettings()).activeProfileId).toBe(en.profileId);
  });

  it('fills the page through the background and shows the counts', async () => {
    await importProfile(SAMPLE_ZH);
    const report: FillReport = {
      url: 'https://jobs.example.cn/apply',
      adapter: 'generic',
      lang: 'zh',
      durationMs: 40,
      fields: [],
      counts: { filled: 12, uncertain: 2, skipped: 3, failed: 1, kept: 0, 'required-empty': 1 },
      selectorMisses: [],
      siteNotes: ['「教育经历」还有 1 条未填：请先点「保存」，再点一次「填写本页」继续。'],
    };
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      received.push(msg);
      // On opening, the popup asks for the tab's last report: none yet.
      sendResponse((msg as { type: string }).type === 'fill' ? report : null);
      return true;
    });
    view = await render(<PopupApp />);
    await click(await waitFor(() => $('[data-testid="fill-page"]')));
    const result = await waitFor(() => $('[data-testid="fill-report"]'));
    expect(received).toEqual([{ type: 'last-report' }, { type: 'fill' }]);
    // The in-page panel's words; every status counted; fields without a résumé fact are not news.
    expect(result.querySelector('.fill-result')?.textContent).toBe(
      '已填写 12 · 请核对 2 · 必填未填 1 · 未能填写 1',
    );
    // What the user must do next (a card to save before the next fill) is shown as the fill said it.
    expect(result.querySelector('[data-testid="site-notes"]')?.textContent).toBe(report.siteNotes![0]);
  });
});

describe('fillRequest', () => {
  it('takes the tab and language from the query, ignoring anything else', () => {
    expect(fillRequest('')).toEqual({});
    expect(fillRequest('?tabId=12&lang=en')).toEqual({ tabId: 12, options: { lang: 'en' } });
    expect(fillRequest('?tabId=abc&lang=fr')).toEqual({});
  });
});
