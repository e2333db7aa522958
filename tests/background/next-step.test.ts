// A wizard step change fills the tab only when the user turned "fill each next step" on, only on a site
// whose adapter knows its wizard, and not twice in a burst.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '~/lib/storage';

const fillTab = vi.fn(async (_tabId: number) => ({}));
vi.mock('~/lib/background/fill-tab', () => ({ fillTab: (tabId: number) => fillTab(tabId) }));
const { stepChanged } = await import('~/lib/background/next-step');

const WORKDAY = 'https://example.wd5.myworkdayjobs.com/en-US/External/job/X/apply/applyManually';

beforeEach(() => {
  fakeBrowser.reset();
  fillTab.mockClear();
});

describe('stepChanged', () => {
  it('fills nothing while the setting is off (the default)', async () => {
    expect(await stepChanged(1, WORKDAY)).toEqual({ filled: false });
    expect(fillTab).not.toHaveBeenCalled();
  });

  it('fills the tab on a wizard site once the setting is on, not again within a burst', async () => {
    await updateSettings({ fillNextSteps: true });
    expect(await stepChanged(2, WORKDAY)).toEqual({ filled: true });
    expect(fillTab).toHaveBeenCalledWith(2);
    expect(await stepChanged(2, WORKDAY)).toEqual({ filled: false });
    expect(fillTab).toHaveBeenCalledTimes(1);
  });

  it('ignores pages whose site has no wizard adapter', async () => {
    await updateSettings({ fillNextSteps: true });
    for (const url of ['https://jobs.lever.co/x/1/apply', 'https://example.com/apply', undefined])
      expect(await stepChanged(3, url)).toEqual({ filled: false });
    expect(fillTab).not.toHaveBeenCalled();
  });
});
