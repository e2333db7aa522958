import { useEffect, useRef, type InputHTMLAttributes } from 'react';
import type { GroupState } from '~/lib/highlights/chosen-order';

/** A native checkbox that can show "some" (indeterminate), which React has no attribute for. */
export function GroupCheckbox({
  state,
  ...rest
}: { state: GroupState } & InputHTMLAttributes<HTMLInputElement>) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return <input ref={ref} type="checkbox" checked={state === 'all'} {...rest} />;
}
