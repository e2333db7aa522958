// The language kernel: the two languages the extension speaks, what counts as Chinese text, and which
// language a page speaks. The UI, the résumé deriver, the fill engine and the highlight picker all ask
// here, so a label, a résumé line and a page are judged by the same characters and the same rules.

/** The languages of the UI, the résumé profiles and the pages we fill. */
export type UiLang = 'zh' | 'en';

// Han ideographs: basic, extension A, extensions B–F, compatibility ideographs.
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ebef}]/u;
const CJK_GLOBAL = new RegExp(CJK.source, 'gu');

export function hasCjk(text: string | undefined): boolean {
  return text !== undefined && CJK.test(text);
}

export function countCjk(text: string): number {
  return text.match(CJK_GLOBAL)?.length ?? 0;
}

/** A few Chinese characters among latin words: Chinese labels are short, so a low share suffices. */
function cjkShare(text: string): number {
  const cjk = countCjk(text);
  const latin = (text.match(/[A-Za-z]+/g) ?? []).length;
  return cjk + latin ? cjk / (cjk + latin) : 0;
}

function declaredLang(doc: Document): UiLang | undefined {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('zh')) return 'zh';
  if (lang && /^[a-z]{2}/.test(lang)) return 'en';
  return undefined;
}

/** The first few thousand characters of the page's readable text. */
function pageText(doc: Document): string {
  const body = doc.body;
  if (!body) return doc.title;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let text = doc.title;
  for (let n = walker.nextNode(); n && text.length < 4000; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'NOSCRIPT') text += ` ${n.nodeValue ?? ''}`;
  }
  return text;
}

const MIN_LABELS = 3;

/** The form's field labels decide when there are enough of them; a couple only when all agree. */
function fromLabels(labels: string[], declared: UiLang | undefined): UiLang | undefined {
  const share = labels.filter((l) => hasCjk(l)).length / labels.length;
  const decisive = labels.length >= MIN_LABELS || !declared;
  if (share >= 0.4 && (decisive || share === 1)) return 'zh';
  if (share < 0.1 && decisive) return 'en';
  return declared ?? (share >= 0.4 ? 'zh' : 'en');
}

export interface PageLangHints {
  /** The labels of the form's fields: what the user reads, so they outvote <html lang>. */
  labels?: string[];
  /** An element the user is working in: clearly Chinese text around it decides. */
  near?: Element | null;
}

/**
 * The page's language. Many Chinese recruiting SPAs ship a template's lang="en", so what the user reads
 * (the form's labels, the text around the field in use) outvotes <html lang>; lang decides when labels
 * are few or mixed; without either, the share of Chinese in the page's text.
 */
export function detectPageLang(doc: Document, hints: PageLangHints = {}): UiLang {
  const declared = declaredLang(doc);
  const labels = (hints.labels ?? []).filter(Boolean);
  if (labels.length) return fromLabels(labels, declared) as UiLang;
  const near = hints.near;
  const around =
    near?.closest('form, section, [role=dialog], [role=form]') ?? near?.parentElement?.parentElement;
  if (around && cjkShare((around.textContent ?? '').slice(0, 4000)) >= 0.2) return 'zh';
  if (declared) return declared;
  return cjkShare(pageText(doc)) >= 0.3 ? 'zh' : 'en';
}
