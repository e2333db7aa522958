import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, useI18n } from '~/components/shared/i18n-context';
import * as storage from '~/lib/storage';
import { getSettings, updateSettings } from '~/lib/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('I18nProvider', () => {
  it('a language picked before the stored settings arrive is not drawn over by them', async () => {
    await updateSettings({ uiLang: 'zh' });
    const stored = await getSettings();
    let arrive: () => void = () => undefined;
    vi.spyOn(storage, 'getSettings').mockReturnValue(
      new Promise((resolve) => {
        arrive = () => resolve(stored);
      }),
    );
    let pick: (lang: 'zh' | 'en') => void = () => undefined;
    function Probe() {
      const { lang, setLang } = useI18n();
      pick = setLang;
      return <span id="lang">{lang}</span>;
    }
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    await act(async () => root.render(<I18nProvider>{<Probe />}</I18nProvider>));
    await act(async () => pick('en'));
    await act(async () => arrive());
    expect(container.querySelector('#lang')?.textContent).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    act(() => root.unmount());
  });
});
