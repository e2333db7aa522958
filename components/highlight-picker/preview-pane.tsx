import { useId } from 'react';
import type { PickerStrings } from '~/lib/highlights/strings';
import type { PickerState } from './use-picker';

/** Exactly the text that will be inserted. */
export function PreviewPane({ st, s }: { st: PickerState; s: PickerStrings }) {
  const id = useId();
  return (
    <div className="ra-pk-preview-wrap">
      <div className="ra-pk-label" id={id}>
        {s.preview}
      </div>
      <pre className="ra-pk-preview" aria-labelledby={id} tabIndex={0} data-testid="preview">
        {st.text}
      </pre>
      {st.text === '' && <div className="ra-pk-preview-empty">{s.previewEmpty}</div>}
    </div>
  );
}
