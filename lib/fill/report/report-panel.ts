// The small after-fill summary, bottom right: counts, the fields' own labels with their status (never
// résumé values), Undo and Dismiss. Plain DOM in a closed shadow root so the page can neither style nor
// read it.
import { translateReport as translate } from '~/lib/i18n/strings-report';
import type { FieldReport, FillReport, SelectorMiss } from '~/lib/fill/types';
import { clearMarks } from './marks';
import { PANEL_CSS } from './panel-style';
import { countsLine, fieldName, reportRows, rowStatusWord } from './report-words';

export const UI_ATTR = 'data-resume-autofill-ui';

/** Words only the in-page panel has; the status words are the popup's (report-words.ts). */
const TEXT = {
  zh: {
    site: '站点适配',
    generic: '通用识别',
    byAdapter: '站点选择器',
    missed: '选择器未命中（网站可能改版）',
  },
  en: {
    site: 'Site adapter',
    generic: 'generic engine',
    byAdapter: 'site selector',
    missed: 'Selector missed (the site may have changed)',
  },
};

export interface PanelHandlers {
  onUndo?: () => void;
  onDismiss?: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function listItems(
  doc: Document,
  fields: FieldReport[],
  t: (typeof TEXT)['zh'],
  lang: FillReport['lang'],
): HTMLElement {
  const list = el(doc, 'ul', 'list');
  for (const f of reportRows(fields)) {
    const item = el(doc, 'li', `item ${f.status}${f.openQuestion ? ' open-question' : ''}`);
    item.title =
      f.placedBy?.by === 'adapter'
        ? `${t.byAdapter}: ${f.placedBy.selector} (${f.placedBy.variant})`
        : t.generic;
    item.append(
      el(doc, 'span', 'dot'),
      el(doc, 'span', 'label', fieldName(f, fields, lang)),
      el(doc, 'span', 'status', translate(lang, rowStatusWord(f))),
    );
    // An open question left to the user: where the highlight picker is.
    if (f.openQuestion) item.append(el(doc, 'span', 'hint', translate(lang, 'reportPickerHint')));
    list.append(item);
  }
  return list;
}

/** Each adapter selector that found nothing, so a changed site shows up instead of a silent empty field. */
function missList(doc: Document, misses: SelectorMiss[], t: (typeof TEXT)['zh']): HTMLElement {
  const box = el(doc, 'details', 'misses');
  box.append(el(doc, 'summary', 'missed', `${t.missed}: ${misses.length}`));
  const list = el(doc, 'ul', 'list');
  for (const m of misses) {
    const item = el(doc, 'li', 'item miss', `${m.what} — ${m.selector} (${m.variant})`);
    item.title = m.reason;
    list.append(item);
  }
  box.append(list);
  return box;
}

export function showReportPanel(
  report: FillReport,
  handlers: PanelHandlers = {},
  doc: Document = document,
): void {
  doc.querySelectorAll(`[${UI_ATTR}="report"]`).forEach((n) => n.remove());
  const t = TEXT[report.lang];
  const host = doc.createElement('div');
  host.setAttribute(UI_ATTR, 'report');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const panel = el(doc, 'section', 'panel');
  panel.setAttribute('role', 'status');
  const counts = el(doc, 'p', 'counts');
  for (const c of countsLine(report, report.lang))
    counts.append(el(doc, 'span', `count ${c.status}`, c.text));
  const actions = el(doc, 'div', 'actions');
  const undo = el(doc, 'button', 'undo', translate(report.lang, 'reportUndo'));
  const dismiss = el(doc, 'button', 'dismiss', translate(report.lang, 'reportDismiss'));
  undo.type = 'button';
  dismiss.type = 'button';
  undo.addEventListener('click', () => {
    undo.disabled = true;
    handlers.onUndo?.();
  });
  dismiss.addEventListener('click', () => {
    clearReport(doc);
    handlers.onDismiss?.();
  });
  actions.append(undo, dismiss);
  const site = el(
    doc,
    'p',
    'site',
    `${t.site}: ${report.adapter === 'generic' ? t.generic : report.adapter}`,
  );
  site.setAttribute('data-adapter', report.adapter);
  panel.append(el(doc, 'h2', 'title', translate(report.lang, 'reportInPageTitle')), site, counts);
  // What the site does itself, and what the user must do next (press a card's Save, fill again).
  if (report.siteNotes?.length) {
    const notes = el(doc, 'ul', 'notes');
    for (const note of report.siteNotes) notes.append(el(doc, 'li', 'note', note));
    panel.append(notes);
  }
  panel.append(listItems(doc, report.fields, t, report.lang));
  if (report.selectorMisses?.length) panel.append(missList(doc, report.selectorMisses, t));
  panel.append(actions);
  shadow.append(style, panel);
  doc.documentElement.append(host);
}

/** Removes the panel and the outlines. */
export function clearReport(doc: Document = document): void {
  doc.querySelectorAll(`[${UI_ATTR}="report"]`).forEach((n) => n.remove());
  clearMarks(doc);
}
