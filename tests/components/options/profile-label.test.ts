import { describe, expect, it } from 'vitest';
import { profileLabel } from '~/components/shared/profile-label';
import { makeT } from '~/lib/i18n/strings';
import { defaultLabel } from '~/lib/storage/migrations';

const resume = (full: string, lang: 'zh' | 'en') => ({ name: { full, raw: full }, lang }) as never;

describe('profileLabel', () => {
  it('names the résumé language in the UI language when the label is the one the importer made', () => {
    const zh = resume('李思远', 'zh');
    expect(profileLabel({ label: defaultLabel(zh), resume: zh }, makeT('en'))).toBe('李思远 · Chinese');
    expect(profileLabel({ label: defaultLabel(zh), resume: zh }, makeT('zh'))).toBe('李思远 · 中文');
    const en = resume('Siyuan Li', 'en');
    expect(profileLabel({ label: defaultLabel(en), resume: en }, makeT('zh'))).toBe('Siyuan Li · 英文');
  });

  it('keeps a label the user wrote', () => {
    const zh = resume('李思远', 'zh');
    expect(profileLabel({ label: '校招用', resume: zh }, makeT('en'))).toBe('校招用');
  });
});
