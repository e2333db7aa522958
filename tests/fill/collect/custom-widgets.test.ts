// Component-library widgets, written after the DOM antd 6, Element Plus 2 and react-select 5 render
// (checked in Chromium); the markup is trimmed to the structure the collector relies on.
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';

const collect = (html: string) => {
  document.body.innerHTML = html;
  return collectFields(document);
};
const summary = (html: string) => collect(html).map((f) => [f.widget, f.label, f.currentValue, f.el.tagName]);

afterEach(() => {
  document.body.innerHTML = '';
});

const antdItem = (label: string, id: string, control: string) => `
  <div class="ant-form-item"><div class="ant-row ant-form-item-row">
    <div class="ant-col ant-form-item-label"><label for="${id}" title="${label}">${label}</label></div>
    <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input">
      <div class="ant-form-item-control-input-content">${control}</div></div></div></div></div>`;

describe('Ant Design', () => {
  it('antd 6 select: the combobox input is the element; placeholder means empty, the content text is the value', () => {
    const rows = summary(
      antdItem(
        '学历',
        'degree',
        `<div class="ant-select ant-select-single"><div class="ant-select-content"><div class="ant-select-placeholder">请选择</div>
          <input id="degree" readonly role="combobox" aria-haspopup="listbox" autocomplete="new-password" class="ant-select-input"></div></div>`,
      ) +
        antdItem(
          '学位',
          'degree2',
          `<div class="ant-select ant-select-show-search"><div class="ant-select-content ant-select-content-has-value" title="硕士">硕士<input id="degree2" role="combobox" class="ant-select-input"></div></div>`,
        ),
    );
    expect(rows).toEqual([
      ['combobox', '学历', '', 'INPUT'],
      ['combobox', '学位', '硕士', 'INPUT'],
    ]);
  });

  it('antd 5 select shows the value in .ant-select-selection-item', () => {
    const rows = summary(
      antdItem(
        '城市',
        'city',
        `<div class="ant-select"><div class="ant-select-selector"><span class="ant-select-selection-search">
          <input id="city" role="combobox" readonly class="ant-select-selection-search-input"></span>
          <span class="ant-select-selection-item" title="杭州">杭州</span></div></div>`,
      ),
    );
    expect(rows).toEqual([['combobox', '城市', '杭州', 'INPUT']]);
  });

  it('date and range pickers are date-picker widgets labelled by the form item', () => {
    const fields = collect(
      antdItem(
        '出生日期',
        'birth',
        `<div class="ant-picker"><div class="ant-picker-input"><input id="birth" placeholder="Select month"></div></div>`,
      ) +
        antdItem(
          '起止时间',
          'range',
          `<div class="ant-picker ant-picker-range"><div class="ant-picker-input ant-picker-input-start"><input id="range" placeholder="Start month"></div>
           <div class="ant-picker-range-separator"><span aria-hidden="true">→</span></div>
           <div class="ant-picker-input ant-picker-input-end"><input placeholder="End month"></div></div>`,
        ),
    );
    expect(fields.map((f) => [f.widget, f.label])).toEqual([
      ['date-picker', '出生日期'],
      ['date-picker', '起止时间'],
      ['date-picker', '起止时间'],
    ]);
  });

  it('a radio group labelled through label[for] pointing at the group div', () => {
    const [field] = collect(
      antdItem(
        '性别',
        'sex',
        `<div role="radiogroup" class="ant-radio-group" id="sex">
          <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" name="sex" value="男" class="ant-radio-input"></span><span>男</span></label>
          <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" name="sex" value="女" class="ant-radio-input"></span><span>女</span></label></div>`,
      ),
    );
    expect([field!.widget, field!.label, field!.options!.map((o) => o.label)]).toEqual([
      'radio-group',
      '性别',
      ['男', '女'],
    ]);
    expect(field!.el.getAttribute('role')).toBe('radiogroup');
  });
});

describe('Element Plus', () => {
  const epItem = (label: string, id: string, control: string) => `
    <div class="el-form-item"><label id="${id}-l" for="${id}" class="el-form-item__label">${label}</label>
      <div class="el-form-item__content">${control}</div></div>`;

  it('select: readonly combobox input; .el-select__placeholder is the value unless is-transparent', () => {
    const select = (id: string, shown: string, empty: boolean) => `
      <div class="el-select"><div class="el-select__wrapper"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper is-hidden">
          <input id="${id}" class="el-select__input" role="combobox" readonly aria-haspopup="listbox"></div>
        <div class="el-select__selected-item el-select__placeholder${empty ? ' is-transparent' : ''}"><span>${shown}</span></div>
      </div></div></div>`;
    const fields = collect(
      epItem('学历', 'a', select('a', '请选择', true)) + epItem('学位', 'b', select('b', '硕士', false)),
    );
    expect(fields.map((f) => [f.widget, f.label, f.currentValue, f.hints.placeholder])).toEqual([
      ['combobox', '学历', '', '请选择'],
      ['combobox', '学位', '硕士', undefined],
    ]);
  });

  it('month picker (combobox with a dialog popup) and monthrange are date pickers', () => {
    const fields = collect(
      epItem(
        '出生年月',
        'b',
        `<div class="el-input el-date-editor el-date-editor--month"><div class="el-input__wrapper">
          <input id="b" class="el-input__inner" role="combobox" aria-haspopup="dialog" placeholder="选择月份"></div></div>`,
      ) +
        epItem(
          '起止时间',
          'r',
          `<div class="el-date-editor el-date-editor--monthrange el-range-editor">
            <input id="r" class="el-range-input" role="combobox" aria-haspopup="dialog" placeholder="开始月份">
            <span class="el-range-separator">-</span>
            <input class="el-range-input" role="combobox" aria-haspopup="dialog" placeholder="结束月份"></div>`,
        ),
    );
    expect(fields.map((f) => [f.widget, f.label])).toEqual([
      ['date-picker', '出生年月'],
      ['date-picker', '起止时间'],
      ['date-picker', '起止时间'],
    ]);
  });

  it('a readonly input inside .el-cascader is a combobox showing its input value', () => {
    const [field] = collect(
      epItem(
        '现居城市',
        'c',
        `<div class="el-cascader"><div class="el-input"><div class="el-input__wrapper">
          <input id="c" class="el-input__inner" readonly value="浙江 / 杭州" placeholder="Select"></div></div></div>`,
      ),
    );
    expect([field!.widget, field!.label, field!.currentValue]).toEqual([
      'combobox',
      '现居城市',
      '浙江 / 杭州',
    ]);
  });

  it('radio group labelled by aria-labelledby', () => {
    const [field] = collect(
      epItem(
        '性别',
        'g',
        `<div class="el-radio-group" role="radiogroup" aria-labelledby="g-l">
          <label class="el-radio"><span class="el-radio__input"><input class="el-radio__original" type="radio" name="x1" value="m"></span><span class="el-radio__label">男</span></label>
          <label class="el-radio"><span class="el-radio__input"><input class="el-radio__original" type="radio" name="x1" value="f"></span><span class="el-radio__label">女</span></label></div>`,
      ),
    );
    expect([field!.widget, field!.label, field!.options!.map((o) => o.label)]).toEqual([
      'radio-group',
      '性别',
      ['男', '女'],
    ]);
  });
});

describe('react-select', () => {
  it('with classNamePrefix: label by aria-labelledby, value from .select__single-value, placeholder empty', () => {
    const control = (value: string) => `
      <div class="select__control"><div class="select__value-container">${value}
        <div class="select__input-container"><input class="select__input" id="react-select-2-input" role="combobox" aria-labelledby="lbl"></div>
      </div><div class="select__indicators"></div></div>`;
    const empty = summary(
      `<label id="lbl">Degree</label>${control('<div class="select__placeholder">Select...</div>')}`,
    );
    expect(empty).toEqual([['combobox', 'Degree', '', 'INPUT']]);
    const chosen = summary(
      `<label id="lbl">Degree</label>${control('<div class="select__single-value">Bachelor\'s</div>')}`,
    );
    expect(chosen).toEqual([['combobox', 'Degree', "Bachelor's", 'INPUT']]);
  });

  it('with emotion class names only, found by the react-select input id', () => {
    const rows = summary(`<div class="field"><label>School</label><div class="css-b62m3t-container">
      <span class="css-7pg0cj-a11yText" aria-live="polite">option Peking University, selected.</span>
      <div class="css-13cymwt-control"><div class="css-hlgwow"><div class="css-1dimb5e-singleValue">Peking University</div>
        <div class="css-19bb58m"><input id="react-select-3-input" class="" role="combobox"></div></div></div></div></div>`);
    expect(rows).toEqual([['combobox', 'School', 'Peking University', 'INPUT']]);
  });

  it('the hidden required proxy input is not a field', () => {
    const fields =
      collect(`<label id="l2">Country</label><div class="select__control"><div class="select__value-container">
      <input class="select__input" role="combobox" aria-labelledby="l2"></div></div>
      <input required aria-hidden="true" tabindex="-1" class="requiredInput" value="">`);
    expect(fields).toHaveLength(1);
  });
});

describe('ARIA widgets', () => {
  it('an ARIA 1.1 combobox wrapper: the text input inside is the element', () => {
    const rows = summary(
      `<label id="cl">Location</label><div role="combobox" aria-labelledby="cl" aria-expanded="false"><input type="text" aria-autocomplete="list"></div>`,
    );
    expect(rows).toEqual([['combobox', 'Location', '', 'INPUT']]);
  });

  it('a div[role=combobox] without an input shows its text', () => {
    const rows = summary(
      `<label id="dl">Degree</label><div role="combobox" tabindex="0" aria-labelledby="dl">Master's Degree</div>`,
    );
    expect(rows).toEqual([['combobox', 'Degree', "Master's Degree", 'DIV']]);
  });

  it("a listbox button (Workday): 'Select One' is empty, a chosen text is the value", () => {
    const rows =
      summary(`<div data-automation-id="formField-degree"><label for="education-1--degree">Degree</label>
        <button id="education-1--degree" aria-haspopup="listbox" type="button">Select One</button></div>
      <div data-automation-id="formField-country"><label for="country--country">Country</label>
        <button id="country--country" aria-haspopup="listbox" type="button">China</button></div>
      <button type="button">Save and Continue</button>`);
    expect(rows).toEqual([
      ['listbox-button', 'Degree', '', 'BUTTON'],
      ['listbox-button', 'Country', 'China', 'BUTTON'],
    ]);
  });

  it('a readonly input is skipped unless it triggers a select or a picker', () => {
    const fields = collect(`<label>编号<input readonly value="A-1"></label>
      <div class="sd-Select-container-1WaF0"><input readonly placeholder="请选择"><span class="sd-Input-display-value-x8">本科</span></div>
      <div class="phoenix-calendar"><input readonly class="phoenix-calendar__input"></div>`);
    expect(fields.map((f) => [f.widget, f.currentValue])).toEqual([
      ['combobox', '本科'],
      ['date-picker', ''],
    ]);
  });

  it('bootstrap-datepicker: a readonly box in an `input-group date` with a calendar addon, or carrying data-date-format', () => {
    const fields = collect(`<table><tr><th>出生年月</th><td><div class="input-group date form_month">
        <input type="text" class="form-control" name="birthMonth" readonly placeholder="请选择">
        <span class="input-group-addon"><span class="glyphicon glyphicon-calendar"></span></span></div></td></tr>
      <tr><th>毕业时间</th><td><input class="form-control" name="gradMonth" readonly data-date-format="yyyy-mm"></td></tr>
      <tr><th>编号</th><td><div class="input-group"><input class="form-control" readonly value="A-1">
        <span class="input-group-addon">号</span></div></td></tr></table>`);
    expect(fields.map((f) => [f.widget, f.label])).toEqual([
      ['date-picker', '出生年月'],
      ['date-picker', '毕业时间'],
    ]);
  });

  it('a select inside a question wrapper whose class names its type (select_info) keeps the question as its label', () => {
    const field = (type: string, title: string, control: string) =>
      `<div class="apply-field-7bRt2 ${type}-8Kd1f"><div class="title-2wLq8"><span class="required-asterisk-4Pz6c"></span>${title}</div>${control}</div>`;
    const select = `<div class="sd-Select-container-2Vx9b"><div class="sd-Input-container-3Ty7u">
      <input class="sd-Input-input-1WaF0" readonly placeholder="请选择"><span class="sd-Input-display-value-6Gk1m"></span></div></div>`;
    const rows = summary(
      field('select_info', '最高学历', select) +
        field('bool_info', '是否接受调剂', select) +
        field(
          'string_info',
          '姓名',
          '<div class="sd-Input-container-3Ty7u"><input class="sd-Input-input-1WaF0"></div>',
        ),
    );
    expect(rows).toEqual([
      ['combobox', '最高学历', '', 'INPUT'],
      ['combobox', '是否接受调剂', '', 'INPUT'],
      ['text', '姓名', '', 'INPUT'],
    ]);
  });

  it('Tailwind utility classes named select-* are not widgets', () => {
    const fields = collect(
      `<div class="select-none"><input readonly value="x"></div><div class="select-none"><input name="n"></div>`,
    );
    expect(fields.map((f) => [f.widget, f.el.getAttribute('name')])).toEqual([['text', 'n']]);
  });

  it('an editable box inside a select that searches as you type (TDesign filterable t-select) is a combobox', () => {
    const fields = collect(`<label>学校<div class="t-select__wrap"><div class="t-select-input t-select">
      <div class="t-input__wrap"><div class="t-input"><input class="t-input__inner" placeholder="请输入学校名称搜索">
      </div></div></div></div></label>
      <label>城市<div class="city-autocomplete"><input name="city"></div></label>`);
    expect(fields.map((f) => [f.widget, f.label])).toEqual([
      ['combobox', '学校'],
      ['text', '城市'],
    ]);
  });
});

describe('radio groups drawn without radio inputs', () => {
  const item = (label: string, control: string) => `
    <div class="form-item form-item--phoenix"><div class="form-item__title"><label class="form-item__text">${label}</label></div>
      <div class="form-item__control">${control}</div></div>`;

  it('role=radiogroup with role=radio items: one group, options by text, checked by aria-checked', () => {
    const fields = collect(
      item(
        '是否全日制',
        `<div role="radiogroup"><div role="radio" aria-checked="false">是</div><div role="radio" aria-checked="true">否</div></div>`,
      ),
    );
    expect(fields.map((f) => [f.widget, f.label, f.currentValue])).toEqual([
      ['radio-group', '是否全日制', '否'],
    ]);
    expect(fields[0]!.options!.map((o) => o.label)).toEqual(['是', '否']);
  });

  it('a *radio-group container of *radio* items, no roles: checked by the class on the dot inside', () => {
    const fields = collect(
      item(
        '性别',
        `<div class="phoenix-radio-group">
          <div class="phoenix-radio-group__radioItem"><span class="phoenix-radio"></span><span class="phoenix-radio__radio-text">男</span></div>
          <div class="phoenix-radio-group__radioItem"><span class="phoenix-radio phoenix-radio--checked"></span><span class="phoenix-radio__radio-text">女</span></div>
        </div>`,
      ),
    );
    expect(fields.map((f) => [f.widget, f.label, f.currentValue])).toEqual([['radio-group', '性别', '女']]);
  });

  it('a radio-group component holding real radio inputs stays a native group', () => {
    const fields = collect(
      item(
        '性别',
        `<div class="el-radio-group" role="radiogroup"><label class="el-radio"><input type="radio" name="g" value="m">男</label><label class="el-radio"><input type="radio" name="g" value="f">女</label></div>`,
      ),
    );
    expect(fields).toHaveLength(1);
    expect(fields[0]!.options!.map((o) => o.el!.tagName)).toEqual(['INPUT', 'INPUT']);
  });
});
