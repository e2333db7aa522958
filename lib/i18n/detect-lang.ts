import type { UiLang } from './lang';

/** Chinese UI for any zh-* browser language, English otherwise. */
export function detectUiLang(languages: readonly string[] = browserLanguages()): UiLang {
  return languages[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? [...navigator.languages] : [navigator.language];
}
