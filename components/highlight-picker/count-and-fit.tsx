import type { PickerStrings } from '~/lib/highlights/strings';
import type { PickerState } from './use-picker';

export interface CountAndFitProps {
  st: PickerState;
  s: PickerStrings;
  /** Characters the field can still take, when known. */
  room: number | null;
  limitText?: string;
}

/**
 * Length against the field's room (a live region, so screen readers hear it change) and, when too long,
 * the two ways to fit: drop the last items, or cut at a sentence end. Lives in the footer, always visible.
 */
export function CountAndFit({ st, s, room, limitText }: CountAndFitProps) {
  const over = st.over > 0;
  return (
    <>
      <span className="ra-pk-count" role="status" aria-live="polite">
        <span
          className={over ? 'ra-pk-over' : undefined}
          title={limitText ? s.limitFrom(limitText) : undefined}
        >
          {s.count(st.count, room ?? undefined)}
        </span>
        {over && <span className="ra-pk-warn">⚠ {s.overLimit(st.over)}</span>}
        {st.isCut && <span className="ra-pk-note">{s.cutApplied}</span>}
      </span>
      {over && st.dropToFit && (
        <button type="button" className="ra-btn ra-pk-fix" onClick={st.dropToFit}>
          {s.dropLast}
        </button>
      )}
      {over && st.cutToFit && (
        <button type="button" className="ra-btn ra-pk-fix" onClick={st.cutToFit}>
          {s.cutSentence}
        </button>
      )}
      {st.isCut && (
        <button type="button" className="ra-btn ra-pk-fix" onClick={st.undoCut}>
          {s.undoCut}
        </button>
      )}
    </>
  );
}
