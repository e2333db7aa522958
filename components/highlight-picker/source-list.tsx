import type { KeyboardEvent } from 'react';
import { formatDateRange } from '~/lib/card/date-renderings';
import { groupState, toggleChosen, toggleGroup } from '~/lib/highlights/chosen-order';
import type { PickerStrings } from '~/lib/highlights/strings';
import { GroupCheckbox } from './group-checkbox';
import type { PickerState } from './use-picker';

export interface SourceListProps {
  st: PickerState;
  s: PickerStrings;
  lang: 'zh' | 'en';
  /** ArrowUp on the first checkbox goes back to the filter box. */
  onExitTop: () => void;
}

/** Moves focus among the list's checkboxes with ↑/↓; Space toggles natively. */
function onArrowKeys(e: KeyboardEvent<HTMLElement>, onExitTop: () => void) {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey) return;
  const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[data-nav]')];
  const at = boxes.indexOf(e.target as HTMLInputElement);
  if (at < 0) return;
  e.preventDefault();
  const next = at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) onExitTop();
  else boxes[Math.min(next, boxes.length - 1)]?.focus();
}

export function SourceList({ st, s, lang, onExitTop }: SourceListProps) {
  if (st.visible.length === 0) return <p className="ra-pk-empty">{s.noMatch}</p>;
  return (
    <ul className="ra-pk-sources" aria-label={s.sources} onKeyDown={(e) => onArrowKeys(e, onExitTop)}>
      {st.visible.map((src) => {
        const ids = src.items.map((i) => i.id);
        const meta = [src.role, formatDateRange(src.dates, lang === 'zh' ? 'dot' : 'en')]
          .filter(Boolean)
          .join(' · ');
        return (
          <li key={src.id} className="ra-pk-source">
            <label className="ra-pk-group">
              <GroupCheckbox
                state={groupState(st.chosen, ids)}
                data-nav=""
                aria-label={`${s.selectAll}: ${src.name}`}
                onChange={() => st.setChosen((c) => toggleGroup(c, ids))}
              />
              <span className="ra-pk-kind">{src.kind === 'project' ? s.project : s.experience}</span>
              <span className="ra-pk-name">{src.name}</span>
              {meta && <span className="ra-pk-meta">{meta}</span>}
            </label>
            <ul className="ra-pk-items">
              {src.items.map((item) => (
                <li key={item.id}>
                  <label className="ra-pk-item">
                    <input
                      type="checkbox"
                      data-nav=""
                      data-item={item.id}
                      checked={st.chosen.includes(item.id)}
                      onChange={() => st.setChosen((c) => toggleChosen(c, item.id))}
                    />
                    <span className="ra-pk-text">
                      {item.kind === 'summary' ? (
                        <span className="ra-pk-badge">{s.summary}</span>
                      ) : (
                        item.tag && <span className="ra-pk-tag">【{item.tag}】</span>
                      )}
                      {item.text}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
