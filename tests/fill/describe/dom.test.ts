import { describe, expect, it } from 'vitest';
import { commonAncestor, isFormItem } from '~/lib/fill/describe/dom';

const el = (cls: string, attrs: Record<string, string> = {}) => {
  const div = document.createElement('div');
  div.className = cls;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  return div;
};

describe('isFormItem', () => {
  it('recognises the wrapper around one question', () => {
    for (const cls of [
      'ant-form-item css-1y106cm',
      'el-form-item is-required el-form-item--label-top',
      'form-item form-item--phoenix',
      'apply-field-7Jk8L string_info-9Mn0O',
      'application-question',
      'field-wrapper',
      'atsx-form-item',
      'ud-formily-item ud-formily-item-size-large',
      'field',
    ]) {
      expect(isFormItem(el(cls)), cls).toBe(true);
    }
    expect(isFormItem(el('', { 'data-automation-id': 'formField-firstName' }))).toBe(true);
  });

  it('not its parts, nor unrelated wrappers', () => {
    for (const cls of [
      'el-form-item__content',
      'ant-form-item-control',
      'ant-form-item-label',
      'form-item__title',
      'apply-fields-list',
      'subtitle-item',
      '',
    ]) {
      expect(isFormItem(el(cls)), cls).toBe(false);
    }
  });
});

describe('commonAncestor', () => {
  it('crosses shadow roots through their host', () => {
    document.body.innerHTML = `<div id="outer"><span id="a"></span><div id="host"></div></div>`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="b">';
    const a = document.getElementById('a')!;
    expect(commonAncestor(a, root.getElementById('b')!)?.id).toBe('outer');
  });
});
