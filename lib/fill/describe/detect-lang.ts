// Which language the form speaks: the language kernel (lib/i18n/lang.ts) asked with the fields' labels.
import type { FieldDescription } from '~/lib/fill/types';
import { detectPageLang as pageLang } from '~/lib/i18n/lang';

export function detectPageLang(doc: Document, fields?: FieldDescription[]): 'zh' | 'en' {
  return pageLang(doc, { labels: (fields ?? []).map((f) => f.label || f.hints.placeholder || '') });
}
