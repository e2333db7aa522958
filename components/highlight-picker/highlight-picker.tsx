import { useId, useRef, type KeyboardEvent } from 'react';
import type { UiLang } from '~/lib/i18n/lang';
import type { HighlightFormat } from '~/lib/highlights/format';
import { pickerStrings } from '~/lib/highlights/strings';
import type { Resume } from '~/lib/resume/types';
import { OverlayFrame } from '~/components/overlay/overlay-frame';
import { ChosenList } from './chosen-list';
import { FormatBar } from './format-bar';
import { PICKER_CSS } from './picker-css';
import { PickerFooter } from './picker-footer';
import { PreviewPane } from './preview-pane';
import { SourceList } from './source-list';
import { useAnchorPlacement, type Box } from './use-anchor-placement';
import { useInsertActions, type InsertFn } from './use-insert-actions';
import { usePicker } from './use-picker';

export type { InsertResult } from './use-insert-actions';

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
  insert?: InsertFn;
  onClose: () => void;
}

/** Pick project highlights, order and format them, and insert exactly the previewed text. */
export function HighlightPicker(props: HighlightPickerProps) {
  const { lang, room, onClose } = props;
  const s = pickerStrings(lang);
  const titleId = useId();
  const st = usePicker(props.resume, props.initialFormat, room);
  const filterRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const placement = useAnchorPlacement(props.anchor, rootRef);
  const actions = useInsertActions(st, s, props.insert, rootRef);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Enter inserts from anywhere but a button (which it activates) and never while an IME composes.
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('button, a, textarea')) return;
    e.preventDefault();
    void actions.doInsert();
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
                // First Escape clears the filter, the next one closes.
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
        <PickerFooter
          st={st}
          s={s}
          actions={actions}
          canInsert={props.insert !== undefined}
          room={room}
          {...(props.limitText ? { limitText: props.limitText } : {})}
        />
        <div className="ra-pk-hint" aria-hidden="true">
          {s.keyboardHint}
        </div>
      </div>
    </OverlayFrame>
  );
}
