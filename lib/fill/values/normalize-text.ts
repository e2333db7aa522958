// One comparison form for option texts: full-width folded to half-width (NFKC), lower case, and
// punctuation, symbols and spaces dropped, so '硕士 ' = '硕士', "Master's Degree" = 'masters degree'.

export function normalizeText(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toLowerCase()
      // 'Science & Technology' is 'Science and Technology'.
      .replace(/\s*&\s*/g, ' and ')
      .replace(/[\s\p{P}\p{S}]+/gu, '')
  );
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

/**
 * A shorter query for a search that found nothing under the whole name: the words before its first
 * 'and' / '&' / bracket / comma ('Huazhong University of Science' for a list that spells it
 * 'Science & Technology'). Null when there is nothing shorter worth typing.
 */
export function searchPrefix(value: string): string | null {
  const words = value.trim().split(/\s+/);
  if (words.length < 3) return null;
  const cut = /\s+(and|&)\s+|\s*[(（,，]/i.exec(value);
  const head = cut ? value.slice(0, cut.index).trim() : '';
  if (head.split(/\s+/).length >= 2) return head;
  return words.length > 4 ? words.slice(0, 3).join(' ') : null;
}
