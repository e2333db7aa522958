// Browsers enforce maxlength in UTF-16 code units and sites' own counters use JS `.length`, so that is
// the unit that predicts a rejection: a Chinese character counts 1, an emoji 2, a line break 1.

export function countChars(text: string): number {
  // A textarea's value always holds bare LF; count what the field will hold, not what we built.
  return text.replace(/\r\n?/g, '\n').length;
}

export interface FieldText {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/**
 * Characters the insert may use: the limit minus what stays in the field. Inserting at the caret keeps the
 * rest of the value, while a selection is replaced and so gives its length back.
 */
export function roomForInsert(limit: number, field: FieldText | null): number {
  if (!field) return limit;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const kept = countChars(field.value) - Math.max(0, end - start);
  return Math.max(0, limit - kept);
}
