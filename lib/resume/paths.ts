// Paths name a place in the résumé the way users and error messages read it: `education[1].gpa.value`.

export type PathSegment = string | number;

/** Splits `education[1].gpa.value` into ['education', 1, 'gpa', 'value']; null when malformed. */
export function parsePath(path: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|(\.)/y;
  let expectKey = true;
  let sawAny = false;
  while (re.lastIndex < path.length) {
    const start = re.lastIndex;
    const m = re.exec(path);
    if (!m || m.index !== start) return null;
    if (m[1] !== undefined) {
      if (!expectKey) return null;
      segments.push(m[1]);
      expectKey = false;
    } else if (m[2] !== undefined) {
      if (!sawAny || expectKey) return null;
      segments.push(Number(m[2]));
    } else {
      if (expectKey) return null;
      expectKey = true;
    }
    sawAny = true;
  }
  return segments.length > 0 && !expectKey ? segments : null;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** Own-property walk, so `__proto__` or `constructor` in a path never reaches the prototype chain. */
export function walkPath(root: unknown, segments: readonly PathSegment[]): unknown {
  let node: unknown = root;
  for (const seg of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[seg];
    } else {
      if (Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
      node = (node as Record<string, unknown>)[seg];
    }
  }
  return node;
}
