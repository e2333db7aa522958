import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { UiLang } from '~/lib/card/strings';
import type { HighlightFormat } from '~/lib/highlights/format';
import type { Box } from '~/lib/highlights/place-popover';
import { pickerStrings } from '~/lib/highlights/strings';
import type { Resume } from '~/lib/resume/types';
import { copyText } from '~/components/overlay/copy-text';
import { OverlayFrame } from '~/components/overlay/overlay-frame';
import { ChosenList } from './chosen-list';
import { FormatBar } from './format-bar';
import { PICKER_CSS } from './picker-css';
import { CharCount, PreviewPane } from './preview-pane';
import { SourceList } from './source-list';
import { useAnchorPlacement } from './use-anchor-placement';
import { usePicker } from './use-picker';

export interface InsertResult {
  ok: boolean;
  reason?: string;
  undo?: () => Promise<boolean>;
}

export interface HighlightPickerProps {
  resume: Resume;
  /** UI language: the page's, not the résumé's. */
  lang: UiLang;
  initialFormat: HighlightFormat;
  onFormatChange?: (f: HighlightFormat) => void;
  /** Characters the field can still take for this insert; null when no limit is known. */
  room: number | null;
  limitText?: string;
  /** The target field's box in viewport coordinates, read again on scroll and resize. */
  anchor?: () => Box | null;
  /**
   * Writes into the target field; absent when there is none (then Enter copies). `block` says the text is
   * a list or has header lines, so it belongs on lines of its own.
   */
  insert?: (text: string, opts: { block: boolean }) => Promise<InsertResult>;
  onClose: () => void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function HighlightPicker(props: HighlightPickerProps) {
  const { lang, room, insert, onClose } = props;
  const s = pickerStrings(lang);
  const titleId = useId();
  const st = usePicker(props.resume, props.initialFormat, room);
  const placement = useAnchorPlacement(props.anchor);
  const [status, setStatus] = useState<Status>(insert ? null : { kind: 'error', text: s.noTarget });
  const [undo, setUndo] = useState<(() => Promise<boolean>) | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    if (!st.text) return;
    const ok = await copyText(st.text, rootRef.current);
    setStatus(ok ? { kind: 'ok', text: s.copied } : { kind: 'error', text: s.copyFailed });
  };

  const doInsert = async () => {
    if (!st.text) return;
    if (!insert) return copy();
    const block = st.format.list !== 'paragraph' || st.format.header;
    const result = await insert(st.text, { block });
    if (!result.ok) return setStatus({ kind: 'error', text: s.insertFailed(result.reason ?? '') });
    setStatus({ kind: 'ok', text: s.inserted });
    // Wrapped: a function handed to setState directly would be called as an updater.
    setUndo(() => result.undo ?? null);
    requestAnimationFrame(() => undoRef.current?.focus());
  };

  const doUndo = async () => {
    if (!undo) return;
    const ok = await undo();
    setUndo(null);
    setStatus(ok ? { kind: 'ok', text: s.undone } : { kind: 'error', text: s.insertFailed('') });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    // Enter inserts from anywhere but a button (which it activates) and never while an IME composes.
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.altKey) return;
    if (t.closest('button, a, textarea')) return;
    e.preventDefault();
    void doInsert();
  };

  const setFormat = (f: HighlightFormat) => {
    st.setFormat(f);
    props.onFormatChange?.(f);
  };

  return (
    <OverlayFrame
      title={s.title}
      titleId={titleId}
      closeLabel={s.close}
      lang={lang}
      css={PICKER_CSS}
      className="ra-picker"
      placement={placement}
      onClose={onClose}
    >
      <div className="ra-pk-root" ref={rootRef} onKeyDown={onKeyDown}>
        <div className="ra-pk-filter">
          <input
            ref={filterRef}
            type="search"
            className="ra-input"
            autoFocus
            value={st.query}
            placeholder={s.filterPlaceholder}
            aria-label={s.filterLabel}
            onChange={(e) => st.setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                rootRef.current?.querySelector<HTMLInputElement>('input[data-nav]')?.focus();
              } else if (e.key === 'Escape' && st.query) {
                e.preventDefault();
                st.setQuery('');
              }
            }}
          />
        </div>
        <div className="ra-pk-main">
          <div className="ra-pk-col ra-pk-list">
            <SourceList st={st} s={s} lang={lang} onExitTop={() => filterRef.current?.focus()} />
          </div>
          <div className="ra-pk-col ra-pk-side">
            <div className="ra-pk-label">{s.chosen}</div>
            <ChosenList st={st} s={s} />
            <FormatBar format={st.format} s={s} onChange={setFormat} />
            <PreviewPane st={st} s={s} />
          </div>
        </div>
        <div className="ra-pk-foot">
          <div className="ra-pk-foot-left">
            <CharCount
              st={st}
              s={s}
              room={room}
              {...(props.limitText ? { limitText: props.limitText } : {})}
            />
            <span
              className={`ra-pk-status ${status?.kind === 'error' ? 'ra-pk-error' : 'ra-pk-ok'}`}
              role="status"
              aria-live="polite"
            >
              {status?.text}
            </span>
          </div>
          {undo && (
            <button type="button" className="ra-btn" ref={undoRef} onClick={() => void doUndo()}>
              {s.undo}
            </button>
          )}
          <button type="button" className="ra-btn" disabled={!st.text} onClick={() => void copy()}>
            {s.copy}
          </button>
          {insert && (
            <button
              type="button"
              className="ra-btn ra-primary"
              disabled={!st.text}
              onClick={() => void doInsert()}
            >
              {s.insert}
            </button>
          )}
        </div>
        <div className="ra-pk-hint" aria-hidden="true">
          {s.keyboardHint}
        </div>
      </div>
    </OverlayFrame>
  );
}
