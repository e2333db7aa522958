// The seams between the fill engine's stages: collect → describe → classify → plan → act → report.

/** Résumé facts a form can ask for. Section keys get their entry index from the plan stage. */
export type ScalarKey =
  | 'name.full'
  | 'name.family'
  | 'name.given'
  | 'name.latinFull'
  | 'name.latinFamily'
  | 'name.latinGiven'
  | 'email'
  | 'phone'
  | 'phone.countryCode'
  | 'phone.national'
  | 'birth'
  | 'birth.year'
  | 'birth.month'
  | 'website'
  | 'github'
  | 'linkedin'
  | 'wechat'
  | 'location'
  | 'currentCompany'
  | 'currentTitle'
  | 'yearsOfExperience'
  /** 参加工作时间: the month the first job began (one date, not a range). */
  | 'workStart'
  | 'highestDegree'
  | 'skills'
  | 'selfIntro';

export type EducationField =
  'school' | 'major' | 'degree' | 'start' | 'end' | 'range' | 'gpa' | 'description';
export type ExperienceField =
  'company' | 'department' | 'title' | 'start' | 'end' | 'range' | 'current' | 'description';
export type ProjectField = 'name' | 'role' | 'start' | 'end' | 'range' | 'current' | 'description';

export type SectionKey =
  `education.${EducationField}` | `experience.${ExperienceField}` | `projects.${ProjectField}`;

export type FieldKey = ScalarKey | SectionKey;
export type Section = 'education' | 'experience' | 'projects';

/** Which part of a date (or split value) a control takes. */
export type ValuePart = 'year' | 'month' | 'day';

export type WidgetKind =
  | 'text' // input[type=text|email|tel|url|number|search] and friends
  | 'textarea'
  | 'contenteditable'
  | 'native-date' // input[type=date|month]
  | 'select' // <select>
  | 'checkbox'
  | 'radio-group'
  | 'combobox' // ARIA combobox / component-library select (antd, Element Plus, react-select, …)
  | 'listbox-button' // button[aria-haspopup=listbox] (Workday)
  | 'date-picker' // component-library date/month picker input (antd .ant-picker, Element .el-date-editor, readonly panel triggers)
  | 'file';

export interface FieldOption {
  label: string;
  value: string;
  /** The element to click/select (an <option>, a radio input, a role=option node). */
  el?: Element;
}

export interface FieldDescription {
  /** Stable within one run: index in document order. */
  id: number;
  el: HTMLElement;
  widget: WidgetKind;
  /** Best label (the label chain of field-heuristics.md), trimmed, required markers removed. */
  label: string;
  /** Extra text signals: aria-label, placeholder, name/id split into words, title, nearby help text. */
  hints: {
    autocomplete?: string;
    name?: string;
    id?: string;
    placeholder?: string;
    ariaLabel?: string;
    type?: string;
    maxLength?: number;
    /** The question's label when the field's own label names only a part ('Month', '至', a checkbox's '至今'). */
    groupLabel?: string;
  };
  /** Text of the heading of the section the field sits in (教育经历, Work Experience…). */
  sectionHeading?: string;
  /** The repeated-entry container the field belongs to (education block #2), if any. */
  block?: Element;
  /** For select / radio-group / combobox with a known option list (may be empty until opened). */
  options?: FieldOption[];
  required: boolean;
  /** What the user sees now (for custom widgets: the displayed text, not input.value). */
  currentValue: string;
  /** Document language or the detected language of the labels. */
  lang: 'zh' | 'en';
}

export interface Classification {
  key: FieldKey;
  part?: ValuePart;
  /** 0–1; below the engine's bar the field is left alone. */
  confidence: number;
  /** Which rule decided, for the report: 'label:/手机/', 'autocomplete:email', … */
  reason: string;
  /** For section keys: which entry of the section (0 = first block / first 学校 on the page). */
  entry?: number;
}

export type FieldStatus = 'filled' | 'uncertain' | 'skipped' | 'failed' | 'kept' | 'required-empty';

export interface FieldReport {
  label: string;
  key?: FieldKey;
  index?: number;
  value?: string;
  /** What the page shows after writing. */
  shown?: string;
  status: FieldStatus;
  reason: string;
  selector?: string;
}

export interface FillReport {
  url: string;
  adapter: string;
  lang: 'zh' | 'en';
  durationMs: number;
  fields: FieldReport[];
  counts: Record<FieldStatus, number>;
}

export interface WriteResult {
  ok: boolean;
  /** What the page displays after the write, read back. */
  shown: string;
  reason?: string;
}

/** How an option widget compares the wanted value with its options (lib/fill/values/match-option.ts). */
export type MatchKind = 'text' | 'degree' | 'month' | 'year' | 'country-code' | 'boolean';

export interface WriteOptions {
  /** Default 'text': exact, then normalised text. */
  match?: MatchKind;
}

/** One driver per widget kind. Drivers never click submit / next / save. */
export interface Driver {
  write(field: FieldDescription, value: string, opts?: WriteOptions): Promise<WriteResult>;
}
