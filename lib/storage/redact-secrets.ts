// The stored Markdown is the file as imported, minus secrets: a résumé kept for a static site often
// carries the page's `password:` in its front matter, and that must never sit in extension storage.
// Only front-matter lines are touched, so exporting gives back the file otherwise byte for byte.
import { isSecretKey } from '~/lib/resume/schema';

const FENCE = /^\uFEFF?---[ \t]*\r?\n?$/;
const KEY_LINE = /^([ \t]*)(-[ \t]+)?(["']?)([A-Za-z_][\w-]*)\3[ \t]*:(?:[ \t]|\r?\n?$)/;

export function redactSecrets(markdown: string): string {
  const lines = markdown.split(/(?<=\n)/);
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) return markdown;
  const out: string[] = [lines[0] ?? ''];
  let skipDeeperThan: number | null = null;
  let i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line) || /^\.\.\.[ \t]*\r?\n?$/.test(line)) break;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    // A secret's block value (multi-line string, nested map) is everything indented deeper than its key.
    if (skipDeeperThan !== null) {
      if (line.trim() === '' || indent > skipDeeperThan) continue;
      skipDeeperThan = null;
    }
    const key = KEY_LINE.exec(line);
    if (key && isSecretKey(key[4] ?? '')) {
      const indentText = key[1] ?? '';
      const dash = key[2];
      skipDeeperThan = indentText.length + (dash?.length ?? 0);
      // `- password: x` opens a list item: keep the dash so the item's other keys stay valid YAML.
      if (dash) out.push(`${indentText}-${line.endsWith('\r\n') ? '\r\n' : '\n'}`);
      continue;
    }
    out.push(line);
  }
  return out.join('') + lines.slice(i).join('');
}
