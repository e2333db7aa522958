import type { UiLang } from '~/lib/card/strings';

const CJK = /[\u3400-\u9fff]/g;

/** Share of CJK characters in a text sample; Chinese labels are short, so a low bar suffices. */
function looksChinese(text: string): boolean {
  const sample = text.slice(0, 4000);
  const letters = sample.replace(/[\s\d\p{P}\p{S}]/gu, '').length;
  return letters > 0 && (sample.match(CJK)?.length ?? 0) / letters > 0.2;
}

/**
 * The page's language: <html lang> when it says zh or en, else the text around the field, else the page
 * title and body. Many Chinese recruiting SPAs ship lang="en" from a template, so a declared 'en' is
 * overruled by clearly Chinese labels near the field.
 */
export function detectPageLang(doc: Document, near?: Element | null): UiLang {
  const declared = (doc.documentElement.lang || '').toLowerCase();
  const around =
    near?.closest('form, section, [role=dialog], [role=form]') ?? near?.parentElement?.parentElement;
  if (around && looksChinese(around.textContent ?? '')) return 'zh';
  if (declared.startsWith('zh')) return 'zh';
  if (declared.startsWith('en')) return 'en';
  return looksChinese(`${doc.title}\n${doc.body?.innerText ?? doc.body?.textContent ?? ''}`) ? 'zh' : 'en';
}
