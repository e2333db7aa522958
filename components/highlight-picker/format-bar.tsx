import { useId } from 'react';
import { LIST_STYLES, type HighlightFormat, type ListStyle } from '~/lib/highlights/format';
import type { PickerStrings } from '~/lib/highlights/strings';

export interface FormatBarProps {
  format: HighlightFormat;
  s: PickerStrings;
  onChange: (f: HighlightFormat) => void;
}

function listLabel(style: ListStyle, s: PickerStrings): string {
  return { bullet: s.listBullet, dash: s.listDash, numbered: s.listNumbered, paragraph: s.listParagraph }[
    style
  ];
}

/** Native radios and checkboxes: arrow keys, Space and screen readers work without extra code. */
export function FormatBar({ format, s, onChange }: FormatBarProps) {
  const id = useId();
  const set = (patch: Partial<HighlightFormat>) => onChange({ ...format, ...patch });
  return (
    <fieldset className="ra-pk-format">
      <legend className="ra-pk-label">{s.format}</legend>
      <div className="ra-seg" role="radiogroup" aria-label={s.format}>
        {LIST_STYLES.map((style) => (
          <label key={style} className={format.list === style ? 'ra-seg-on' : undefined}>
            <input
              type="radio"
              name={`${id}-list`}
              checked={format.list === style}
              onChange={() => set({ list: style })}
            />
            {listLabel(style, s)}
          </label>
        ))}
      </div>
      <div className="ra-seg" role="radiogroup" aria-label={s.punctuation}>
        {(['zh', 'en'] as const).map((p) => (
          <label key={p} className={format.punctuation === p ? 'ra-seg-on' : undefined}>
            <input
              type="radio"
              name={`${id}-punct`}
              checked={format.punctuation === p}
              onChange={() => set({ punctuation: p })}
            />
            {p === 'zh' ? s.punctZh : s.punctEn}
          </label>
        ))}
      </div>
      <label className="ra-check">
        <input type="checkbox" checked={format.tags} onChange={(e) => set({ tags: e.target.checked })} />
        {s.keepTags}
      </label>
      <label className="ra-check">
        <input type="checkbox" checked={format.header} onChange={(e) => set({ header: e.target.checked })} />
        {s.header}
      </label>
    </fieldset>
  );
}
