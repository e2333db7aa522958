import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SourceExcerpt } from '~/components/options/source-excerpt';
import { parseResume } from '~/lib/resume/parse';
import { maskSecrets } from '~/lib/resume/secret-spans';

const SECRET = 'sample-secret-9';

describe('error excerpt', () => {
  it('masks a password two lines above a YAML error, keeping every line and the caret', () => {
    const text = `---\nname: 李思远\nmeta: {pwd: ${SECRET}}\npassword: ${SECRET}\neducation: [unclosed\n---\n`;
    const parsed = parseResume(text);
    expect(parsed.ok).toBe(false);
    const issue = !parsed.ok ? parsed.errors[0]! : undefined;
    expect(issue?.line).toBeDefined();
    const html = renderToStaticMarkup(
      <SourceExcerpt text={text} line={issue!.line!} column={issue!.column} />,
    );
    expect(html).not.toContain(SECRET);
    expect(html).toContain('4 │ password: •••');
    expect(html).toMatch(/\^/);
    expect(maskSecrets(text).split('\n')).toHaveLength(text.split('\n').length);
  });

  it.each([
    [`"pass\\u0077ord": ${SECRET}`],
    [`? password\n: ${SECRET}`],
    [`- {url: a, password: ${SECRET}}`],
    [`password: [${SECRET}`],
    [`{"name": "A", "passwd": "${SECRET}"`],
  ])('masks %s even where the text does not parse', (yaml) => {
    const masked = maskSecrets(`---\n${yaml}\n  bad: : [\n---\n`);
    expect(masked).not.toContain(SECRET);
    expect(masked.split('\n')).toHaveLength(yaml.split('\n').length + 4);
  });
});
