import { beforeEach, describe, expect, it } from 'vitest';
import { findCharLimit } from '~/lib/highlights/find-char-limit';

function setup(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-target]')!;
}

describe('findCharLimit', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('prefers the maxlength attribute', () => {
    const el = setup('<div><textarea data-target maxlength="300"></textarea><span>0/500</span></div>');
    expect(findCharLimit(el)).toEqual({ max: 300, source: 'maxlength' });
  });

  it('reads an Element Plus counter next to the textarea', () => {
    const el = setup(`<div class="el-form-item"><label class="el-form-item__label">项目描述</label>
      <div class="el-form-item__content"><div class="el-textarea"><textarea data-target class="el-textarea__inner"></textarea>
      <span class="el-input__count">0 / 2000</span></div></div></div>`);
    expect(findCharLimit(el)).toEqual({ max: 2000, source: 'used-of-max', text: '0 / 2000' });
  });

  it('reads an antd 4 data-count attribute (drawn by CSS, no text node)', () => {
    const el =
      setup(`<div class="ant-form-item"><div class="ant-input-textarea ant-input-textarea-show-count" data-count="0 / 800">
      <textarea data-target class="ant-input"></textarea></div></div>`);
    expect(findCharLimit(el)?.max).toBe(800);
  });

  it('climbs several levels to the form item (Moka-like nesting)', () => {
    const el = setup(`<div class="apply-field-x1 string_info-y2"><div class="title-a1">自我评价</div>
      <div class="body"><div class="wrap"><div class="inner"><textarea data-target></textarea></div></div>
      <div class="footer"><span class="tip">还可输入500字</span></div></div></div>`);
    expect(findCharLimit(el)).toMatchObject({ max: 500, source: 'remaining' });
  });

  it('adds what is typed to a remaining count', () => {
    const el = setup('<div><textarea data-target>一二三四五</textarea><em>还可输入95字</em></div>');
    expect(findCharLimit(el)?.max).toBe(100);
  });

  it('reads a limit stated in the placeholder or an aria-describedby hint', () => {
    expect(
      findCharLimit(
        setup('<div><textarea data-target placeholder="请描述项目，不超过1000字"></textarea></div>'),
      )?.max,
    ).toBe(1000);
    const el = setup(
      '<div><textarea data-target aria-describedby="h"></textarea></div><p id="h">Up to 1500 characters</p>',
    );
    expect(findCharLimit(el)?.max).toBe(1500);
  });

  it('never takes a neighbouring field’s counter', () => {
    const el = setup(`<form><div class="row">
      <div class="item"><textarea data-target></textarea></div>
      <div class="item"><textarea></textarea><span>0/200</span></div></div></form>`);
    expect(findCharLimit(el)).toBeNull();
  });

  it('ignores hidden counters and plain labels', () => {
    const el = setup(
      '<div><label>项目描述</label><textarea data-target></textarea><span hidden>0/500</span></div>',
    );
    expect(findCharLimit(el)).toBeNull();
  });
});
