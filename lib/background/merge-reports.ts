// A tab's fill runs once per frame (an embedded Greenhouse board lives in its own iframe); the user sees
// one report for the whole tab.
import type { FieldStatus, FillReport } from '~/lib/fill/types';

const STATUSES: FieldStatus[] = ['filled', 'uncertain', 'skipped', 'failed', 'kept', 'required-empty'];

export function emptyCounts(): Record<FieldStatus, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FieldStatus, number>;
}

export function mergeReports(url: string, reports: FillReport[]): FillReport {
  const counts = emptyCounts();
  for (const r of reports) for (const s of STATUSES) counts[s] += r.counts[s] ?? 0;
  // The frame holding the most fields speaks for the tab's language; for its adapter, the biggest frame
  // an adapter filled (an embedded Greenhouse board inside a company's generic careers page).
  const bySize = [...reports].sort((a, b) => b.fields.length - a.fields.length);
  const main = bySize[0];
  const adapted = bySize.find((r) => r.adapter !== 'generic');
  const siteNotes = [...new Set(reports.flatMap((r) => r.siteNotes ?? []))];
  return {
    url,
    adapter: adapted?.adapter ?? main?.adapter ?? 'generic',
    lang: main?.lang ?? 'zh',
    durationMs: Math.max(0, ...reports.map((r) => r.durationMs)),
    fields: reports.flatMap((r) => r.fields),
    counts,
    selectorMisses: reports.flatMap((r) => r.selectorMisses ?? []),
    ...(siteNotes.length > 0 && { siteNotes }),
  };
}
