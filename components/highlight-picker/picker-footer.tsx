import type { PickerStrings } from '~/lib/highlights/strings';
import { CountAndFit } from './count-and-fit';
import type { InsertActions } from './use-insert-actions';
import type { PickerState } from './use-picker';

export interface PickerFooterProps {
  st: PickerState;
  s: PickerStrings;
  actions: InsertActions;
  canInsert: boolean;
  room: number | null;
  limitText?: string;
}

/** Always visible: the count against the limit, what just happened, and the actions. */
export function PickerFooter({ st, s, actions, canInsert, room, limitText }: PickerFooterProps) {
  const { status, canUndo, undoRef, doUndo, copy, doInsert } = actions;
  return (
    <div className="ra-pk-foot">
      <div className="ra-pk-foot-left">
        <CountAndFit st={st} s={s} room={room} {...(limitText ? { limitText } : {})} />
        <span
          className={`ra-pk-status ${status?.kind === 'error' ? 'ra-pk-error' : 'ra-pk-ok'}`}
          role="status"
          aria-live="polite"
        >
          {status?.text}
        </span>
      </div>
      {canUndo && (
        <button type="button" className="ra-btn" ref={undoRef} onClick={() => void doUndo()}>
          {s.undo}
        </button>
      )}
      <button type="button" className="ra-btn" disabled={!st.text} onClick={() => void copy()}>
        {s.copy}
      </button>
      {canInsert && (
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
  );
}
