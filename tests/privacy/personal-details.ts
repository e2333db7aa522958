// Finds a person's details in text in the forms people write them: the phone grouped any way (with or
// without +86), the email, the website, an account name taken from them, the Chinese name (also with a
// space or dot inside) and its romanization in either order and any case. The patterns are built from a
// parsed résumé at run time, so the details never have to be written down to be looked for.
import { deriveName } from '~/lib/resume/derive/name';
import type { Resume } from '~/lib/resume/types';
import { hasCjk } from '~/lib/i18n/lang';

export type DetailKind = 'phone' | 'email' | 'website' | 'account name' | 'name' | 'romanized name';

export interface DetailPattern {
  kind: DetailKind;
  pattern: RegExp;
}

export interface DetailHit {
  kind: DetailKind;
  /** 1-based. */
  line: number;
}

// Horizontal space only: a detail is looked for within one line, so a hit names the line it is on.
const SPACE = '[^\\S\\r\\n]';
const DIGIT_SEPARATOR = `(?:${SPACE}|[().\\-\\u2010-\\u2015]){0,3}`;
const NAME_SEPARATOR = `(?:${SPACE}|[,._\\-·・]){0,3}`;
const SYLLABLE_SEPARATOR = `(?:${SPACE}|[._\\-'’]){0,2}`;
const CJK_SEPARATOR = `(?:${SPACE}|[·・.\\-_]){0,2}`;
// An account name shorter than this is too likely to be an ordinary word or part of one.
const MIN_ACCOUNT_NAME = 5;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each character literal, with `separator` allowed between characters. */
function spaced(chars: string[], separator: string): string {
  return chars.map(escape).join(separator);
}

/** Fullwidth digits and letters as ASCII, tone marks dropped: 'Xīng' and 'Ｘｉｎｇ' read as 'Xing'. */
export function normalizeLine(line: string): string {
  return line.normalize('NFKD').replace(/\p{M}/gu, '');
}

function latinLetters(text: string): string[] {
  return [
    ...normalizeLine(text)
      .toLowerCase()
      .replace(/[^a-z]/g, ''),
  ];
}

function phonePatterns(resume: Resume): DetailPattern[] {
  const national = resume.contact.phone?.national ?? '';
  // Short numbers (extensions, landline stubs) would match unrelated digits.
  if (national.length < 7) return [];
  // Any grouping of the national digits, which also covers +86 / 0086 / (86) forms in front of them.
  return [{ kind: 'phone', pattern: new RegExp(spaced([...national], DIGIT_SEPARATOR), 'u') }];
}

function emailPatterns(resume: Resume): DetailPattern[] {
  const email = resume.contact.email?.trim();
  if (!email) return [];
  return [{ kind: 'email', pattern: new RegExp(escape(email), 'iu') }];
}

function websiteParts(website: string): { address: string; account?: string } | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!host.includes('.')) return null;
  const path = url.pathname.replace(/\/+$/, '');
  // A page on a shared platform (github.com/someone) is the person's only through its path; a domain of
  // their own is theirs as a whole, and its first label is usually their account name elsewhere too.
  const segments = path.split('/').filter(Boolean);
  const account = segments.length > 0 ? segments[segments.length - 1] : host.split('.')[0];
  return { address: host + path, account };
}

function accountPattern(account: string): DetailPattern {
  return {
    kind: 'account name',
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(account)}(?![\\p{L}\\p{N}])`, 'iu'),
  };
}

function onlinePatterns(resume: Resume): DetailPattern[] {
  const patterns: DetailPattern[] = [];
  const accounts = new Set<string>();
  const website = resume.contact.website?.trim();
  const parts = website ? websiteParts(website) : null;
  if (parts) {
    patterns.push({ kind: 'website', pattern: new RegExp(escape(parts.address), 'iu') });
    if (parts.account) accounts.add(parts.account.toLowerCase());
  }
  const local = resume.contact.email?.split('@')[0]?.trim();
  if (local) accounts.add(local.toLowerCase());
  for (const account of accounts)
    if (account.length >= MIN_ACCOUNT_NAME && /\p{L}/u.test(account)) patterns.push(accountPattern(account));
  return patterns;
}

function romanizedPattern(given: string, family: string): DetailPattern | null {
  const g = latinLetters(given);
  const f = latinLetters(family);
  if (g.length === 0 || f.length === 0) return null;
  const givenRe = spaced(g, SYLLABLE_SEPARATOR);
  const familyRe = spaced(f, SYLLABLE_SEPARATOR);
  const either = `(?:${givenRe}${NAME_SEPARATOR}${familyRe}|${familyRe}${NAME_SEPARATOR}${givenRe})`;
  return { kind: 'romanized name', pattern: new RegExp(`(?<![a-z])${either}(?![a-z])`, 'iu') };
}

function namePatterns(resume: Resume): DetailPattern[] {
  const patterns: DetailPattern[] = [];
  const { full, given } = resume.name;
  if (hasCjk(full)) {
    patterns.push({ kind: 'name', pattern: new RegExp(spaced([...full], CJK_SEPARATOR), 'u') });
    // The given name alone is as personal as the whole one; a one-character given name is not looked
    // for alone, it is part of too many words.
    if ([...given].length >= 2) patterns.push({ kind: 'name', pattern: new RegExp(escape(given), 'u') });
  }
  // The romanization the file gives (name_en) and the one pinyin makes of the Chinese name.
  const spellings = [resume.name.latin];
  if (hasCjk(full)) spellings.push(deriveName(full).name.latin);
  if (!hasCjk(full)) spellings.push({ full, given: resume.name.given, family: resume.name.family });
  const seen = new Set<string>();
  for (const { given: g, family: f } of spellings) {
    const found = romanizedPattern(g, f);
    if (found && !seen.has(found.pattern.source)) {
      seen.add(found.pattern.source);
      patterns.push(found);
    }
  }
  return patterns;
}

/** Every pattern that finds one of this résumé's personal details. */
export function personalDetailPatterns(resume: Resume): DetailPattern[] {
  return [
    ...phonePatterns(resume),
    ...emailPatterns(resume),
    ...onlinePatterns(resume),
    ...namePatterns(resume),
  ];
}

/** Which details occur in `text`, and on which lines; one hit per kind and line. */
export function findPersonalDetails(text: string, patterns: DetailPattern[]): DetailHit[] {
  const hits: DetailHit[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = normalizeLine(raw);
    const kinds = new Set(patterns.filter((p) => p.pattern.test(line)).map((p) => p.kind));
    for (const kind of kinds) hits.push({ kind, line: index + 1 });
  });
  return hits;
}
