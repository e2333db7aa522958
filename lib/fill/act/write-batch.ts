// Native fields between two custom widgets form one batch: first every read (what each shows, whether it
// is a visible box), then every write back to back, and at the end of the fill one read-back of the lot.
// A read between two writes makes the browser recompute style and layout each time: on a 100-field form
// that was most of the fill. Custom widgets, whose menus open asynchronously, stay one at a time.
import type { Classification, FieldDescription, FieldReport } from '~/lib/fill/types';
import { driverFor, stagerFor } from '~/lib/fill/drivers';
import { isStagedWrite, settleAll, type StagedWrite, type Stager } from '~/lib/fill/drivers/staged-write';
import { recordField } from '~/lib/fill/undo/snapshot';
import { finishField, isPrepared, prepareField, type FillContext, type Prepared } from './fill-field';

/** One row of the fill's results, in document order; a batched row's report is replaced once known. */
export type FillRow = [FieldDescription, FieldReport];

interface Queued {
  row: FillRow;
  stager: Stager;
  cls: Classification | undefined;
  entry: number;
}

interface Written {
  row: FillRow;
  prepared: Prepared;
  staged: StagedWrite;
}

export interface WriteBatch {
  /** Queues the field and returns its row, or undefined when it must be written on its own. */
  add(field: FieldDescription, cls: Classification | undefined, entry: number): FillRow | undefined;
  /** Prepares every queued field, then writes them all; call before anything else touches the page. */
  write(): void;
  /** Reads every batched write back and completes the rows; call once the page has had a frame to react. */
  settle(): Promise<void>;
}

export function createWriteBatch(ctx: FillContext): WriteBatch {
  let queued: Queued[] = [];
  let written: Written[] = [];
  return {
    add(field, cls, entry) {
      const stager = stagerFor(field, ctx.drivers);
      if (!stager) return undefined;
      const row: FillRow = [field, { label: field.label, status: 'skipped', reason: 'not written yet' }];
      queued.push({ row, stager, cls, entry });
      return row;
    },
    write() {
      const ready = queued.map((q) => ({ q, p: prepareField(q.row[0], q.cls, q.entry, ctx) }));
      queued = [];
      for (const { q, p } of ready) {
        if (!isPrepared(p)) {
          q.row[1] = p;
          continue;
        }
        // An earlier write in the batch may have re-rendered the form and replaced this element.
        if (!q.row[0].el.isConnected) {
          q.row[1] = {
            ...p.report,
            status: 'failed',
            reason: 'the field left the page before it was written',
          };
          continue;
        }
        recordField(q.row[0], driverFor(q.row[0], ctx.drivers));
        const staged = q.stager(q.row[0], p.rendered.value, { match: p.rendered.match });
        if (isStagedWrite(staged)) written.push({ row: q.row, prepared: p, staged });
        else q.row[1] = finishField(p, staged, ctx);
      }
    },
    async settle() {
      const batch = written;
      written = [];
      const results = await settleAll(batch.map((w) => w.staged));
      batch.forEach((w, i) => (w.row[1] = finishField(w.prepared, results[i], ctx)));
    },
  };
}
