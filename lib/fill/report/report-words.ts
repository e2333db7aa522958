// The words of a fill report, one vocabulary for the popup and the in-page panel: status names and
// counts from lib/i18n, and a field named by its entry when a label repeats (教育经历 2 · 学校名称).
import { translateReport as translate, type ReportKey } from '~/lib/i18n/strings-report';
import type { UiLang } from '~/lib/i18n/lang';
import type { FieldReport, FieldStatus, FillReport, Section } from '~/lib/fill/types';

/** The statuses a report lists, most urgent first; 'skipped' fields were not ours to fill. */
export const LISTED_STATUSES = ['required-empty', 'failed', 'uncertain', 'filled', 'kept'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export const STATUS_WORD: Record<ListedStatus, ReportKey> = {
  filled: 'statusFilled',
  uncertain: 'statusUncertain',
  'required-empty': 'statusRequiredEmpty',
  failed: 'statusFailed',
  kept: 'statusKept',
};

const SECTION_WORD: Record<Section, ReportKey> = {
  education: 'sectionEducation',
  experience: 'sectionExperience',
  projects: 'sectionProjects',
};

export function isListed(status: FieldStatus): status is ListedStatus {
  return (LISTED_STATUSES as readonly string[]).includes(status);
}

/**
 * The rows a report lists, most urgent first: every listed status, and the open questions left to the
 * user (a skipped one too), each of those after the required ones and with the picker's hint.
 */
export function reportRows(fields: readonly FieldReport[]): FieldReport[] {
  const rank = (f: FieldReport) =>
    f.status === 'required-empty'
      ? 0
      : f.openQuestion
        ? 0.5
        : LISTED_STATUSES.indexOf(f.status as ListedStatus);
  return fields
    .filter((f) => f.label && (isListed(f.status) || f.openQuestion))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** The status word of a row: an open question reads "not guessed" (required ones too). */
export function rowStatusWord(f: FieldReport): ReportKey {
  if (f.openQuestion) return 'statusOpenQuestion';
  return isListed(f.status) ? STATUS_WORD[f.status] : 'statusOpenQuestion';
}

/**
 * "Filled 28 · Required, empty 1 · Not guessed 1 · Could not fill 1": every status that occurred, Filled
 * always. An open question is counted once, as the row shows it: not guessed, even when it is required.
 */
export function countsLine(
  report: Pick<FillReport, 'counts'> & Partial<Pick<FillReport, 'fields'>>,
  lang: UiLang,
): { status: ListedStatus | 'open-question'; text: string }[] {
  const open = (report.fields ?? []).filter((f) => f.openQuestion && f.label);
  const count = (s: ListedStatus) => (report.counts[s] ?? 0) - open.filter((f) => f.status === s).length;
  const order: ListedStatus[] = ['filled', 'uncertain', 'required-empty', 'failed', 'kept'];
  const line: { status: ListedStatus | 'open-question'; text: string }[] = order
    .filter((s) => s === 'filled' || count(s) > 0)
    .map((s) => ({ status: s, text: `${translate(lang, STATUS_WORD[s])} ${count(s)}` }));
  if (open.length > 0) {
    const at = line.findIndex((c) => c.status === 'failed' || c.status === 'kept');
    const item = {
      status: 'open-question' as const,
      text: `${translate(lang, 'statusOpenQuestion')} ${open.length}`,
    };
    line.splice(at < 0 ? line.length : at, 0, item);
  }
  return line;
}

function sectionOf(f: FieldReport): Section | undefined {
  const head = f.key?.split('.')[0];
  return head === 'education' || head === 'experience' || head === 'projects' ? head : undefined;
}

/**
 * The field's own label; when the same label occurs more than once in the report and the field belongs
 * to a résumé entry, the entry is named in front of it, so the two 学校名称 rows say which school.
 */
export function fieldName(f: FieldReport, all: readonly FieldReport[], lang: UiLang): string {
  const label = f.label || f.key || '';
  const section = sectionOf(f);
  if (!section || f.index === undefined) return label;
  const repeated = all.some((o) => o !== f && (o.label || o.key) === label);
  if (!repeated) return label;
  return translate(lang, 'reportEntry', {
    section: translate(lang, SECTION_WORD[section]),
    n: f.index + 1,
    label,
  });
}
