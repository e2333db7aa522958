// UI strings of the options page and the popup. The dictionary is typed by the Chinese table, so a key
// missing from the English one is a compile error.
import { en } from './strings-en';
import { zh, type StringKey } from './strings-zh';
import type { UiLang } from './lang';

export type { StringKey } from './strings-zh';
export type { UiLang } from './lang';

const tables: Record<UiLang, Record<StringKey, string>> = { zh, en };

/** Looks a string up and fills `{name}` placeholders. */
export function translate(lang: UiLang, key: StringKey, params?: Record<string, string | number>): string {
  const text = tables[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function makeT(lang: UiLang): Translate {
  return (key, params) => translate(lang, key, params);
}
