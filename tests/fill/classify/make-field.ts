// Builds FieldDescriptions without a page, for the rule tables: the classifier reads only the
// description, never the element.
import type { FieldDescription, FieldOption, WidgetKind } from '~/lib/fill/types';

export interface FieldSpec {
  widget?: WidgetKind;
  section?: string;
  lang?: 'zh' | 'en';
  placeholder?: string;
  name?: string;
  id?: string;
  ariaLabel?: string;
  groupLabel?: string;
  note?: string;
  autocomplete?: string;
  type?: string;
  maxLength?: number;
  options?: string[];
  currentValue?: string;
  block?: Element;
}

export function makeField(label: string, spec: FieldSpec = {}, id = 0): FieldDescription {
  const el = document.createElement(spec.widget === 'textarea' ? 'textarea' : 'input');
  const options: FieldOption[] | undefined = spec.options?.map((o) => ({ label: o, value: o }));
  const hints: FieldDescription['hints'] = {};
  if (spec.placeholder) hints.placeholder = spec.placeholder;
  if (spec.name) hints.name = spec.name;
  if (spec.id) hints.id = spec.id;
  if (spec.ariaLabel) hints.ariaLabel = spec.ariaLabel;
  if (spec.groupLabel) hints.groupLabel = spec.groupLabel;
  if (spec.note) hints.note = spec.note;
  if (spec.autocomplete) hints.autocomplete = spec.autocomplete;
  if (spec.type) hints.type = spec.type;
  if (spec.maxLength) hints.maxLength = spec.maxLength;
  return {
    id,
    el,
    widget: spec.widget ?? 'text',
    label,
    hints,
    sectionHeading: spec.section,
    block: spec.block,
    options,
    required: false,
    currentValue: spec.currentValue ?? '',
    lang: spec.lang ?? (/[\u4e00-\u9fff]/.test(label) ? 'zh' : 'en'),
  };
}

/** Fields in a row, ids in order, as collectFields would hand them over. */
export function makeFields(specs: Array<[string, FieldSpec?]>): FieldDescription[] {
  return specs.map(([label, spec], i) => makeField(label, spec ?? {}, i));
}
