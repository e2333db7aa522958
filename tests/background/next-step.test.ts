// A wizard step change fills the tab only when the user turned "fill each next step" on, and not twice in
// a burst. (Only a fill script on a wizard adapter's page announces steps: tests/content/ covers that.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '~/lib/storage';

const fillTab = vi.fn(async (_tabId: number) => ({}));
vi.mock('~/lib/background/fill-tab', () => ({ fillTab: (tabId: number) => fillTab(tabId) }));
const { stepChanged } = await import('~/lib/background/next-step');

beforeEach(() => {
  fakeBrowser.reset();
  fillTab.mockClear();
});

describe('stepChanged', () => {
  it('fills nothing while the setting is off (the default)', async () => {
    expect(await stepChanged(1)).toEqual({ filled: false });
    expect(fillTab).not.toHaveBeenCalled();
  });

  it('fills the tab on a wizard site once the setting is on, not again within a burst', async () => {
    await updateSettings({ fillNextSteps: true });
    expect(await stepChanged(2)).toEqual({ filled: true });
    expect(fillTab).toHaveBeenCalledWith(2);
    expect(await stepChanged(2)).toEqual({ filled: false });
    expect(fillTab).toHaveBeenCalledTimes(1);
  });

  it('each tab has its own burst window', async () => {
    await updateSettings({ fillNextSteps: true });
    expect(await stepChanged(3)).toEqual({ filled: true });
    expect(await stepChanged(4)).toEqual({ filled: true });
    expect(fillTab).toHaveBeenCalledTimes(2);
  });
});
