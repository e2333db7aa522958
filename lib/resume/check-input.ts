import { msg, type Message } from '~/lib/i18n/strings';
import { makeIssue } from './issue';
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

function looksLikeOtherFormat(fileName: string | undefined): Message | '' {
  if (!fileName) return '';
  if (/\.(docx?|pdf|pages|odt|rtf)$/i.test(fileName)) return msg('iOtherDocument');
  if (/\.json$/i.test(fileName)) return msg('iOtherJson');
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
    return makeIssue('too-large', 'iTooLarge', {
      size: formatSize(bytes),
      other: looksLikeOtherFormat(opts.fileName),
    });
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return makeIssue('empty', 'iEmpty');
  }
  const nul = text.indexOf('\u0000');
  const bad = nul !== -1 ? nul : firstSuspect(text);
  if (bad !== -1) {
    const what = msg(
      nul !== -1 ? 'iBinaryNul' : text[bad] === '\uFFFD' ? 'iBinaryEncoding' : 'iBinaryControl',
    );
    const line = lineOfIndex(text, bad);
    return makeIssue(
      'binary',
      'iBinary',
      { what, line, other: looksLikeOtherFormat(opts.fileName) },
      { line },
    );
  }
  return null;
}
