// How picked highlights are written into a text box; remembered per site because each site's
// reviewers (and character limits) favour a different shape.

export type ListStyle = 'bullet' | 'dash' | 'numbered' | 'paragraph';
export type Punctuation = 'zh' | 'en';

export interface HighlightFormat {
  list: ListStyle;
  /** Keep the 【tag】 prefix of each highlight. */
  tags: boolean;
  /** Separators and terminators: ；。 or ; . */
  punctuation: Punctuation;
  /** A 'project · role · dates' line before each project's items. */
  header: boolean;
}

export const LIST_STYLES: readonly ListStyle[] = ['bullet', 'dash', 'numbered', 'paragraph'];

export function defaultFormat(lang: 'zh' | 'en'): HighlightFormat {
  return { list: 'bullet', tags: true, punctuation: lang, header: false };
}

/** Reads a stored format defensively: settings come from an older version or a hand-edited export. */
export function parseHighlightFormat(value: unknown, lang: 'zh' | 'en'): HighlightFormat {
  const base = defaultFormat(lang);
  if (typeof value !== 'object' || value === null) return base;
  const v = value as Record<string, unknown>;
  return {
    list: LIST_STYLES.includes(v.list as ListStyle) ? (v.list as ListStyle) : base.list,
    tags: typeof v.tags === 'boolean' ? v.tags : base.tags,
    punctuation: v.punctuation === 'zh' || v.punctuation === 'en' ? v.punctuation : base.punctuation,
    header: typeof v.header === 'boolean' ? v.header : base.header,
  };
}
