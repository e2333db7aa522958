import { CREATABLE, coerce, FIELDS } from './override-fields';
import { parsePath, walkPath, type PathSegment } from './paths';
import type { Resume } from './types';

/** User corrections keyed by path: 'name.latin.full', 'education[0].degree', 'experience[0].dates.start.month'. */
export type Overrides = Record<string, string>;

function template(segments: readonly PathSegment[]): string {
  return segments
    .map((s) => (typeof s === 'number' ? '[]' : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

export function getAtPath(resume: Resume, path: string): unknown {
  const segments = parsePath(path);
  return segments ? walkPath(resume, segments) : undefined;
}

/** Creating fields (a GPA's value, a date's year) go first so the others find their object. */
function order(paths: string[]): string[] {
  const creates = (p: string) => (/\.(?:year|value)$/.test(p) ? 0 : 1);
  return [...paths].sort((a, b) => creates(a) - creates(b) || a.localeCompare(b));
}

function applyOne(root: Resume, path: string, value: string): boolean {
  const segments = parsePath(path);
  if (!segments) return false;
  const spec = FIELDS[template(segments)];
  if (!spec) return false;
  const coerced = coerce(value, spec);
  if (coerced === null) return false;
  let node: unknown = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    let next = walkPath(node, [seg]);
    if (next === undefined && typeof seg === 'string') {
      const creatable = CREATABLE[template(segments.slice(0, i + 1))];
      if (!creatable || i !== segments.length - 2 || creatable.by !== segments[i + 1]) return false;
      next = creatable.make(value, coerced);
      (node as Record<string, unknown>)[seg] = next;
      return true;
    }
    if (next === null || typeof next !== 'object') return false;
    node = next;
  }
  const last = segments[segments.length - 1];
  if (typeof last === 'number') {
    if (!Array.isArray(node) || last >= node.length) return false;
    node[last] = coerced;
  } else if (coerced === undefined) {
    delete (node as Record<string, unknown>)[last];
  } else {
    (node as Record<string, unknown>)[last] = coerced;
  }
  return true;
}

/**
 * Values computed from several fields follow a correction of any of them, unless they were corrected
 * too: a fixed family name must not leave the old one inside the full name a form receives.
 */
function reconcile(resume: Resume, touched: Set<string>): void {
  const { name } = resume;
  if (
    (touched.has('name.latin.given') || touched.has('name.latin.family')) &&
    !touched.has('name.latin.full')
  ) {
    name.latin.full = `${name.latin.given} ${name.latin.family}`.trim();
  }
  if ((touched.has('name.given') || touched.has('name.family')) && !touched.has('name.full')) {
    name.full = resume.lang === 'zh' ? `${name.family}${name.given}` : `${name.given} ${name.family}`.trim();
  }
  const phone = resume.contact.phone;
  if (phone) {
    if (
      (touched.has('contact.phone.national') || touched.has('contact.phone.countryCode')) &&
      !touched.has('contact.phone.e164')
    ) {
      phone.e164 = `+${phone.countryCode}${phone.national}`;
    } else if (touched.has('contact.phone.e164') && !touched.has('contact.phone.national')) {
      const digits = phone.e164.replace(/\D/g, '');
      if (digits.startsWith(phone.countryCode)) phone.national = digits.slice(phone.countryCode.length);
    }
  }
  for (const path of touched) {
    // An end date means the entry is over, unless the user also said it is current.
    const m = /^((?:education|experience|projects)\[\d+\]\.dates)\.(end\.\w+|current)$/.exec(path);
    if (!m) continue;
    const dates = getAtPath(resume, m[1]) as { current: boolean; end?: unknown } | undefined;
    if (!dates) continue;
    if (m[2] === 'current' && dates.current) delete dates.end;
    else if (m[2] !== 'current' && !touched.has(`${m[1]}.current`)) dates.current = false;
  }
}

/**
 * Returns a copy of `resume` with each correction applied. Corrections that cannot be applied (the
 * entry is gone after a re-import, the field does not exist, the value is not valid for the field)
 * come back in `stale`; nothing throws.
 */
export function applyOverrides(resume: Resume, overrides: Overrides): { resume: Resume; stale: string[] } {
  const out = structuredClone(resume);
  const stale: string[] = [];
  const touched = new Set<string>();
  for (const path of order(Object.keys(overrides))) {
    const value = overrides[path];
    if (typeof value === 'string' && applyOne(out, path, value)) touched.add(path);
    else stale.push(path);
  }
  reconcile(out, touched);
  return { resume: out, stale };
}
