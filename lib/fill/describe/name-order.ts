// Whether a page writes the family name first: Chinese, Japanese, Korean, Hungarian and Vietnamese
// forms put 姓 / Vezetéknév before 名 / Keresztnév, so two name boxes in a row with no word on either
// are family then given there, given then family elsewhere.
import type { FieldDescription } from '~/lib/fill/types';

const FAMILY_FIRST = /^(zh|ja|ko|hu|vi)\b/i;
/** Hiragana and katakana: Japanese labels on a page that does not declare its language. */
const KANA = /[\u3040-\u30ff]/;

export function familyNameFirst(field: FieldDescription): boolean {
  if (field.lang === 'zh') return true;
  const declared = field.el.ownerDocument?.documentElement?.getAttribute('lang') ?? '';
  return (
    FAMILY_FIRST.test(declared.trim()) || KANA.test(field.label) || KANA.test(field.hints.groupLabel ?? '')
  );
}
