import { afterEach, describe, expect, it } from 'vitest';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import type { FieldDescription } from '~/lib/fill/types';

const withLabels = (labels: string[]) =>
  labels.map((label, id) => ({ id, label, hints: {} }) as unknown as FieldDescription);

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

describe('detectPageLang', () => {
  it('uses <html lang> when there are no labels', () => {
    document.documentElement.lang = 'zh-CN';
    expect(detectPageLang(document)).toBe('zh');
    document.documentElement.lang = 'en-US';
    expect(detectPageLang(document)).toBe('en');
  });

  it('labels win when lang is wrong or missing', () => {
    document.documentElement.lang = 'en';
    expect(detectPageLang(document, withLabels(['姓名', '手机号码', '邮箱', 'GPA']))).toBe('zh');
    document.documentElement.lang = 'zh';
    expect(detectPageLang(document, withLabels(['First name', 'Last name', 'Email', 'Phone']))).toBe('en');
    document.documentElement.removeAttribute('lang');
    expect(detectPageLang(document, withLabels(['学校']))).toBe('zh');
  });

  it('a couple of English labels on a declared Chinese page keep it Chinese', () => {
    document.documentElement.lang = 'zh-CN';
    expect(detectPageLang(document, withLabels(['Email', 'GPA']))).toBe('zh');
  });

  it('falls back to the page text without lang or labels', () => {
    document.body.innerHTML = '<p>请填写以下信息，我们会尽快与您联系。</p>';
    expect(detectPageLang(document)).toBe('zh');
    document.body.innerHTML = '<p>Please fill in the form below and we will contact you soon.</p>';
    expect(detectPageLang(document)).toBe('en');
  });
});
