// Radio groups, native or custom (div items with a checked class): click the matched item, then verify
// exactly that one is checked, since a yes/no pair with both checked is the classic autofill failure.
import type {
  WidgetWriter,
  FieldDescription,
  FieldOption,
  WriteOptions,
  WriteResult,
} from '~/lib/fill/types';
import { matchOption } from '~/lib/fill/values/match-option';
import { pointerClick } from './pointer';
import { checkedBy, settleAlone, type Staged } from './staged-write';

function radioLabel(input: HTMLInputElement): string {
  const label =
    input.labels?.[0]?.textContent ??
    input.getAttribute('aria-label') ??
    input.nextSibling?.textContent ??
    '';
  return label.trim().replace(/\s+/g, ' ');
}

/** The group's options: those collect found, else the native radios inside the field. */
export function radioOptions(field: FieldDescription): FieldOption[] {
  if (field.options?.length) return field.options;
  return [...field.el.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => ({
    label: radioLabel(r),
    value: r.value,
    el: r,
  }));
}

const CHECKED = /(^|[\s_-])(is-)?(checked|active|selected)\b|--(checked|active|selected)\b/;

export function isOptionChecked(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  if (el instanceof HTMLLabelElement && el.control instanceof HTMLInputElement) return el.control.checked;
  const input = el.querySelector('input[type=radio]');
  if (input instanceof HTMLInputElement) return input.checked;
  if (el.hasAttribute('aria-checked')) return el.getAttribute('aria-checked') === 'true';
  // A drawn radio may mark the dot inside the item, not the item (`.phoenix-radio--checked`).
  return [el, ...el.querySelectorAll('[class]')].some((n) => CHECKED.test(n.getAttribute('class') ?? ''));
}

export function checkedLabel(options: FieldOption[]): string {
  return options.find((o) => o.el && isOptionChecked(o.el))?.label ?? '';
}

export function clickOption(el: Element): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLLabelElement) el.click();
  else pointerClick(el);
}

/** Whether every item is a native radio (or its label), whose click reads no layout. */
export function isNativeGroup(field: FieldDescription): boolean {
  const options = radioOptions(field);
  return (
    options.length > 0 &&
    options.every((o) => o.el instanceof HTMLInputElement || o.el instanceof HTMLLabelElement)
  );
}

function groupResult(options: FieldOption[], match: FieldOption): WriteResult {
  const checked = options.filter((o) => o.el && isOptionChecked(o.el));
  const shown = checked.map((o) => o.label).join(', ');
  if (checked.length === 1 && checked[0] === match) return { ok: true, shown };
  return {
    ok: false,
    shown,
    reason: checked.length > 1 ? 'more than one option is checked' : 'the page did not keep the choice',
  };
}

export function stageRadio(field: FieldDescription, value: string, opts?: WriteOptions): Staged {
  const options = radioOptions(field);
  const match = matchOption(options, value, opts?.match ?? 'text');
  if (!match?.el) return { ok: false, shown: checkedLabel(options), reason: 'no matching option' };
  if (isOptionChecked(match.el)) return groupResult(options, match);
  clickOption(match.el);
  return checkedBy(() => groupResult(options, match));
}

export const radioGroupWriter: WidgetWriter = {
  write: (field, value, opts) => settleAlone(stageRadio(field, value, opts)),
};
