// Extension match patterns (https://*.example.com/path*) tested against a URL, the way the browser reads
// them for host permissions and content scripts, so the adapter that claims a page and the permission that
// lets us onto it can never disagree.

const SCHEMES = ['http', 'https'];

export interface ParsedPattern {
  schemes: string[];
  /** Exact host, or a suffix when the pattern starts with '*.' (which also matches the bare domain). */
  host: string;
  anySubdomain: boolean;
  path: RegExp;
}

export function parsePattern(pattern: string): ParsedPattern {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not an http(s) match pattern: ${pattern}`);
  const [, scheme, host, path] = m;
  const anySubdomain = host.startsWith('*.');
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return {
    schemes: scheme === '*' ? SCHEMES : [scheme],
    host: anySubdomain ? host.slice(2) : host,
    anySubdomain,
    path: new RegExp(`^${escaped}$`),
  };
}

export function matchesPattern(pattern: string | ParsedPattern, url: string | URL): boolean {
  const p = typeof pattern === 'string' ? parsePattern(pattern) : pattern;
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (!p.schemes.includes(u.protocol.slice(0, -1))) return false;
  const host = u.hostname.toLowerCase();
  const hostOk = p.host === '*' || host === p.host || (p.anySubdomain && host.endsWith(`.${p.host}`));
  return hostOk && p.path.test(u.pathname + u.search);
}
