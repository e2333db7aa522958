// Writes that need no wait of their own (native text boxes, selects, checkboxes, radios) are split in
// two: applied at once, read back later. The fill applies a whole run of them back to back and reads them
// all back after one shared yield; a driver used alone waits for its own.
import type { Staged, StagedWrite, WriteResult } from '~/lib/fill/types';
import { nextTask } from './wait-for';

export type { Staged, StagedWrite, Stager } from '~/lib/fill/types';

export function isStagedWrite(s: Staged): s is StagedWrite {
  return 'settle' in s;
}

/** A write whose one read-back needs no second attempt. */
export function checkedBy(read: () => WriteResult): StagedWrite {
  return { settle: read, result: read };
}

/** Settles one staged write alone: for a driver called on its own. */
export async function settleAlone(s: Staged): Promise<WriteResult> {
  if (!isStagedWrite(s)) return s;
  await nextTask();
  const first = s.settle();
  if (first) return first;
  await nextTask();
  return s.result();
}

/**
 * Settles many staged writes in one pass; call once the page has had a task or frame to react. Those the
 * page refused get their second attempt together and one more yield.
 */
export async function settleAll(list: StagedWrite[]): Promise<WriteResult[]> {
  const results = list.map((s) => s.settle());
  if (results.every((r) => r !== null)) return results as WriteResult[];
  await nextTask();
  return results.map((r, i) => r ?? list[i].result());
}
