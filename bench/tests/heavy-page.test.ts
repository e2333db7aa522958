import { describe, expect, it } from 'vitest';
import { heavyPageHtml } from '../heavy-page.mjs';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('heavyPageHtml', () => {
  it('has exactly the requested number of elements in <body>, its script included', () => {
    for (const target of [2000, 500]) {
      const { html, elements } = heavyPageHtml(target);
      expect(elements).toBe(target);
      expect(parse(html).body.querySelectorAll('*').length).toBe(target);
    }
  });

  it('looks like a recruiting page: job cards and an application form with every control kind', () => {
    const doc = parse(heavyPageHtml().html);
    expect(doc.querySelectorAll('li.job').length).toBeGreaterThan(50);
    for (const sel of [
      'form input[type=text]',
      'form select',
      'form textarea',
      'form input[type=checkbox]',
    ]) {
      expect(doc.querySelector(sel), sel).not.toBeNull();
    }
    expect(doc.documentElement.lang).toBe('zh-CN');
  });
});
