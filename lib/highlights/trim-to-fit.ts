import { countChars } from './count-chars';

/** The longest prefix of `items` whose rendered text fits; the user's order says what matters most. */
export function dropItemsToFit<T>(items: readonly T[], render: (items: T[]) => string, max: number): T[] {
  for (let n = items.length; n > 0; n--) {
    const kept = items.slice(0, n);
    if (countChars(render(kept)) <= max) return kept;
  }
  return [];
}

// A bare line break is no sentence end: it would leave a dangling 'project · role · dates' header.
const HARD_END = new Set(['；', '。', '！', '？', ';', '!', '?']);

/** Positions just after a sentence or clause end. A '.' counts only before whitespace or the end. */
function cutPoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (HARD_END.has(ch) || (ch === '.' && (next === undefined || /\s/.test(next)))) points.push(i + 1);
  }
  return points;
}

/**
 * Cuts `text` to at most `max` characters at the last sentence end that fits, never inside a word or a
 * number. A clause cut at '；' / ';' is closed with '。' / '.' so the text still reads as finished. Null when even the
 * first sentence is too long.
 */
export function cutAtSentenceEnd(text: string, max: number): string | null {
  if (countChars(text) <= max) return text;
  let best: string | null = null;
  for (const p of cutPoints(text)) {
    let cut = text.slice(0, p).trimEnd();
    if (cut.endsWith('；')) cut = cut.slice(0, -1) + '。';
    else if (cut.endsWith(';')) cut = cut.slice(0, -1) + '.';
    if (cut.replace(/[\s。.]/g, '') === '') continue;
    if (countChars(cut) <= max) best = cut;
    else break;
  }
  return best;
}
