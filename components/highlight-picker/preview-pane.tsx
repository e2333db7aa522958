import { useId } from 'react';
import type { PickerStrings } from '~/lib/highlights/strings';
import type { PickerState } from './use-picker';

export interface PreviewPaneProps {
  st: PickerState;
  s: PickerStrings;
}

/** Exactly the text that will be inserted, and the ways to make it fit when it is too long. */
export function PreviewPane({ st, s }: PreviewPaneProps) {
  const id = useId();
  const over = st.over > 0;
  return (
    <div className="ra-pk-preview-wrap">
      <div className="ra-pk-label" id={id}>
        {s.preview}
      </div>
      <pre className="ra-pk-preview" aria-labelledby={id} tabIndex={0} data-testid="preview">
        {st.text}
      </pre>
      {st.text === '' && <div className="ra-pk-preview-empty">{s.previewEmpty}</div>}
      {(over || st.isCut) && (
        <div className="ra-pk-fix">
          {over && st.dropToFit && (
            <button type="button" className="ra-btn" onClick={st.dropToFit}>
              {s.dropLast}
            </button>
          )}
          {over && st.cutToFit && (
            <button type="button" className="ra-btn" onClick={st.cutToFit}>
              {s.cutSentence}
            </button>
          )}
          {st.isCut && (
            <>
              <span className="ra-pk-note">{s.cutApplied}</span>
              <button type="button" className="ra-btn" onClick={st.undoCut}>
                {s.undoCut}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

export interface CharCountProps {
  st: PickerState;
  s: PickerStrings;
  room: number | null;
  limitText?: string;
}

/** Length against the field's room; a live region so screen readers hear it change. */
export function CharCount({ st, s, room, limitText }: CharCountProps) {
  const over = st.over > 0;
  return (
    <span className="ra-pk-count" role="status" aria-live="polite">
      <span
        className={over ? 'ra-pk-over' : undefined}
        title={limitText ? s.limitFrom(limitText) : undefined}
      >
        {s.count(st.count, room ?? undefined)}
      </span>
      {over && <span className="ra-pk-warn">⚠ {s.overLimit(st.over)}</span>}
    </span>
  );
}
