// The lines around an error with a caret under the column, so a YAML mistake can be found without
// counting lines in an editor. The text is the file as given, so secret values are masked first.
import { maskSecrets } from '~/lib/resume/secret-spans';

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Spaces as wide as `prefix` in a monospace font: CJK characters take two columns, tabs stay tabs. */
function padLike(prefix: string): string {
  return Array.from(prefix, (ch) => (ch === '\t' ? '\t' : WIDE.test(ch) ? '\u3000' : ' ')).join('');
}

export function SourceExcerpt({ text, line, column }: { text: string; line: number; column?: number }) {
  const lines = maskSecrets(text).split(/\r?\n/);
  if (line < 1 || line > lines.length) return null;
  const first = Math.max(1, line - 2);
  const width = String(line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width, ' ')} │ `;
  const bad = lines[line - 1] ?? '';
  return (
    <pre className="excerpt" data-testid="error-excerpt">
      {lines.slice(first - 1, line).map((content, i) => (
        <span key={first + i} className={first + i === line ? 'excerpt-line excerpt-bad' : 'excerpt-line'}>
          {gutter(first + i)}
          {content}
          {'\n'}
        </span>
      ))}
      {column !== undefined && column > 0 && (
        <span className="excerpt-marker">
          {gutter('')}
          {padLike(bad.slice(0, column - 1))}^{'\n'}
        </span>
      )}
    </pre>
  );
}
