// One comparison form for option texts: full-width folded to half-width (NFKC), lower case, and
// punctuation, symbols and spaces dropped, so '硕士 ' = '硕士', "Master's Degree" = 'masters degree'.

export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Text outside brackets: '+86（中国大陆）' → '+86', 'Doctor of Philosophy (Ph.D.)' → 'Doctor of Philosophy'. */
export function withoutBrackets(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|「[^」]*」/g, ' ')
    .trim();
}

/** Pieces of a bilingual or combined label: '硕士/Master' → ['硕士', 'Master']. */
export function labelParts(s: string): string[] {
  return s
    .normalize('NFKC')
    .split(/\s*[/|｜]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
}
