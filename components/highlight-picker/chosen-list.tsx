import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ArrowIcon, CloseIcon, GripIcon } from '~/components/overlay/icons';
import { moveBy, moveTo } from '~/lib/highlights/chosen-order';
import type { PickerStrings } from '~/lib/highlights/strings';
import type { PickerState } from './use-picker';

const DRAG_TYPE = 'application/x-resume-highlight';

/** The chosen items in insert order: drag to reorder, or Alt+↑/↓ and the arrow buttons. */
export function ChosenList({ st, s }: { st: PickerState; s: PickerStrings }) {
  const listRef = useRef<HTMLOListElement>(null);
  const dragId = useRef<string | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  // After a keyboard move the row re-renders elsewhere; focus follows it once the list has updated.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    listRef.current?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)?.focus();
  }, [st.chosen]);

  const move = (id: string, delta: number) => {
    focusNext.current = id;
    st.setChosen((c) => moveBy(c, id, delta));
  };
  const remove = (id: string, index: number) => {
    focusNext.current = st.chosen[index + 1] ?? st.chosen[index - 1] ?? null;
    st.setChosen((c) => c.filter((x) => x !== id));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, id: string, index: number) => {
    const up = e.key === 'ArrowUp';
    if (!up && e.key !== 'ArrowDown') {
      if ((e.key === 'Delete' || e.key === 'Backspace') && e.target === e.currentTarget) {
        e.preventDefault();
        remove(id, index);
      }
      return;
    }
    e.preventDefault();
    if (e.altKey) return move(id, up ? -1 : 1);
    const rows = listRef.current?.querySelectorAll<HTMLElement>('li[data-id]');
    rows?.[Math.max(0, Math.min(index + (up ? -1 : 1), rows.length - 1))]?.focus();
  };

  if (st.chosenItems.length === 0) return <p className="ra-pk-empty ra-pk-chosen-empty">{s.chosenEmpty}</p>;
  return (
    <ol className="ra-pk-chosen" ref={listRef} aria-label={s.chosen}>
      {st.chosenItems.map((item, i) => {
        const label = `${item.tag ? `【${item.tag}】` : ''}${item.text}`;
        return (
          <li
            key={item.id}
            data-id={item.id}
            tabIndex={0}
            draggable
            aria-label={`${i + 1}. ${label}`}
            className={dropAt === i ? 'ra-pk-row ra-pk-drop' : 'ra-pk-row'}
            onKeyDown={(e) => onKeyDown(e, item.id, i)}
            onDragStart={(e) => {
              dragId.current = item.id;
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData(DRAG_TYPE, item.id);
            }}
            onDragOver={(e) => {
              if (!dragId.current) return;
              e.preventDefault();
              setDropAt(i);
            }}
            onDrop={(e) => {
              e.preventDefault();
              const id = dragId.current;
              if (id) st.setChosen((c) => moveTo(c, id, i));
              dragId.current = null;
              setDropAt(null);
            }}
            onDragEnd={() => {
              dragId.current = null;
              setDropAt(null);
            }}
          >
            <span className="ra-pk-grip" aria-hidden="true">
              <GripIcon />
            </span>
            <span className="ra-pk-num">{i + 1}.</span>
            <span className="ra-pk-row-text" title={label}>
              {label}
            </span>
            <button
              type="button"
              className="ra-icon-btn"
              aria-label={`${s.moveUp}: ${label}`}
              title={s.moveUp}
              disabled={i === 0}
              onClick={() => move(item.id, -1)}
            >
              <ArrowIcon up />
            </button>
            <button
              type="button"
              className="ra-icon-btn"
              aria-label={`${s.moveDown}: ${label}`}
              title={s.moveDown}
              disabled={i === st.chosenItems.length - 1}
              onClick={() => move(item.id, 1)}
            >
              <ArrowIcon up={false} />
            </button>
            <button
              type="button"
              className="ra-icon-btn"
              aria-label={`${s.remove}: ${label}`}
              title={s.remove}
              onClick={() => remove(item.id, i)}
            >
              <CloseIcon />
            </button>
          </li>
        );
      })}
    </ol>
  );
}
