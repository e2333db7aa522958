// Where the values of secret keys (`password:` and its kin) sit in YAML or JSON text, found by reading the
// text's structure rather than its lines: a secret may be a nested key, a flow mapping's entry
// (`meta: {password: x}`), an explicit key (`? password`), a quoted or escaped spelling
// (`"pass\u0077ord"`), or a JSON key on one long line. Both the stored copy of an imported file and the
// source excerpt shown with an import error blank these spans; the caller that stores checks the result
// by parsing it again, so a form this scanner misses is refused, never kept.
import { parseFrontMatterData } from './front-matter';
import { isSecretKey } from './schema';

/** A secret value's characters: [start, end) offsets into the text given. */
export interface SecretSpan {
  start: number;
  end: number;
}

/** The key text as YAML reads it (quotes, escapes, tags and anchors resolved), by the importer's parser. */
function keyName(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || /[\r\n]/.test(text)) return null;
  // After a first key, so a leading tag or anchor belongs to this key and not to the whole mapping.
  const parsed = parseFrontMatterData(`---\n_: 0\n${text}: 0\n---\n`);
  if (!parsed.ok || parsed.data === null || typeof parsed.data !== 'object') return null;
  const keys = Object.keys(parsed.data);
  return keys.length === 2 ? keys[1]! : null;
}

function isSecretKeyText(raw: string): boolean {
  const name = keyName(raw);
  return name !== null && isSecretKey(name.trim());
}

const SPACE = /[ \t]/;
const FLOW_END = /[,}\]]/;

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

function indentAt(text: string, start: number): number {
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - start;
}

/** Offset just past a quoted scalar that opens at `at` (the text's end if it never closes). */
function skipQuoted(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return text.length;
}

/** Whether a quote at `at` opens a quoted scalar (not an apostrophe inside plain text). */
function opensQuote(text: string, at: number): boolean {
  const prev = at === 0 ? '\n' : (text[at - 1] ?? '\n');
  return /[\s[{,:?-]/.test(prev);
}

/** End of a flow-context value starting at `at`: the next `,` or closing bracket at its own depth. */
function flowValueEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const ch = text[i]!;
    if ((ch === '"' || ch === "'") && opensQuote(text, i)) {
      i = skipQuoted(text, i) - 1;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? '\n')) {
      i = lineEnd(text, i) - 1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ',' && depth === 0) return i;
  }
  return text.length;
}

/**
 * End of a block-context value that starts on the line of `keyCol`'s key: the rest of that line and every
 * following line that is blank or indented deeper than the key (or, when the key line holds no value, a
 * sequence written at the key's own indentation).
 */
function blockValueEnd(text: string, at: number, keyCol: number): number {
  let end = lineEnd(text, at);
  const rest = text
    .slice(at, end)
    .replace(/(^|\s)#.*$/, '')
    .trim();
  let next = end + 1;
  while (next < text.length) {
    const stop = lineEnd(text, next);
    const line = text.slice(next, stop);
    const indent = indentAt(text, next);
    const blank = line.trim() === '';
    const deeper = indent > keyCol;
    const sameLevelSeq = rest === '' && indent === keyCol && /^-(\s|$)/.test(line.slice(indent));
    if (!blank && !deeper && !sameLevelSeq) break;
    end = stop;
    next = stop + 1;
  }
  // Trailing blank lines belong to whatever follows.
  while (end > at && /\s/.test(text[end - 1] ?? '')) end--;
  return Math.max(end, at);
}

/** Column where the key that ends before the colon at `colon` starts, and the key's text. */
function keyBefore(text: string, colon: number, flowDepth: number): { start: number; raw: string } {
  let i = colon;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  const keyEnd = i;
  if (text[keyEnd - 1] === '"' || text[keyEnd - 1] === "'") {
    // A quoted key: find the quote that opens it on this line.
    const from = lineStart(text, keyEnd);
    for (let q = from; q < keyEnd; q++) {
      const ch = text[q];
      if ((ch === '"' || ch === "'") && opensQuote(text, q) && skipQuoted(text, q) === keyEnd) {
        return { start: q, raw: text.slice(q, keyEnd) };
      }
    }
  }
  let s = keyEnd;
  const from = lineStart(text, keyEnd);
  while (s > from) {
    const ch = text[s - 1]!;
    if (flowDepth > 0 && /[{[,]/.test(ch)) break;
    s--;
  }
  // Block context: the key follows the indentation and any `- ` or `? ` indicators.
  let raw = text.slice(s, keyEnd);
  let start = s;
  const lead = /^(?:[ \t]*(?:[-?][ \t]+)?)*/.exec(raw)?.[0] ?? '';
  start += lead.length;
  raw = raw.slice(lead.length);
  return { start, raw };
}

/**
 * The spans of every secret value in `text` (a front matter block or a whole JSON file). Offsets are into
 * `text`. Block scalars (`|`, `>`) are read as text, so a description that mentions a password is left
 * alone.
 */
export function findSecretSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let depth = 0;
  let skipDeeperThan: number | null = null;
  let i = 0;
  while (i < text.length) {
    const start = lineStart(text, i);
    if (i === start && depth === 0 && skipDeeperThan !== null) {
      const line = text.slice(start, lineEnd(text, start));
      if (line.trim() === '' || indentAt(text, start) > skipDeeperThan) {
        i = lineEnd(text, start) + 1;
        continue;
      }
      skipDeeperThan = null;
    }
    const ch = text[i]!;
    if ((ch === '"' || ch === "'") && opensQuote(text, i)) {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === '#' && /\s/.test(text[i - 1] ?? '\n')) {
      i = lineEnd(text, i);
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && depth > 0) depth--;
    else if (ch === '?' && depth === 0 && /^[ \t]*(?:-[ \t]+)*$/.test(text.slice(start, i))) {
      // An explicit key: `? password` then, on a later line at the same indentation, `: value`.
      const keyText = text.slice(i + 1, lineEnd(text, i)).replace(/(^|\s)#.*$/, '');
      if (/^\s/.test(text[i + 1] ?? '\n') && isSecretKeyText(keyText)) {
        const col = i - start;
        const valueLine = new RegExp(`^[ \\t]{${col}}:(?=\\s|$)`, 'm');
        const after = lineEnd(text, i) + 1;
        const m = valueLine.exec(text.slice(after));
        if (m) {
          const colon = after + m.index + m[0].length - 1;
          spans.push({ start: colon + 1, end: blockValueEnd(text, colon + 1, col) });
        }
      }
    } else if (ch === ':') {
      const next = text[i + 1] ?? '\n';
      const prev = text[i - 1] ?? '';
      const indicator = /\s/.test(next) || (depth > 0 && FLOW_END.test(next)) || prev === '"' || prev === "'";
      if (indicator) {
        const key = keyBefore(text, i, depth);
        if (isSecretKeyText(key.raw)) {
          const end = depth > 0 ? flowValueEnd(text, i + 1) : blockValueEnd(text, i + 1, key.start - start);
          spans.push({ start: i + 1, end });
          i = Math.max(i + 1, end);
          continue;
        }
        if (depth === 0) {
          // A block scalar's lines are text, not keys.
          const rest = text
            .slice(i + 1, lineEnd(text, i))
            .replace(/(^|\s)#.*$/, '')
            .trim();
          if (/^[|>][0-9+-]*$/.test(rest)) skipDeeperThan = key.start - start;
        }
      }
    } else if (ch === '-' && depth === 0 && /^[ \t]*$/.test(text.slice(start, i))) {
      const rest = text
        .slice(i + 1, lineEnd(text, i))
        .replace(/(^|\s)#.*$/, '')
        .trim();
      if (/^[|>][0-9+-]*$/.test(rest)) skipDeeperThan = i - start;
    }
    i++;
  }
  return spans;
}

/** Where the front matter's YAML or JSON sits in a file: after the opening `---` line, before `\n---`. */
export function frontMatterRange(text: string): { start: number; end: number } | null {
  const open = /^\uFEFF?(?:[ \t]*\r?\n)*---(?!-)[^\n]*/.exec(text);
  if (!open) return null;
  const start = open[0].length;
  const close = text.indexOf('\n---', start);
  return { start, end: close < 0 ? text.length : close };
}

const SECRET_WORD = /password|passwd|pwd|passcode/i;

/** Decodes `\uXXXX`, `\xXX` and `\UXXXXXXXX` escapes, so an escaped key spelling is seen. */
function decodeEscapes(line: string): string {
  return line.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/g, (_m, u, x, U) =>
    String.fromCodePoint(parseInt(u ?? x ?? U, 16)),
  );
}

/** Every character but line ends and the leading space becomes •, so lines and columns stay put. */
const mask = (s: string) => {
  const lead = /^[ \t]*/.exec(s)?.[0] ?? '';
  return lead + s.slice(lead.length).replace(/[^\r\n]/g, '•');
};

/**
 * The text with every secret value masked character for character, every line kept (so an error's line
 * and column still point where they did). For showing text that may not even parse: the structural
 * spans are masked, and on top of them any line that names a secret word loses what follows the word.
 */
export function maskSecrets(text: string): string {
  const range = frontMatterRange(text) ?? { start: 0, end: text.length };
  let out = text;
  const spans = findSecretSpans(text.slice(range.start, range.end));
  for (const span of spans.reverse()) {
    const a = range.start + span.start;
    const b = range.start + span.end;
    out = out.slice(0, a) + mask(out.slice(a, b)) + out.slice(b);
  }
  return out
    .split('\n')
    .map((line) => {
      const plain = SECRET_WORD.exec(line);
      if (plain) {
        // Keep the key's closing quote and colon readable; mask what follows.
        const cut =
          plain.index +
          plain[0].length +
          (/^["']?\s*:?\s*/.exec(line.slice(plain.index + plain[0].length))?.[0].length ?? 0);
        return line.slice(0, cut) + mask(line.slice(cut));
      }
      if (SECRET_WORD.test(decodeEscapes(line))) {
        const indent = /^\s*/.exec(line)?.[0] ?? '';
        return indent + mask(line.slice(indent.length));
      }
      return line;
    })
    .join('\n');
}
