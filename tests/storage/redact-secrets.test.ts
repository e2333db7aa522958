import { describe, expect, it } from 'vitest';
import { redactSecrets } from '~/lib/storage/redact-secrets';

describe('redactSecrets', () => {
  it('drops a top-level password and nothing else', () => {
    const md = '---\ntitle: CV\npassword: sample-only\nname: 李思远\n---\n\npassword: body text stays\n';
    expect(redactSecrets(md)).toBe('---\ntitle: CV\nname: 李思远\n---\n\npassword: body text stays\n');
  });

  it('drops block values and nested secrets, keeping CRLF and list items valid', () => {
    const md = [
      '---',
      'name: A',
      'Password: |',
      '  line one',
      '  line two',
      'extra:',
      '  - pwd: x',
      '    site: b',
      '  - keep: y',
      '---',
      '',
    ].join('\r\n');
    expect(redactSecrets(md)).toBe(
      ['---', 'name: A', 'extra:', '  -', '    site: b', '  - keep: y', '---', ''].join('\r\n'),
    );
  });

  it('leaves text without front matter untouched', () => {
    expect(redactSecrets('password: x\n')).toBe('password: x\n');
    expect(redactSecrets('')).toBe('');
  });
});
