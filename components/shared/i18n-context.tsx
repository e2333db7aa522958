import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { detectUiLang } from '~/lib/i18n/detect-lang';
import { makeT, type Translate, type UiLang } from '~/lib/i18n/strings';
import { getSettings, updateSettings } from '~/lib/storage';

interface I18n {
  lang: UiLang;
  /** The user's choice: a language, or undefined for the browser's. */
  chosen: UiLang | undefined;
  t: Translate;
  setLang(lang: UiLang | undefined): void;
}

const I18nContext = createContext<I18n>({
  lang: 'en',
  chosen: undefined,
  t: makeT('en'),
  setLang: () => undefined,
});

/**
 * The UI language rule (README, "Which language"): the options page and the popup follow the browser's
 * language unless the user picks one in the options page, which is remembered in settings (uiLang).
 */
export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: UiLang }) {
  const [chosen, setChosen] = useState<UiLang | undefined>(initialLang);
  const lang = chosen ?? detectUiLang();
  // A language picked before the stored settings arrive is the newer choice: they do not draw over it.
  const pickedHere = useRef(false);

  useEffect(() => {
    let live = true;
    void getSettings().then((s) => {
      if (live && s.uiLang && !pickedHere.current) setChosen(s.uiLang);
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
      chosen,
      t: makeT(lang),
      setLang: (next) => {
        pickedHere.current = true;
        setChosen(next);
        void updateSettings({ uiLang: next });
      },
    }),
    [lang, chosen],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
