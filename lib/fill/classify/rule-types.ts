// The shape of the classifier's data. One table per language (rules-zh.ts, rules-en.ts); the engine in
// classify-field.ts runs both on every field, since Chinese forms say 'GPA' and 'E-mail' too.
import type { FieldKey, Section, ValuePart, WidgetKind } from '~/lib/fill/types';

/**
 * What a section heading says the fields below it are about. 'emergency' / 'reference' / 'family' are
 * other people; 'other-entry' is entries the résumé has no facts for (awards, certificates, campus
 * activities, languages…); 'intent' is what the applicant wants (期望城市, desired salary), not has;
 * 'payment' is a checkout's billing / shipping part, where the person's name and contact still apply
 * but a company is whoever pays, not the employer; 'posting' is the job ad printed beside the form
 * (任职要求, Responsibilities): it says nothing about the fields below it; 'declaration' is a statement the
 * applicant signs (a privacy notice's acknowledgement, 诚信承诺): its Name is a signature, their own act.
 */
export type SectionContext =
  | Section
  | 'personal'
  | 'emergency'
  | 'reference'
  | 'family'
  | 'other-entry'
  | 'intent'
  | 'payment'
  | 'posting'
  | 'declaration';

/**
 * A key that depends on the section: 开始时间 is education.start under 教育经历 and experience.start under
 * 工作经历. `none` applies when the field is in no entry section (no heading, or a personal one).
 */
export type KeyBySection = Partial<Record<Section | 'none', FieldKey>>;

export interface Rule {
  key: FieldKey | KeyBySection;
  part?: ValuePart;
  /** Tested against the label, the group label, aria-label and the placeholder (weighted in that order). */
  label?: RegExp;
  /**
   * Substrings `label` cannot match without: a text holding none of them skips the pattern. The other
   * languages' rows are big word lists, and compiling them all for every page's first labels was a
   * quarter of a 100-field fill; this keeps a row uncompiled until a text could be in its language.
   */
  labelNeeds?: readonly string[];
  /** Tested against the name and id attributes split into lower-case words ('first name'). */
  attr?: RegExp;
  /** Vetoes this row when it (any of them) matches the same text ('专业技能' is not a major). */
  not?: RegExp | readonly RegExp[];
  /** Only for these widgets (a 至今 box is a checkbox; 工作年限 is never a long text). */
  widgets?: readonly WidgetKind[];
  /** 0–1: how sure a match on the label makes us. */
  score: number;
}

/** A phrase that means "not the applicant's own fact": the field is left alone whatever else matches. */
export interface DenyRule {
  pattern: RegExp;
  /** …unless this also matches ('Email address' is not a street address). */
  unless?: RegExp;
  /** Also test name/id words; off where Chinese sites use the word for the applicant (userName). */
  attr?: boolean;
  /**
   * Test the whole label including parenthetical notes. Off for words that notes use to instruct:
   * '姓名（与身份证一致）' is still the applicant's name.
   */
  strong?: boolean;
}

export interface SectionRule {
  context: SectionContext;
  pattern: RegExp;
}

export interface RuleTable {
  /** 'intl': the other languages (rules-intl.ts), run on every text. */
  lang: 'zh' | 'en' | 'intl';
  rules: readonly Rule[];
  deny: readonly DenyRule[];
  /** Heading text → section context; the first matching row wins, so specific rows come first. */
  sections: readonly SectionRule[];
  /** Label words that tie a field to an entry section when no heading says it (学校 → education). */
  anchors: Partial<Record<Section, RegExp>>;
}
