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
  /** The kind of line (a device-type list: Mobile / 移动电话): known only for a mobile number. */
  | 'phone.deviceType'
  | 'birth'
  | 'birth.year'
  | 'birth.month'
  | 'website'
  | 'github'
  | 'linkedin'
  /** One box for any of the applicant's links ('LinkedIn / Personal Website', '作品链接/GitHub'). */
  | 'profileLink'
  | 'wechat'
  | 'location'
  | 'currentCompany'
  | 'currentTitle'
  /** 现工作单位及职务: the current employer and title in one box. */
  | 'currentPosition'
  | 'yearsOfExperience'
  /** 'Are you currently employed?', 目前是否在职: yes when a job in the résumé runs to 至今; never guessed no. */
  | 'currentlyEmployed'
  /**
   * 没有实习经历 / 'I have no work experience', 无项目经历: a box that hides its section while ticked. No
   * where the résumé has such entries; never yes (a résumé without them may only be leaving them out).
   */
  | 'noExperience'
  | 'noProjects'
  /** 参加工作时间: the month the first job began (one date, not a range). */
  | 'workStart'
  | 'highestDegree'
  /** 'Have you completed … Master's Degree?', 是否具有硕士学历: yes when the résumé holds that level or higher. */
  | 'degreeHeld'
  | 'skills'
  /** One box of 'Which of these languages have you used? (select all that apply)': ticked when the
   * résumé's skills name it. */
  | 'skillNamed'
  | 'selfIntro';

export type EducationField =
  | 'school'
  | 'major'
  | 'degree'
  | 'start'
  | 'end'
  | 'range'
  | 'gpa'
  /** The scale the GPA is out of (4.0, 5.0, 100), where the form asks it in a box of its own. */
  | 'gpaScale'
  | 'description'
  /** 是否全日制: yes / no, from the entry's study mode. */
  | 'fullTime'
  /** 学习形式: 全日制 / 非全日制 as a choice, from the entry's study mode. */
  | 'studyMode'
  /** 是否最高学历: yes for the entry of the highest degree the résumé holds. */
  | 'highest'
  /** 专业排名: the entry's ranking as the résumé writes it (前10%, 第8). */
  | 'ranking'
  /** 毕业院校系及专业: school and major in one box. */
  | 'schoolMajor'
  /** 是否985 / 是否211 / 是否双一流: yes when the school's annotation says so (华中科技大学（985/211）). */
  | 'is985'
  | 'is211'
  | 'isFirstClass'
  /** 院校类型 / 学校层次, a list of tiers (985高校 / 211高校 / 双一流 / 普通): the school's top tier. */
  | 'schoolTier'
  /** 院校所在地 境内 / 境外 / 港澳台: only where the school's name says it is outside the mainland. */
  | 'region'
  /** 是否海外院校 / 是否境外学历: yes only where the school's name places it abroad (never 港澳台, never no). */
  | 'abroad'
  /** The country or region of a school outside the mainland (国家/地区 beside the school). */
  | 'country';
export type ExperienceField =
  | 'company'
  | 'department'
  | 'title'
  /** 工作单位及职务: company and title in one box. */
  | 'companyTitle'
  | 'start'
  | 'end'
  | 'range'
  | 'current'
  | 'description';
/**
 * `description` is the whole project (summary, then highlights); where one entry asks twice (项目描述 beside
 * 项目职责), `summary` is what the project is and `duties` what the person did in it (the highlights).
 */
export type ProjectField =
  'name' | 'role' | 'start' | 'end' | 'range' | 'current' | 'description' | 'summary' | 'duties';

export type SectionKey =
  `education.${EducationField}` | `experience.${ExperienceField}` | `projects.${ProjectField}`;

/** A question the user answers themselves (性别, work authorization…): `answer.<concept id>`. */
export type AnswerKey = `answer.${string}`;

export type FieldKey = ScalarKey | SectionKey | AnswerKey;

/** 是否985 / 是否211 / 是否双一流: yes/no questions answered from the school's annotation. */
export const TIER_QUESTION = /^education\.is(985|211|FirstClass)$/;
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
  /**
   * The option's own name, where its label adds a note drawn on a line of its own (a school's English
   * name and country under it): the name alone chooses it.
   */
  name?: string;
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
    /** Short help text tied to the box (aria-describedby, a '(mm/yyyy)' beside its label): the shape it takes. */
    note?: string;
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
  /** For a date split over several controls: every part the question asks (a day box beside it means a
   * year and month alone would leave the date half answered). */
  partsOf?: ValuePart[];
  /** For such a date: its day box shows nothing yet (a Day prompt, an empty box), so it stays for the user. */
  dayOpen?: boolean;
  /** 0–1; below the engine's bar the field is left alone. */
  confidence: number;
  /** Which rule decided, for the report: 'label:/手机/', 'autocomplete:email', … */
  reason: string;
  /** For section keys: which entry of the section (0 = first block / first 学校 on the page). */
  entry?: number;
}

export type FieldStatus = 'filled' | 'uncertain' | 'skipped' | 'failed' | 'kept' | 'required-empty';

/** Who decided what a field asks for: a site adapter's pinned selector, or the generic rule tables. */
export type PlacedBy =
  | { by: 'generic' }
  | {
      by: 'adapter';
      /** The adapter field's selector that found this control. */
      selector: string;
      /** The DOM generation that selector serves (the adapter's own words). */
      variant: string;
    };

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
  /** Set on every field the engine classified. */
  placedBy?: PlacedBy;
  /** An open question left to the user (why this company, 自我评价…): the report points to the picker. */
  openQuestion?: boolean;
}

/** An adapter selector of the page's DOM generation that found nothing: the site may have changed. */
export interface SelectorMiss {
  /** The résumé key the selector serves, or what it looks for ('Add button: education', 'page generation'). */
  what: string;
  selector: string;
  variant: string;
  /** Why it counts as missed: nothing matched, or only something that is not a fillable control. */
  reason: string;
}

export interface FillReport {
  url: string;
  adapter: string;
  lang: 'zh' | 'en';
  durationMs: number;
  fields: FieldReport[];
  counts: Record<FieldStatus, number>;
  /** Adapter selectors that matched nothing on this page (empty for the generic engine). */
  selectorMisses: SelectorMiss[];
  /** What the site does on its own, from its adapter (it parses an uploaded résumé, …). */
  siteNotes?: string[];
}

export interface WriteResult {
  ok: boolean;
  /** What the page displays after the write, read back. */
  shown: string;
  reason?: string;
  /** Not ok, but nothing went wrong: the driver found nothing to write (a 至今 its own box says). */
  declined?: boolean;
}

/** How an option widget compares the wanted value with its options (lib/fill/values/match-option.ts). */
export type MatchKind =
  | 'text'
  | 'degree'
  /** A degree level with the entry's major, which picks between 'Master of Science' and 'of Arts'. */
  | `degree:${string}`
  | 'month'
  | 'year'
  | 'country-code'
  | 'boolean'
  | 'phone-type'
  /** A school tier (985高校, 211工程院校, 双一流): 985 above 211 above 双一流. */
  | 'school-tier'
  /** 境内 / 境外 / 港澳台 (lib/fill/values/school-place.ts): 港澳台, else 境外, never the mainland. */
  | 'school-region'
  /** A country or region by any of its names (中国香港 = 香港 = Hong Kong SAR). */
  | 'country'
  /** An answer's options, matched through its concept's option meanings (男 = Male = M). */
  | `answer:${string}`;

export interface WriteOptions {
  /** Default 'text': exact, then normalised text. */
  match?: MatchKind;
  /** Undo: the option reading exactly this, the list's own prompt ('Select One') included. */
  exactLabel?: boolean;
}

/** A write already applied, waiting for the page to react before it is read back. */
export interface StagedWrite {
  /** Reads back: the result, or null when the page refused and a second attempt was applied. */
  settle(): WriteResult | null;
  /** Reads back after the second attempt had its own yield. */
  result(): WriteResult;
}

/** A staged write, or the result straight away when nothing was (or could be) written. */
export type Staged = StagedWrite | WriteResult;

/** Writes a native control without a wait of its own; the fill reads a whole run of them back at once. */
export type Stager = (field: FieldDescription, value: string, opts?: WriteOptions) => Staged;

/** The writing half of a driver: what the widget mechanics files export. */
export interface WidgetWriter {
  write(field: FieldDescription, value: string, opts?: WriteOptions): Promise<WriteResult>;
}

/** How a driver's `read` text is compared with a wanted value. */
export type ShownKind =
  | 'text' // normalised text equality
  | 'option' // the wanted value matched against the shown option label
  | 'boolean'; // 'true' / 'false'

/**
 * One driver owns one widget kind: how to read what it shows, write it, remember it and put it back.
 * The fill, the report and undo reach a widget only through its driver, so a site's own widget is one
 * driver in its adapter, not four edits. Drivers never click submit / next / save.
 */
export interface Driver<Saved = unknown> extends WidgetWriter {
  shows: ShownKind;
  /** What the user sees now; '' when empty or showing only a placeholder; checkboxes 'true' / 'false'. */
  read(field: FieldDescription): string;
  /** For controls whose write needs no wait: the stager; undefined when this field is written alone. */
  stager?(field: FieldDescription): Stager | undefined;
  /** The state undo needs, taken right before the fill writes the field. */
  save(field: FieldDescription): Saved;
  /** Puts the saved state back; true when it had to and the field now shows it again. */
  restore(field: FieldDescription, saved: Saved): Promise<boolean>;
  /** The element the user sees as the field (its outline); default the field's element. */
  box?(field: FieldDescription): Element;
}

/** A driver per widget kind; an adapter overrides some for its site. */
export type DriverTable = Record<WidgetKind, Driver>;

// ---- Site adapters (lib/adapters/<platform>.ts): a site's knowledge as data -------------------------

/** One CSS selector and the DOM generation of the site it serves (a key of the adapter's `generations`). */
export interface SiteSelector<G extends string = string> {
  /**
   * Matched in the document and in every open shadow root a collected control lives in; `host >>> inner`
   * is `inner` inside the shadow root of each `host` (field, list, lock, Add and detect selectors).
   */
  css: string;
  /**
   * The container the selector looks inside (a repeated-entry list). A page without one (a tenant whose
   * form has no such list) has nothing for the selector to find: no miss is reported then.
   */
  scope?: string;
  dom: G;
  /**
   * For a site whose controls carry nothing that says what they ask (component-library inputs under a
   * plain question line): the words of the question and of the section around the element, as the
   * adapter's `questions` finds them. Both must match; an element without them is not this field.
   */
  text?: { question?: RegExp; section?: RegExp };
}

/**
 * Where a site writes each question and section title outside any label or form item, so selectors can
 * say which question a control answers (`SiteSelector.text`). The question of a control is the `title`
 * child of its nearest ancestor that has one; its section, the `sectionTitle` inside its `section`.
 */
export interface SiteQuestions<G extends string = string> {
  dom: G;
  title: string;
  section: string;
  sectionTitle: string;
}

/** A résumé field the adapter pins: the first selector that finds controls wins for this key. */
export interface SiteField<G extends string = string> {
  key: FieldKey;
  /** For split dates: which part the control takes. */
  part?: ValuePart;
  selectors: SiteSelector<G>[];
  /** Not every posting asks for it (a custom question): missing is no sign that the site changed. */
  optional?: boolean;
  /**
   * Only the first control found, in page order, takes the key: the site marks the control by its kind
   * alone (a tel box), and a later one of that kind is someone else's (a reference's phone).
   */
  firstOnly?: boolean;
}

/** One DOM generation of the site: its name for the report and a selector that tells the page is it. */
export interface SiteGeneration {
  /** For people reading the report: 'new React board (job-boards.greenhouse.io, 2023–)'. */
  name: string;
  /** Present on every application form of this generation. */
  detect: string;
}

/** A recruiting platform known by its addresses. */
export interface SitePlatform {
  /** Stable id, shown in reports: 'greenhouse'. */
  id: string;
  /** The platform's name for people. */
  name: string;
  /** Extension match patterns (https://*.example.com/*): the host permissions come from these. */
  matches: string[];
  /** URLs this platform must claim, and no other (tests/adapters/adapter-urls.test.ts). */
  testUrls: string[];
}

/** A site control the generic collector cannot recognise (a text display opening a panel, no input). */
export interface SiteControl<G extends string = string> extends SiteSelector<G> {
  /** The kind it is collected as; the adapter's driver for that kind drives it. */
  widget: WidgetKind;
}

/**
 * A set of panels, one scalar fact each: the résumé's facts among `keys` that it has, in that order, go
 * one to a panel; Add is pressed until there are as many panels as facts (never more, and an entry the
 * page already shows counts).
 */
export interface SiteList<G extends string = string> {
  /** For the report: 'websites'. */
  name: string;
  keys: ScalarKey[];
  /** The control of one panel that takes the fact; the n-th found, in page order, takes the n-th fact. */
  field: SiteSelector<G>[];
  /** The control that adds one more panel. */
  add: SiteSelector<G>[];
}

/**
 * A résumé page whose cards the site saves one by one: each card shows its saved content as text until
 * its own Edit (a one-form card such as 基本信息) or Add (an entry list such as 教育经历) opens its form, and
 * its Save sends that card alone to the site's server. The fill opens the forms it can fill and never
 * presses Save (lib/fill/adapt/open-cards.ts).
 */
export interface SiteCards<G extends string = string> {
  /** One card. */
  card: SiteSelector<G>[];
  /** Inside a card: its title, read by the section rules (基本信息, 教育经历, Education…). */
  title: SiteSelector<G>[];
  /** Inside a one-form card: the control that turns its text into its form. */
  edit: SiteSelector<G>[];
  /** Inside an entry card: the control that opens the form of one more entry. */
  add: SiteSelector<G>[];
  /** Inside an entry card: one entry, saved (text only) or open (holding its form's controls). */
  entry: SiteSelector<G>[];
  /** How many entry forms one card keeps open at once (the site refuses Add while one is open). */
  openAtOnce?: number;
}

export interface SiteAdapter<G extends string = string> extends SitePlatform {
  generations: Record<G, SiteGeneration>;
  fields: SiteField<G>[];
  /** The site's own controls that the generic collector does not see: collected as the kind named. */
  controls?: SiteControl<G>[];
  /** The heading element of each entry section, when the generic finder misses it. */
  sections?: Partial<Record<Section, SiteSelector<G>[]>>;
  /** The container of one entry (education #2) per section. */
  blocks?: Partial<Record<Section, SiteSelector<G>[]>>;
  /** The control that adds one more entry per section. */
  addButtons?: Partial<Record<Section, SiteSelector<G>[]>>;
  /**
   * The control that deletes one entry, looked for inside the entry's card, when the generic finder
   * (a control inside the entry saying 删除 / Remove) misses it: undo takes away the entries a fill added.
   */
  removeButtons?: Partial<Record<Section, SiteSelector<G>[]>>;
  /**
   * Controls that are a widget kind the generic recognition cannot tell from their markup (a text box
   * that is really the search box of a site's own picker): the kind is set before classification.
   */
  widgets?: Partial<Record<WidgetKind, SiteSelector<G>[]>>;
  /** Panels that each hold one scalar fact (a Websites panel: one URL each), with their Add control. */
  lists?: SiteList<G>[];
  /** Question and section titles that `SiteSelector.text` reads, per DOM generation. */
  questions?: SiteQuestions<G>[];
  /**
   * The site's own widgets: a driver here replaces the generic one for that widget kind; a function gets
   * the generic driver, for a site widget that shares its kind with ordinary controls it hands back to.
   */
  drivers?: Partial<Record<WidgetKind, Driver | ((generic: Driver) => Driver)>>;
  /**
   * A multi-step application in one page whose step content is replaced on the site's own "next": the
   * element that holds the step, and an attribute of it that names the step. After a fill, a change of
   * step is noticed, so the new step can be filled too (never by pressing the site's "next").
   */
  wizard?: { step: SiteSelector<G>[]; stepName?: string };
  /** A résumé page of cards saved one by one: their forms are opened before the fill, never saved. */
  cards?: SiteCards<G>;
  /** What the site does on its own. */
  own?: {
    /** It reads an uploaded résumé file and fills fields itself: say so in the report. */
    parsesResume?: string;
    /** Controls the site fills and locks itself: never written. */
    locked?: SiteSelector<G>[];
  };
}

/** What an undo did. */
export interface UndoResult {
  /** Fields given back what they held. */
  restored: number;
  /** Added entries taken away again. */
  removed: number;
  /** Added entries left on the page (no delete control, or it did nothing): the user removes them. */
  kept: number;
}
