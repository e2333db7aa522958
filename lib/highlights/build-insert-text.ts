import { formatDateRange } from '~/lib/card/date-renderings';
import type { HighlightFormat } from './format';
import type { PickItem, PickSource } from './sources';

const MARKS = {
  zh: { sep: '；', end: '。', joiner: '', tag: (t: string) => `【${t}】` },
  en: { sep: ';', end: '.', joiner: ' ', tag: (t: string) => `[${t}] ` },
};

/** The item's own closing punctuation goes: the format decides how each item ends. */
function body(text: string): string {
  return text.trim().replace(/[\s；;。.，,、！!？?：:]+$/u, '');
}

export function headerLine(source: PickSource, format: HighlightFormat): string {
  const dates = formatDateRange(source.dates, format.punctuation === 'zh' ? 'dot' : 'en');
  return [source.name, source.role, dates].filter((p) => p && p.trim()).join(' · ');
}

function itemText(item: PickItem, format: HighlightFormat): string {
  const m = MARKS[format.punctuation];
  const prefix = format.tags && item.tag ? m.tag(item.tag) : '';
  return prefix + body(item.text);
}

/** Consecutive picks from one source share a header, so a reordered list can revisit a project. */
function groupRuns(items: PickItem[], withHeaders: boolean): PickItem[][] {
  if (!withHeaders) return items.length ? [items] : [];
  const runs: PickItem[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.sourceId === item.sourceId) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

function renderRun(run: PickItem[], format: HighlightFormat): string {
  const m = MARKS[format.punctuation];
  const texts = run.map((i) => itemText(i, format)).filter((t) => t !== '');
  if (texts.length === 0) return '';
  if (format.list === 'paragraph') return texts.join(m.sep + m.joiner) + m.end;
  return texts
    .map((t, i) => {
      const marker = format.list === 'numbered' ? `${i + 1}. ` : format.list === 'dash' ? '- ' : '• ';
      return marker + t + (i === texts.length - 1 ? m.end : m.sep);
    })
    .join('\n');
}

/** Exactly the text the picker inserts, for the chosen items in the chosen order. */
export function buildInsertText(
  items: PickItem[],
  sources: readonly PickSource[],
  format: HighlightFormat,
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return groupRuns(items, format.header)
    .map((run) => {
      const text = renderRun(run, format);
      const source = byId.get(run[0]!.sourceId);
      if (!format.header || !source || !text) return text;
      return `${headerLine(source, format)}\n${text}`;
    })
    .filter(Boolean)
    .join('\n');
}
