// The stored Markdown is the file as imported, minus secrets: a résumé kept for a static site often
// carries the page's `password:` in its front matter, and that must never sit in extension storage or in
// an export. Secrets are found by the front matter's structure (lib/resume/secret-spans), their values
// blanked to "" in place — every line stays where it was, so warnings keep pointing at the right line —
// and the result is parsed again: it is stored only if no secret value is left and nothing else changed.
import { parseFrontMatterData } from '~/lib/resume/front-matter';
import { isSecretKey } from '~/lib/resume/schema';
import { findSecretSpans, frontMatterRange } from '~/lib/resume/secret-spans';

export type Redacted = { ok: true; markdown: string } | { ok: false; message: string };

const REFUSED =
  'The front matter holds a password (or another secret key) written in a form that could not be removed safely, so the file was not saved. Delete the password line from the file and import it again.';

/** The data with every secret key's value replaced by "" at any depth; whether there was any. */
function blankSecretValues(data: unknown): { data: unknown; found: boolean } {
  let found = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (!isSecretKey(k.trim())) return [k, walk(v)];
        found = true;
        return [k, ''];
      }),
    );
  };
  return { data: walk(data), found };
}

function leftSecret(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(leftSecret);
  if (data === null || typeof data !== 'object' || data instanceof Date) return false;
  return Object.entries(data).some(
    ([k, v]) => (isSecretKey(k.trim()) && v !== '' && v !== null) || leftSecret(v),
  );
}

/** The text with no secret value left in its front matter, or why it cannot be stored. */
export function redactSecrets(markdown: string): Redacted {
  const range = frontMatterRange(markdown);
  if (!range) return { ok: true, markdown };
  const before = parseFrontMatterData(markdown);
  // An import that parsed has front matter that parses; anything else has nothing we can read.
  if (!before.ok) return { ok: false, message: REFUSED };
  const expected = blankSecretValues(before.data);
  if (!expected.found) return { ok: true, markdown };

  const matterText = markdown.slice(range.start, range.end);
  let redacted = matterText;
  for (const span of findSecretSpans(matterText).reverse()) {
    const lines = redacted.slice(span.start, span.end).split('\n').length - 1;
    redacted = `${redacted.slice(0, span.start)} ""${'\n'.repeat(lines)}${redacted.slice(span.end)}`;
  }
  const out = markdown.slice(0, range.start) + redacted + markdown.slice(range.end);

  const after = parseFrontMatterData(out);
  if (!after.ok || leftSecret(after.data)) return { ok: false, message: REFUSED };
  if (JSON.stringify(after.data) !== JSON.stringify(expected.data)) return { ok: false, message: REFUSED };
  if (out.split('\n').length !== markdown.split('\n').length) return { ok: false, message: REFUSED };
  return { ok: true, markdown: out };
}
