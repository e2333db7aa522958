// Which language the form speaks. The labels are what the user reads, so they outvote <html lang>
// (Chinese ATS pages often ship a template's lang="en"); lang decides only when labels are few or mixed.
import type { FieldDescription } from '~/lib/fill/types';
import { hasCjk } from './text';

const MIN_LABELS = 3;

function fromHtmlLang(doc: Document): 'zh' | 'en' | undefined {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('zh')) return 'zh';
  if (lang && /^[a-z]{2}/.test(lang)) return 'en';
  return undefined;
}

/** Share of CJK among the first few thousand characters of visible-ish text. */
function cjkShareOfText(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let cjk = 0;
  let latin = 0;
  for (let n = walker.nextNode(); n && cjk + latin < 4000; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    const text = n.nodeValue ?? '';
    cjk += (text.match(/[\u3400-\u9fff]/g) ?? []).length;
    latin += (text.match(/[A-Za-z]+/g) ?? []).length;
  }
  return cjk + latin ? cjk / (cjk + latin) : 0;
}

export function detectPageLang(doc: Document, fields?: FieldDescription[]): 'zh' | 'en' {
  const labels = (fields ?? []).map((f) => f.label || f.hints.placeholder || '').filter(Boolean);
  const declared = fromHtmlLang(doc);
  if (labels.length) {
    const share = labels.filter(hasCjk).length / labels.length;
    // A couple of labels only outvote the declared language when all of them are Chinese.
    const decisive = labels.length >= MIN_LABELS || !declared;
    if (share >= 0.4 && (decisive || share === 1)) return 'zh';
    if (share < 0.1 && decisive) return 'en';
    if (declared) return declared;
    return share >= 0.4 ? 'zh' : 'en';
  }
  if (declared) return declared;
  return cjkShareOfText(doc) >= 0.3 ? 'zh' : 'en';
}
