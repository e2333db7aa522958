import type { ImportIssue } from './types';

export const MAX_BYTES = 1024 * 1024;

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function formatSize(bytes: number): string {
  return bytes >= MAX_BYTES ? `${(bytes / MAX_BYTES).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function looksLikeOtherFormat(fileName: string | undefined): string {
  if (!fileName) return '';
  if (/\.(docx?|pdf|pages|odt|rtf)$/i.test(fileName))
    return ' This looks like a document file; save the résumé as Markdown (.md) text first.';
  if (/\.json$/i.test(fileName)) return ' For a JSON Resume file use the JSON Resume import instead.';
  return '';
}

/** A U+FFFD left by a failed UTF-8 decode, or a control character no text file contains. */
function firstSuspect(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f)) return i;
  }
  return -1;
}

/** Checks that need no parsing: size, emptiness, binary content. Null when the text may be parsed. */
export function checkInput(
  text: string,
  opts: { fileName?: string; byteLength?: number },
): ImportIssue | null {
  const bytes = opts.byteLength ?? new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) {
    return {
      code: 'too-large',
      message: `The file is ${formatSize(bytes)}; a résumé file must be at most 1 MB. Is this the right file?${looksLikeOtherFormat(opts.fileName)}`,
    };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      code: 'empty',
      message: 'The file is empty. Choose your résumé Markdown file (it starts with a --- line).',
    };
  }
  const nul = text.indexOf('\u0000');
  const bad = nul !== -1 ? nul : firstSuspect(text);
  if (bad !== -1) {
    const what =
      nul !== -1
        ? 'contains NUL bytes (a binary file, or text saved as UTF-16)'
        : text[bad] === '\uFFFD'
          ? 'is not valid UTF-8 (perhaps saved as GBK)'
          : 'contains control characters (a binary file)';
    return {
      code: 'binary',
      message: `The file ${what}, first at line ${lineOfIndex(text, bad)}. Save the résumé as plain UTF-8 text.${looksLikeOtherFormat(opts.fileName)}`,
      line: lineOfIndex(text, bad),
    };
  }
  return null;
}
