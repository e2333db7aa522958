import { describe, expect, it } from 'vitest';
import { parseFrontMatterData } from '~/lib/resume/front-matter';
import { redactSecrets } from '~/lib/storage/redact-secrets';

const SECRET = 'sample-secret-9';

/** Every form of a secret key the front matter can take; each must lose SECRET and keep its lines. */
const FORMS: [string, string][] = [
  ['top-level key', `password: ${SECRET}`],
  ['capitalised, quoted value', `Password: "${SECRET}"`],
  ['single-quoted key', `'password': ${SECRET}`],
  ['double-quoted key', `"password": ${SECRET}`],
  ['escaped key spelling', `"pass\\u0077ord": ${SECRET}`],
  ['hex-escaped key spelling', `"pass\\x77ord": ${SECRET}`],
  ['tagged key', `!!str password: ${SECRET}`],
  ['nested key', `meta:\n  site: a\n  password: ${SECRET}\n  other: b`],
  ['flow mapping', `meta: {password: ${SECRET}}`],
  ['flow mapping, second entry', `meta: {url: a, password: "${SECRET}", b: c}`],
  ['flow mapping in a list', `links:\n  - {url: a, password: ${SECRET}}`],
  ['flow mapping over lines', `meta: {url: a,\n  password:\n    ${SECRET}, b: c}`],
  ['explicit key', `? password\n: ${SECRET}`],
  ['list item key', `extra:\n  - pwd: ${SECRET}\n    site: b\n  - keep: y`],
  ['literal block value', `passcode: |\n  ${SECRET}\n  line two\nafter: 1`],
  ['nested map value', `passwd:\n  inner: ${SECRET}\n  deeper:\n    x: ${SECRET}`],
  ['sequence at the key indentation', `password:\n- ${SECRET}\n- two`],
  ['value with a comment', `password: ${SECRET} # the site's`],
  ['deep in a list of maps', `a:\n  - b:\n      - c: 1\n        password: ${SECRET}`],
];

const frame = (yaml: string) => `---\nname: 李思远\n${yaml}\ntail: kept\n---\n\nBody: password: stays\n`;

describe('redactSecrets', () => {
  it.each(FORMS)('%s: the value is blanked, lines and other keys kept', (_name, yaml) => {
    const md = frame(yaml);
    const r = redactSecrets(md);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const matter = r.markdown.slice(0, r.markdown.indexOf('\n---', 4));
    expect(matter).not.toContain(SECRET);
    expect(r.markdown.split('\n')).toHaveLength(md.split('\n').length);
    expect(r.markdown.endsWith('\n---\n\nBody: password: stays\n')).toBe(true);
    const data = (parseFrontMatterData(r.markdown) as { data: Record<string, unknown> }).data;
    expect(data.name).toBe('李思远');
    expect(data.tail).toBe('kept');
    expect(JSON.stringify(data)).not.toContain(SECRET);
  });

  it('single-line JSON front matter', () => {
    const md = `---json\n{"name": "李思远", "pass\\u0077ord": "${SECRET}", "meta": {"pwd": "${SECRET}"}}\n---\n`;
    const r = redactSecrets(md);
    expect(r).toEqual({
      ok: true,
      markdown: '---json\n{"name": "李思远", "pass\\u0077ord": "", "meta": {"pwd": ""}}\n---\n',
    });
  });

  it('keeps CRLF line ends and everything around a secret byte for byte', () => {
    const md = ['---', 'name: A', `password: ${SECRET}`, 'b: 2', '---', ''].join('\r\n');
    expect(redactSecrets(md)).toEqual({ ok: true, markdown: md.replace(SECRET, '""') });
  });

  it('leaves a description that only mentions a password alone', () => {
    const md = '---\nname: A\nsummary: |\n  password: not a key here\n---\n';
    expect(redactSecrets(md)).toEqual({ ok: true, markdown: md });
  });

  it('leaves text without front matter or without secrets untouched', () => {
    expect(redactSecrets('password: x\n')).toEqual({ ok: true, markdown: 'password: x\n' });
    expect(redactSecrets('')).toEqual({ ok: true, markdown: '' });
    const md = '---\nname: A\n---\n';
    expect(redactSecrets(md)).toEqual({ ok: true, markdown: md });
  });

  it('refuses, with a message, when a secret cannot be removed', () => {
    // An alias repeats the anchored secret elsewhere; blanking the anchor would break the alias.
    const md = `---\npassword: &p ${SECRET}\ncopy: *p\n---\n`;
    const r = redactSecrets(md);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/password/);
  });
});
