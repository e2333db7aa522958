import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSiteFormat, saveSiteFormat } from '~/lib/highlights/site-format';
import { getSettings, updateSettings } from '~/lib/storage';

describe('the picker format remembered per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the page language’s default', async () => {
    expect(await loadSiteFormat('app.mokahr.com', 'zh')).toEqual({
      list: 'bullet',
      tags: true,
      punctuation: 'zh',
      header: false,
    });
    expect((await loadSiteFormat('jobs.lever.co', 'en')).punctuation).toBe('en');
  });

  it('gives back the last choice on that site only, keeping other sites and settings', async () => {
    await updateSettings({ overwrite: true });
    await saveSiteFormat('jobs.lever.co', { list: 'dash', tags: false, punctuation: 'en', header: true });
    await saveSiteFormat('app.mokahr.com', {
      list: 'numbered',
      tags: true,
      punctuation: 'zh',
      header: false,
    });
    expect(await loadSiteFormat('jobs.lever.co', 'zh')).toEqual({
      list: 'dash',
      tags: false,
      punctuation: 'en',
      header: true,
    });
    expect((await loadSiteFormat('app.mokahr.com', 'zh')).list).toBe('numbered');
    expect((await loadSiteFormat('join.qq.com', 'zh')).list).toBe('bullet');
    expect((await getSettings()).overwrite).toBe(true);
  });
});
