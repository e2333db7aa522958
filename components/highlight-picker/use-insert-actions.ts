import { useEffect, useRef, useState, type RefObject } from 'react';
import { copyText } from '~/components/overlay/copy-text';
import type { InsertFailure } from '~/lib/highlights/insert-highlights';
import type { PickerStrings } from '~/lib/highlights/strings';
import type { PickerState } from './use-picker';

export interface InsertResult {
  ok: boolean;
  failure?: InsertFailure;
  undo?: () => Promise<boolean>;
}

export type InsertFn = (text: string, opts: { block: boolean }) => Promise<InsertResult>;
export type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Insert, copy and undo, with the status line they report to. */
export function useInsertActions(
  st: PickerState,
  s: PickerStrings,
  insert: InsertFn | undefined,
  scope: RefObject<HTMLElement | null>,
) {
  const [status, setStatus] = useState<Status>(insert ? null : { kind: 'error', text: s.noTarget });
  const [undo, setUndo] = useState<(() => Promise<boolean>) | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // The writer leaves focus in the page's field; bring it back so Escape, Enter and Undo still work here.
  useEffect(() => {
    if (undo) undoRef.current?.focus({ preventScroll: true });
  }, [undo]);

  const copy = async () => {
    if (!st.text) return;
    const ok = await copyText(st.text);
    setStatus(ok ? { kind: 'ok', text: s.copied } : { kind: 'error', text: s.copyFailed });
  };

  const doInsert = async () => {
    if (!st.text) return;
    if (!insert) return copy();
    const block = st.format.list !== 'paragraph' || st.format.header;
    const result = await insert(st.text, { block });
    if (!result.ok) return setStatus({ kind: 'error', text: s.insertFailed(failureText(s, result.failure)) });
    setStatus({ kind: 'ok', text: s.inserted });
    // Wrapped: a function handed to setState directly would be called as an updater.
    setUndo(() => result.undo ?? null);
  };

  const doUndo = async () => {
    if (!undo) return;
    const ok = await undo();
    setUndo(null);
    setStatus(ok ? { kind: 'ok', text: s.undone } : { kind: 'error', text: s.insertFailed('') });
    // Undo also writes into the page's field, which takes the focus; the Undo button is about to go, so
    // land on the first ticked item: Enter inserts again, Escape closes, as before the insert.
    scope.current
      ?.querySelector<HTMLElement>('input[data-nav]:checked, input[data-nav]')
      ?.focus({ preventScroll: true });
  };

  return { status, canUndo: undo !== null, undoRef, copy, doInsert, doUndo };
}

export type InsertActions = ReturnType<typeof useInsertActions>;

function failureText(s: PickerStrings, failure: InsertFailure | undefined): string {
  return failure?.kind === 'too-long' ? s.tooLong(failure.length, failure.max) : s.notAccepted;
}
