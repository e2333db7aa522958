import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectUiLang } from '~/lib/i18n/detect-lang';
import { makeT, type Translate, type UiLang } from '~/lib/i18n/strings';
import { getSettings, updateSettings } from '~/lib/storage';

interface I18n {
  lang: UiLang;
  t: Translate;
  setLang(lang: UiLang): void;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: makeT('en'), setLang: () => undefined });

/** Follows the browser language until the user picks one, which is remembered in settings. */
export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: UiLang }) {
  const [lang, setLangState] = useState<UiLang>(initialLang ?? detectUiLang());

  useEffect(() => {
    let live = true;
    void getSettings().then((s) => {
      if (live && s.uiLang) setLangState(s.uiLang);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      t: makeT(lang),
      setLang: (next) => {
        setLangState(next);
        void updateSettings({ uiLang: next });
      },
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
