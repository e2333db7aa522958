// Checks a correction the way applyOverrides will read it, so the editor can refuse "abc" for a year
// in place instead of storing a correction that is silently ignored.
import { coerce, FIELDS } from '~/lib/resume/override-fields';
import { parsePath } from '~/lib/resume/paths';

export function isValidCorrection(path: string, value: string): boolean {
  const segments = parsePath(path);
  if (!segments) return false;
  const template = segments
    .map((s) => (typeof s === 'number' ? '[]' : `.${s}`))
    .join('')
    .replace(/^\./, '');
  const spec = FIELDS[template];
  return spec !== undefined && coerce(value, spec) !== null;
}
