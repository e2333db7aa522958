// The fill, end to end: collect → language → classify → add missing entries → assign entries → render →
// snapshot → write (native fields back to back, custom widgets one at a time) → read back → report, outlines.
import type { Classification, FieldDescription, FieldReport, FillReport } from '~/lib/fill/types';
import { whileFilling } from '~/lib/content/track-target';
import type { Resume } from '~/lib/resume/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { nextFrame } from '~/lib/fill/drivers/wait-for';
import { ensureBlocks } from '~/lib/fill/plan/add-entries';
import { assignBlocks } from '~/lib/fill/plan/assign-blocks';
import { sideFormFields } from '~/lib/fill/plan/side-forms';
import { cssPath } from '~/lib/fill/report/css-path';
import { fillField, type FillContext } from '~/lib/fill/plan/fill-field';
import { createWriteBatch, type FillRow } from '~/lib/fill/plan/write-batch';
import { fillRangePair, isRangePair } from '~/lib/fill/plan/fill-range';
import { countStatuses, markRequiredEmpty, recheck } from '~/lib/fill/report/final-status';
import { markReport } from '~/lib/fill/report/mark-report';
import { clearReport } from '~/lib/fill/report/report-panel';
import { beginSnapshot } from '~/lib/fill/undo/snapshot';

/**
 * Time budgets. A page's own widgets can stall a driver (a menu that never opens, a list that never
 * loads); the user must still get a report. After PAGE_BUDGET_MS no new field is started, and a custom
 * widget gets FIELD_BUDGET_MS before it is reported as not finished.
 */
export const PAGE_BUDGET_MS = 20_000;
export const FIELD_BUDGET_MS = 8_000;

/** Resolves with `work`'s result, or with `late()` when it takes longer than `ms`. */
async function withinBudget<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function outOfTime(field: FieldDescription, why: string): FieldReport {
  return { label: field.label, status: 'failed', reason: why, selector: cssPath(field.el) };
}

export interface RunFillOptions {
  lang?: 'zh' | 'en';
  overwrite?: boolean;
  adapter?: string;
  /** Outline the fields on the page (default true). */
  marks?: boolean;
  /** "Today", for years of experience. */
  now?: Date;
  /** Override the time budgets (tests). */
  budget?: { pageMs?: number; fieldMs?: number };
}

export function runFill(doc: Document, resume: Resume, opts: RunFillOptions = {}): Promise<FillReport> {
  return whileFilling(() => fillPage(doc, resume, opts));
}

async function fillPage(doc: Document, resume: Resume, opts: RunFillOptions): Promise<FillReport> {
  const started = performance.now();
  clearReport(doc);
  const collected = collectFields(doc, { lang: opts.lang });
  const lang = opts.lang ?? detectPageLang(doc, collected);
  const blocks = await ensureBlocks(doc, resume, collected, classifyFields(collected), { lang });
  const { fields, classes } = blocks;
  const { index } = assignBlocks(fields, classes, CONFIDENCE_BAR);
  const ctx: FillContext = {
    resume,
    lang,
    overwrite: !!opts.overwrite,
    bar: CONFIDENCE_BAR,
    now: opts.now ?? new Date(),
    hasCountryCodeField: fields.some((f) => isCountryCode(classes.get(f.id))),
  };
  const aside = sideFormFields(fields, classes, CONFIDENCE_BAR);
  beginSnapshot();
  const batch = createWriteBatch(ctx);
  const results: FillRow[] = [];
  const pageMs = opts.budget?.pageMs ?? PAGE_BUDGET_MS;
  const fieldMs = opts.budget?.fieldMs ?? FIELD_BUDGET_MS;
  const tooLate = (what: string) => `${what}: the fill ran out of time (${pageMs / 1000} s)`;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const next = fields[i + 1];
    if (performance.now() - started > pageMs) {
      results.push([field, outOfTime(field, tooLate('not started'))]);
      continue;
    }
    if (aside.has(field.id)) {
      results.push([field, asideReport(field)]);
      continue;
    }
    const cls = classes.get(field.id);
    const entry = index.get(field.id) ?? 0;
    const row = batch.add(field, cls, entry);
    if (row) {
      results.push(row);
      continue;
    }
    // A custom widget: the native fields before it go in first, then it alone, since menus must not overlap.
    batch.write();
    const stalled = `did not finish within ${fieldMs / 1000} s (the widget did not respond)`;
    if (isRangePair(field, next, cls, classes.get(next?.id))) {
      const [a, b] = await withinBudget(
        fillRangePair(field, next, cls!, classes.get(next.id)!, entry, ctx),
        fieldMs * 2,
        () => [outOfTime(field, stalled), outOfTime(next, stalled)],
      );
      results.push([field, a], [next, b]);
      i++;
      continue;
    }
    const report = await withinBudget(fillField(field, cls, entry, ctx), fieldMs, () =>
      outOfTime(field, stalled),
    );
    results.push([field, report]);
  }
  batch.write();
  // One frame for every framework to re-render, then every read-back in one pass.
  await nextFrame();
  await batch.settle();
  for (const [field, report] of results) {
    recheck(field, report);
    markRequiredEmpty(field, report);
  }
  if (opts.marks !== false) markReport(results);
  const reports = [...blocks.notes, ...results.map(([, r]) => r)];
  return {
    url: doc.location?.href ?? doc.URL,
    adapter: opts.adapter ?? 'generic',
    lang,
    durationMs: Math.round(performance.now() - started),
    fields: reports,
    counts: countStatuses(reports),
  };
}

function asideReport(field: FieldDescription): FieldReport {
  return {
    label: field.label,
    status: 'skipped',
    reason: 'a newsletter, login or search form, not the application',
    selector: cssPath(field.el),
  };
}

function isCountryCode(c: Classification | undefined): boolean {
  return !!c && c.key === 'phone.countryCode' && c.confidence >= CONFIDENCE_BAR;
}
