import { describe, expect, it } from 'vitest';
import { detectUiLang } from '~/lib/i18n/detect-lang';
import { makeT, translate } from '~/lib/i18n/strings';

describe('UI strings', () => {
  it('follows a Chinese browser in Chinese and any other language in English', () => {
    expect(detectUiLang(['zh-CN', 'en'])).toBe('zh');
    expect(detectUiLang(['zh-TW'])).toBe('zh');
    expect(detectUiLang(['en-US', 'zh-CN'])).toBe('en');
    expect(detectUiLang(['ja'])).toBe('en');
    expect(detectUiLang([])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'errorsTitle', { count: 2 })).toBe('导入失败（2 个错误）');
    expect(makeT('en')('importOk', { label: 'Li · English' })).toBe('Imported: Li · English');
    expect(translate('en', 'importOk')).toBe('Imported: {label}');
  });
});
