/**
 * A GPA or its scale as every surface shows it: at least one decimal, as transcripts write it (4.0, not 4;
 * 3.85 stays 3.85). YAML reads `4.0` as the number 4, so the number alone has lost the written form.
 */
export function formatGpa(value: number | string): string {
  const text = String(value).trim();
  return /^\d+$/.test(text) ? `${text}.0` : text;
}
