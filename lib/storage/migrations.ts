// Storage layouts before the current one, and how each becomes the next. Version 1 kept a single
// résumé, its corrections and two switches; version 2 holds several profiles (a Chinese and an English
// résumé), corrections per profile, and per-site choices. Migrations take whatever is stored: a
// hand-edited or half-written value must not make the extension unusable, so unknown shapes become
// empty rather than throwing.
import type { AnswerEntry } from '~/lib/answers/types';
import { isAttachmentKind, type StoredAttachment } from '~/lib/attachments/types';
import type { Overrides } from '~/lib/resume/overrides';
import type { ImportIssue, Resume } from '~/lib/resume/types';
import { DEFAULT_SETTINGS, type Profile, type Settings } from './types';

/** The id given to the single résumé of a version-1 store, so its corrections can follow it. */
export const LEGACY_PROFILE_ID = 'profile-v1';

export interface ProfileV1 {
  markdown: string;
  fileName?: string;
  importedAt: number;
  resume: Resume;
  warnings?: ImportIssue[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function migrateProfilesV1toV2(old: unknown): Profile[] {
  if (Array.isArray(old)) return old as Profile[];
  if (!isRecord(old) || !isRecord(old.resume) || typeof old.markdown !== 'string') return [];
  const v1 = old as unknown as ProfileV1;
  const lang = v1.resume.lang === 'en' ? 'en' : 'zh';
  return [
    {
      id: LEGACY_PROFILE_ID,
      label: defaultLabel(v1.resume),
      lang,
      markdown: v1.markdown,
      fileName: v1.fileName,
      importedAt: v1.importedAt,
      resume: v1.resume,
      warnings: v1.warnings ?? [],
      source: 'markdown',
    },
  ];
}

export function migrateOverridesV1toV2(old: unknown): Record<string, Overrides> {
  if (!isRecord(old)) return {};
  const entries = Object.entries(old);
  // Already per-profile (every value an object): keep as is.
  if (entries.length > 0 && entries.every(([, v]) => isRecord(v))) return old as Record<string, Overrides>;
  const flat = Object.fromEntries(entries.filter(([, v]) => typeof v === 'string')) as Overrides;
  return Object.keys(flat).length > 0 ? { [LEGACY_PROFILE_ID]: flat } : {};
}

export function migrateSettingsV1toV2(old: unknown): Settings {
  const v1 = isRecord(old) ? old : {};
  return {
    ...DEFAULT_SETTINGS,
    overwrite: v1.overwrite === true,
  };
}

/** A label the user recognises in a list: the name and the language of the résumé. */
export function defaultLabel(resume: Pick<Resume, 'name' | 'lang'>): string {
  const name = resume.name?.full || resume.name?.raw || '—';
  return `${name} · ${resume.lang === 'en' ? 'English' : '中文'}`;
}

/**
 * Answers came with version 2, so no older layout exists; a value stored without its version (written by
 * hand, or half-written) keeps only entries of the right shape.
 */
export function migrateAnswersToV2(old: unknown): AnswerEntry[] {
  if (!Array.isArray(old)) return [];
  return old.filter(
    (e): e is AnswerEntry =>
      isRecord(e) &&
      typeof e.concept === 'string' &&
      (e.zh === undefined || typeof e.zh === 'string') &&
      (e.en === undefined || typeof e.en === 'string'),
  );
}

/** Attachments are new in version 2: only a well-formed store (files per profile id) is kept. */
export function migrateAttachmentsToV2(old: unknown): Record<string, StoredAttachment[]> {
  if (!isRecord(old)) return {};
  const out: Record<string, StoredAttachment[]> = {};
  for (const [id, list] of Object.entries(old)) {
    if (!Array.isArray(list)) continue;
    out[id] = list.filter(
      (a): a is StoredAttachment =>
        isRecord(a) && isAttachmentKind(a.kind) && typeof a.name === 'string' && typeof a.data === 'string',
    );
  }
  return out;
}
