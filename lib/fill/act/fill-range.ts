// Range pickers (one editor, two inputs: 开始日期 / 结束日期) commit a start and an end only together, so
// the two fields are written as one pair through the picker's panel.
import type { Classification, FieldDescription, FieldReport } from '~/lib/fill/types';
import { widgetContainer } from '~/lib/fill/collect/recognise-control';
import { writeDateRange } from '~/lib/fill/drivers/date-picker';
import { driverFor } from '~/lib/fill/drivers';
import { recordField } from '~/lib/fill/undo/snapshot';
import { resolveFact } from '~/lib/fill/values/facts';
import {
  NO_END_REASON,
  PRESENT_BOX_REASON,
  renderValue,
  type Rendered,
} from '~/lib/fill/values/render-value';
import { finishField, isPrepared, prepareField, type FillContext } from './fill-field';

const RANGE_BOX = '[class*=range],[class*=Range]';

/** Whether `a` and `b` are the start and end inputs of one range picker. */
export function isRangePair(
  a: FieldDescription,
  b: FieldDescription | undefined,
  ca?: Classification,
  cb?: Classification,
): boolean {
  if (!b || a.widget !== 'date-picker' || b.widget !== 'date-picker' || !ca || !cb) return false;
  const box = a.el.parentElement?.closest(RANGE_BOX);
  if (
    !box ||
    box !== b.el.parentElement?.closest(RANGE_BOX) ||
    box.querySelectorAll('input:not([type=hidden])').length !== 2
  )
    return false;
  // One picker holds both inputs; two pickers in one row joined by 至 (each its own widget and panel,
  // or plain read-only inputs a script attaches a calendar to) are written one by one.
  const own = widgetContainer(a.el);
  if (!own?.contains(b.el)) return false;
  const [sa, fa] = ca.key.split('.');
  const [sb, fb] = cb.key.split('.');
  return sa === sb && ((fa === 'start' && fb === 'end') || (fa === 'range' && fb === 'range'));
}

/** For '起止时间' classified on both inputs: the start from the first, the end from the second. */
function endOfRange(which: 'start' | 'end', index: number, ctx: FillContext) {
  return (field: FieldDescription, cls: Classification): Rendered | undefined => {
    if (!cls.key.endsWith('.range')) return undefined;
    const fact = resolveFact(ctx.resume, cls.key, index, ctx.lang, ctx.now, ctx.answers);
    if (fact?.type !== 'range') return { ok: false, reason: 'the résumé has no value for this' };
    const date = which === 'start' ? fact.value.start : fact.value.end;
    if (which === 'end' && fact.value.current) return { ok: false, reason: NO_END_REASON };
    if (!date) return { ok: false, reason: `the résumé gives no ${which} date` };
    return renderValue(
      { type: 'date', value: date },
      field,
      { ...cls, key: cls.key.replace('.range', `.${which}`) as typeof cls.key },
      { lang: ctx.lang },
    );
  };
}

/**
 * The end was set aside because the entry is current: a 至今 box beside the range says it, or the range
 * has no 至今 to show and its end stays empty (a range picker that allows an open end).
 */
function endIsPresent(report: FieldReport): boolean {
  return (
    report.status === 'skipped' && (report.reason === PRESENT_BOX_REASON || report.reason === NO_END_REASON)
  );
}

export async function fillRangePair(
  a: FieldDescription,
  b: FieldDescription,
  ca: Classification,
  cb: Classification,
  index: number,
  ctx: FillContext,
): Promise<[FieldReport, FieldReport]> {
  const pa = prepareField(a, ca, index, ctx, endOfRange('start', index, ctx));
  const pb = prepareField(b, cb, index, ctx, endOfRange('end', index, ctx));
  if (isPrepared(pa) && !isPrepared(pb) && endIsPresent(pb)) {
    // The entry's own 至今 box stands for the end (ticking it shuts the end input), or the end stays
    // open: the start is picked alone, as a person does. A picker that will not commit half a range
    // leaves the start as it was and says so.
    const driver = driverFor(a, ctx.drivers);
    recordField(a, driver);
    const result = await driver.write(a, pa.rendered.value, { match: pa.rendered.match });
    return [finishField(pa, result, ctx), pb];
  }
  if (!isPrepared(pa) || !isPrepared(pb)) {
    // Half a range cannot be committed: report the missing half's reason on both.
    const why = !isPrepared(pa) ? pa : (pb as FieldReport);
    const hold = (p: typeof pa): FieldReport =>
      isPrepared(p)
        ? { ...p.report, status: 'skipped', reason: `the range needs both dates: ${why.reason}` }
        : p;
    return [hold(pa), hold(pb)];
  }
  recordField(a, driverFor(a, ctx.drivers));
  recordField(b, driverFor(b, ctx.drivers));
  const [ra, rb] = await writeDateRange(
    a.el as HTMLInputElement,
    b.el as HTMLInputElement,
    pa.rendered.value,
    pb.rendered.value,
  );
  return [finishField(pa, ra, ctx), finishField(pb, rb, ctx)];
}
