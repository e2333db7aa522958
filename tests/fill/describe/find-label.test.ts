import { afterEach, describe, expect, it } from 'vitest';
import { findGroupLabel, findLabel } from '~/lib/fill/describe/find-label';
import { createLabelIndex } from '~/lib/fill/describe/label-index';
import type { WidgetKind } from '~/lib/fill/types';

function labelOf(html: string, widget: WidgetKind = 'text'): { text: string; step: string } {
  document.body.innerHTML = html;
  const el = document.querySelector('[data-x]') ?? document.querySelector('input,select,textarea')!;
  const { text, step } = findLabel(el, el, widget);
  return { text, step };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the label chain, in order', () => {
  it('1: label[for] and a wrapping label', () => {
    expect(labelOf(`<label for="a">手机号码</label><span>其他</span><input id="a">`)).toEqual({
      text: '手机号码',
      step: 'explicit',
    });
    expect(labelOf(`<label>Email <input></label>`)).toEqual({ text: 'Email', step: 'explicit' });
  });

  it('1: with a per-collection index the same answer without el.labels', () => {
    document.body.innerHTML = `<label for="a">学校</label><input id="a"><label>专业<input id="b"></label>`;
    const index = createLabelIndex();
    for (const [id, text] of [
      ['a', '学校'],
      ['b', '专业'],
    ]) {
      const el = document.getElementById(id)!;
      expect(findLabel(el, el, 'text', { index }).text).toBe(text);
    }
  });

  it('1: label[for] names only the first element with that id, as the browser resolves it', () => {
    document.body.innerHTML = `<div><label for="x">First Name</label><input id="x"></div>
      <div><label>Postcode</label><input id="x"></div>`;
    const index = createLabelIndex();
    const [first, second] = Array.from(document.querySelectorAll('input'));
    expect(findLabel(first!, first!, 'text', { index }).text).toBe('First Name');
    expect(findLabel(second!, second!, 'text', { index }).text).not.toBe('First Name');
  });

  it('1: a wrapping label does not take the options of a nested select as its text', () => {
    expect(
      labelOf(`<label>学历 <select><option>本科</option><option>硕士</option></select></label>`).text,
    ).toBe('学历');
  });

  it('2: a checkbox takes the text right after it, even after its styling wrapper', () => {
    expect(labelOf(`<input type="checkbox"> 至今`, 'checkbox').text).toBe('至今');
    expect(
      labelOf(
        `<span class="box"><input type="checkbox"></span><span>I currently work here</span>`,
        'checkbox',
      ).text,
    ).toBe('I currently work here');
  });

  it('3: preceding text, inline pieces merged, stopping at another control', () => {
    expect(labelOf(`<input name="x"> <b>出生</b><span>日期</span>: <input data-x>`)).toEqual({
      text: '出生 日期',
      step: 'preceding',
    });
    expect(labelOf(`<div>毕业院校</div><input>`).text).toBe('毕业院校');
    expect(labelOf(`<input name="first"><input data-x placeholder="第二个">`)).toEqual({
      text: '第二个',
      step: 'placeholder',
    });
  });

  it('3: climbs wrappers that hold only this control', () => {
    expect(labelOf(`<div><span>GPA</span><div class="wrap"><div><input></div></div></div>`).text).toBe('GPA');
  });

  it('4: aria-labelledby (joined), then aria-label', () => {
    expect(
      labelOf(
        `<span id="p1">Start</span><span id="p2">date</span><div><input name="o"></div><input aria-labelledby="p1 p2" data-x>`,
      ),
    ).toEqual({
      text: 'Start date',
      step: 'aria',
    });
    expect(labelOf(`<input name="o"><input aria-label="LinkedIn URL" data-x>`).text).toBe('LinkedIn URL');
  });

  it('3: text inside another element’s open shadow root (a design-system label element)', () => {
    document.body.innerHTML = `<div class="control"><x-label></x-label><input></div>`;
    document.querySelector('x-label')!.attachShadow({ mode: 'open' }).innerHTML =
      '<label>Job title <span>*</span></label>';
    const input = document.querySelector('input')!;
    expect(findLabel(input, input, 'text')).toEqual({
      text: 'Job title',
      raw: 'Job title *',
      step: 'preceding',
    });
  });

  it('5: an item with several controls named by role=group + aria-labelledby (Element Plus)', () => {
    const html = `<div class="el-form-item" role="group" aria-labelledby="g"><div id="g" class="el-form-item__label">起止时间</div>
      <div class="el-form-item__content"><div class="pair"><input data-x><span>至</span><input></div>
      <label class="el-checkbox"><input type="checkbox"><span class="el-checkbox__label">至今</span></label></div></div>`;
    expect(labelOf(html)).toEqual({ text: '起止时间', step: 'container' });
  });

  it('5: the form-item container of component libraries', () => {
    const cases: Array<[string, string]> = [
      [
        `<div class="ant-form-item"><div class="ant-form-item-label"><label title="姓名">姓名</label></div><div class="ant-form-item-control"><div><input></div><div class="ant-form-item-explain">请输入</div></div></div>`,
        '姓名',
      ],
      [
        `<div class="form-item form-item--phoenix"><div class="form-item__title"><label class="form-item__text">身份证号</label></div><div class="form-item__control"><input></div></div>`,
        '身份证号',
      ],
      [
        `<div class="apply-field-1WaF0 string_info-x"><div class="title-3Xy9">学校名称<span class="required-asterisk-x"></span></div><div class="content-9"><div class="sd-Input-1"><input></div></div></div>`,
        '学校名称',
      ],
      [
        `<div class="ud-formily-item ud-formily-item-size-large"><div class="ud-formily-item-label"><span class="ud-formily-item-label-content">专业</span></div><div class="ud-formily-item-control"><div><input class="ud__native-input"></div></div></div>`,
        '专业',
      ],
      [
        `<div class="atsx-form-item"><div class="atsx-form-item-label">手机号</div><div class="atsx-form-item-control"><input></div></div>`,
        '手机号',
      ],
      [
        `<li class="application-question"><div class="application-label">Current company</div><div class="application-field"><input name="org"></div></li>`,
        'Current company',
      ],
      [
        `<div data-automation-id="formField-firstName"><label>Given Name</label><div><div><input></div></div></div>`,
        'Given Name',
      ],
    ];
    for (const [html, text] of cases)
      expect(labelOf(html)).toEqual({ text, step: expect.stringMatching(/preceding|container/) });
  });

  it('5: one label over several controls (a range) labels each of them', () => {
    const html = `<div class="form-item"><div class="form-item__label">起止时间</div><div class="ctl"><div><input name="a"></div><span>-</span><div><input data-x></div></div></div>`;
    expect(labelOf(html)).toEqual({ text: '起止时间', step: 'container' });
  });

  it('5: a container with two labels labels none of its controls', () => {
    expect(
      labelOf(
        `<div class="form-row"><label class="l">城市</label><label class="l">区县</label><input data-x><input></div>`,
      ).step,
    ).not.toBe('container');
  });

  it('6: tables: the cell on the left, else the header cell above', () => {
    expect(labelOf(`<table><tr><td>姓名</td><td><input></td></tr></table>`)).toEqual({
      text: '姓名',
      step: 'table',
    });
    const grid = `<table><thead><tr><th>学校</th><th>专业</th></tr></thead><tbody>
      <tr><td><input name="s1"></td><td><input name="m1"></td></tr><tr><td><input name="s2"></td><td><input data-x></td></tr></tbody></table>`;
    expect(labelOf(grid)).toEqual({ text: '专业', step: 'table' });
  });

  it('6: an el-table drawn as two tables: the header table names the body’s columns, past the row number', () => {
    const table = `<div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr>
        <th><div class="cell">序号</div></th><th><div class="cell">起止时间</div></th><th><div class="cell">毕业院校</div></th>
      </tr></thead></table></div><div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap">
      <div class="el-scrollbar__view"><table><tbody>
        <tr><td><div class="cell">1</div></td><td><input name="p1"></td><td><input name="s1"></td></tr>
        <tr><td><div class="cell">2</div></td><td><input data-x name="p2"></td><td><input name="s2"></td></tr>
      </tbody></table></div></div></div></div></div>`;
    expect(labelOf(table)).toEqual({ text: '起止时间', step: 'table' });
  });

  it('6: a label cell beside its box wins over a header rows above ("通讯地址 [ ] 邮政编码 [ ]")', () => {
    const form = `<table><tr><td colspan="2">手机号码</td><td>电子邮箱</td></tr>
      <tr><td colspan="2"><input name="p"></td><td><input name="e"></td></tr>
      <tr><td>通讯地址</td><td><input data-x></td><td>邮政编码</td></tr></table>`;
    expect(labelOf(form)).toEqual({ text: '通讯地址', step: 'table' });
  });

  it('6: DD takes its DT', () => {
    expect(labelOf(`<dl><dt>现居城市</dt><dd><input></dd></dl>`)).toEqual({
      text: '现居城市',
      step: 'table',
    });
  });

  it('7/8: placeholder, then title, as weak fallbacks', () => {
    expect(labelOf(`<input placeholder="请输入邮箱">`)).toEqual({ text: '请输入邮箱', step: 'placeholder' });
    expect(labelOf(`<input title="Website">`)).toEqual({ text: 'Website', step: 'title' });
    expect(labelOf(`<input>`)).toEqual({ text: '', step: 'none' });
  });
});

describe('cleaning', () => {
  it('strips required markers, colons and (required) notes, collapses whitespace', () => {
    expect(labelOf(`<label for="a">  * 手机   号码 ：</label><input id="a">`).text).toBe('手机 号码');
    expect(labelOf(`<label for="a">Email (required)</label><input id="a">`).text).toBe('Email');
    expect(labelOf(`<label for="a">邮箱（必填）</label><input id="a">`).text).toBe('邮箱');
    expect(labelOf(`<label for="a">Phone<span aria-hidden="true">*</span></label><input id="a">`).text).toBe(
      'Phone',
    );
  });

  it('rejects marker-only labels and keeps looking', () => {
    expect(labelOf(`<div>学校</div><span>*</span><input>`).text).toBe('学校');
    expect(labelOf(`<label for="a">*:</label><input id="a" placeholder="GPA">`).text).toBe('GPA');
  });

  it('rejects a whole container’s text as a label', () => {
    const long = '请仔细阅读以下说明：'.repeat(12);
    expect(labelOf(`<p>${long}</p><input placeholder="备注">`).text).toBe('备注');
  });
});

describe('group label', () => {
  it('the question around a part box: container label, else the fieldset legend', () => {
    document.body.innerHTML = `<div class="form-item"><label>From</label><div><input id="m" aria-label="Month"><input aria-label="Year"></div></div>
      <fieldset><legend>Pronouns</legend><label><input type="checkbox" id="c">she/her</label></fieldset>`;
    expect(findGroupLabel(document.getElementById('m')!)).toBe('From');
    expect(findGroupLabel(document.getElementById('c')!)).toBe('Pronouns');
  });
});

describe('a question line above a label-less form item (join.qq.com: .subtitle over el-form-item)', () => {
  // The Element Plus markup around one control, with the site's own question line before the item.
  const ITEM = (control: string) =>
    `<div class="el-col send_item"><div class="subtitle"><i>*</i>起止时间</div>` +
    `<div class="el-form-item"><div class="el-form-item__content">${control}</div></div></div>`;

  it('labels a text input five wrappers down', () => {
    document.body.innerHTML =
      `<div class="el-col send_item"><div class="subtitle"><i>*</i>学校名称</div>` +
      `<div class="el-form-item"><div class="el-form-item__content"><div class="el-input">` +
      `<div class="el-input__wrapper"><input id="s" class="el-input__inner" placeholder="请输入"></div>` +
      `</div></div></div></div>`;
    const el = document.getElementById('s')!;
    expect(findLabel(el, el, 'text')).toMatchObject({ text: '学校名称', step: 'preceding' });
  });

  it('gives a start box, an end box and a 至今 box the line as their question, not the option text', () => {
    document.body.innerHTML = ITEM(
      `<div class="period"><div class="el-date-editor"><input id="from" placeholder="开始日期"></div>` +
        `<span>至</span><div class="el-date-editor"><input id="to" placeholder="结束日期"></div>` +
        `<label class="el-checkbox"><span class="el-checkbox__input"><input id="now" type="checkbox"></span>` +
        `<span class="el-checkbox__label">至今</span></label></div>`,
    );
    const from = document.getElementById('from')!.parentElement!;
    // The checkbox's own text is its label, never the item's question for the date boxes.
    expect(findLabel(from.querySelector('input')!, from, 'date-picker').text).toBe('开始日期');
    expect(findGroupLabel(from)).toBe('起止时间');
    expect(findGroupLabel(document.getElementById('now')!)).toBe('起止时间');
  });
});

describe('adornments and floating labels', () => {
  it('an input group’s +86 prefix is not the label; the form item’s label is', () => {
    const antd = `<div class="ant-form-item"><div class="ant-form-item-label"><label>手机号码</label></div>
      <div class="ant-form-item-control"><span class="ant-input-group-wrapper"><span class="ant-input-wrapper ant-input-group">
      <span class="ant-input-group-addon">+86</span><input data-x></span></span></div></div>`;
    expect(labelOf(antd).text).toBe('手机号码');
    const element = `<div class="el-form-item"><label class="el-form-item__label">Mobile</label><div class="el-form-item__content">
      <div class="el-input el-input-group"><div class="el-input-group__prepend">+86</div><input data-x></div></div></div>`;
    expect(labelOf(element).text).toBe('Mobile');
    const bootstrap = `<div class="mb-3"><label>Phone</label><div class="input-group"><span class="input-group-text">+1</span><input data-x></div></div>`;
    expect(labelOf(bootstrap).text).toBe('Phone');
    const bare = `<div><span>Mobile</span><div><span>+86</span><input data-x></div></div>`;
    expect(labelOf(bare).text).toBe('Mobile');
  });

  it('a label after the box in its own wrapper (Material floating label)', () => {
    expect(labelOf(`<div class="wrap"><input data-x placeholder=" "><label>Last name</label></div>`)).toEqual(
      {
        text: 'Last name',
        step: 'floating',
      },
    );
  });

  it('a label after the box is never the next question’s', () => {
    const html = `<div><input data-x><label>Email</label><input></div>`;
    expect(labelOf(html).text).not.toBe('Email');
  });
});
