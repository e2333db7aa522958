// Hand-made FieldDescriptions for unit tests, so these stages are tested without collect/classify.
import type { Classification, FieldDescription, FieldKey, ValuePart, WidgetKind } from '~/lib/fill/types';

let nextId = 1000;

export function makeField(
  el: HTMLElement,
  widget: WidgetKind,
  extra: Partial<FieldDescription> = {},
): FieldDescription {
  const input = el as HTMLInputElement;
  return {
    id: nextId++,
    el,
    widget,
    label: extra.label ?? el.getAttribute('aria-label') ?? '',
    hints: {
      placeholder: input.placeholder || undefined,
      type: el.getAttribute('type') ?? undefined,
      maxLength: input.maxLength > 0 ? input.maxLength : undefined,
      name: el.getAttribute('name') ?? undefined,
      ...extra.hints,
    },
    required: false,
    currentValue: '',
    lang: 'zh',
    ...extra,
  };
}

export function cls(key: FieldKey, part?: ValuePart, confidence = 0.9): Classification {
  return { key, part, confidence, reason: 'test' };
}

/** Parses markup into document.body and returns the first element matching `selector`. */
export function mount<T extends HTMLElement = HTMLElement>(
  html: string,
  selector = 'input, select, textarea',
): T {
  document.body.innerHTML = html;
  return document.body.querySelector<T>(selector)!;
}
