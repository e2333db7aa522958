// UI strings of every surface: options page, popup, card, picker and in-page report. The dictionary is
// typed by the Chinese table, so a key missing from the English one is a compile error.
import { en, enOne } from './strings-en';
import { zh, type StringKey } from './strings-zh';
import type { UiLang } from './lang';

export type { StringKey } from './strings-zh';
export type { UiLang } from './lang';

const tables: Record<UiLang, Record<StringKey, string>> = { zh, en };

/**
 * A message that can be shown in either language: produced where the problem is found (the importer),
 * rendered where it is shown (the options page), so no code path decides the language but the UI.
 * A parameter may itself be a message: a hint, or the words for what was expected.
 */
export interface Message {
  key: StringKey;
  params?: Record<string, MessageParam>;
}
export type MessageParam = string | number | Message;

export function msg(key: StringKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

function isMessage(p: MessageParam): p is Message {
  return typeof p === 'object';
}

/** Looks a string up and fills `{name}` placeholders; `{count}` of 1 picks the English singular. */
export function translate(lang: UiLang, key: StringKey, params?: Record<string, MessageParam>): string {
  const text = (lang === 'en' && params?.count === 1 ? enOne[key] : undefined) ?? tables[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const p = params[name];
    if (p === undefined) return m;
    return isMessage(p) ? translate(lang, p.key, p.params) : String(p);
  });
}

export function renderMessage(lang: UiLang, message: Message): string {
  return translate(lang, message.key, message.params);
}

export type Translate = (key: StringKey, params?: Record<string, MessageParam>) => string;

export function makeT(lang: UiLang): Translate {
  return (key, params) => translate(lang, key, params);
}
