import { afterEach, describe, expect, it } from 'vitest';
import { createSectionFinder } from '~/lib/fill/describe/find-section';

/** The section heading of every input on the page, in order. */
function sections(html: string): Array<string | undefined> {
  document.body.innerHTML = html;
  const find = createSectionFinder();
  return Array.from(document.querySelectorAll('input')).map((el) =>
    find(el, el.getAttribute('data-label') ?? ''),
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('section headings', () => {
  it('the nearest preceding heading, walking up and back', () => {
    expect(
      sections(`<form><h2>基本信息</h2><label>姓名<input></label>
        <section><h2>教育经历</h2><div class="row"><div><label>学校<input></label></div></div></section>
        <section><h2>工作经历</h2><label>公司<input></label></section></form>`),
    ).toEqual(['基本信息', '教育经历', '工作经历']);
  });

  it("a table's column headers (Element Plus el-table, antd thead) are not its section", () => {
    expect(
      sections(`<div class="bm-section"><div class="bm-section__head"><span class="bm-section__title">六、家庭主要成员</span></div>
        <div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr><th><div class="cell">姓名</div></th>
        <th><div class="cell">工作单位及职务</div></th></tr></thead></table></div>
        <div class="el-table__body-wrapper"><table><tbody><tr><td><input></td><td><input></td></tr></tbody></table></div></div></div>`),
    ).toEqual(['六、家庭主要成员', '六、家庭主要成员']);
  });

  it('a fieldset legend heads its fields; the next fieldset is a new section', () => {
    expect(
      sections(`<fieldset><legend>Emergency contact</legend><label>Name<input></label></fieldset>
        <fieldset><legend>Education</legend><label>School<input></label></fieldset>`),
    ).toEqual(['Emergency contact', 'Education']);
  });

  it('class-named titles count (Moka blockTitle, a header bar with an Add button), role=heading too', () => {
    expect(
      sections(`<div class="apply-block-1a2B3"><div class="blockTitle-9x8Y7">实习经历</div><div class="apply-fields-x"><input></div></div>
        <div class="card"><div class="card-header"><span>项目经历</span><button type="button">添加</button></div><input></div>
        <div role="heading" aria-level="3">家庭成员</div><input>`),
    ).toEqual(['实习经历', '项目经历', '家庭成员']);
  });

  it('a field’s own title label is not a section heading', () => {
    expect(
      sections(
        `<h3>个人信息</h3><div class="apply-field-1a"><div class="title-2b">姓名</div><div class="control"><input data-label="姓名"></div></div>`,
      ),
    ).toEqual(['个人信息']);
  });

  it('entry titles (第1段, Entry 2) give way to the section heading', () => {
    expect(
      sections(
        `<h2>教育经历</h2><div class="entry"><h4>第1段</h4><input></div><div class="entry"><h4>#2</h4><input></div>`,
      ),
    ).toEqual(['教育经历', '教育经历']);
  });

  it('a previous section with controls does not lend its heading to an untitled one', () => {
    expect(sections(`<div><div><h3>紧急联系人</h3><input></div><div><input></div></div>`)).toEqual([
      '紧急联系人',
      undefined,
    ]);
  });

  it('a heading outside an open shadow root heads the fields inside it', () => {
    document.body.innerHTML = `<h2>Education</h2><div id="host"></div>`;
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><label>School<input></label></div>`;
    expect(createSectionFinder()(root.querySelector('input')!, 'School')).toBe('Education');
  });

  it("a field's own question line is not its section, even when it looks like a title", () => {
    document.body.innerHTML = `<div class="send_box"><div class="send_title">项目经历</div>
      <div class="send_item"><div class="subtitle">起止时间</div><div class="item">
      <input id="from" placeholder="开始日期"><input placeholder="结束日期"></div></div></div>`;
    const from = document.getElementById('from')!;
    expect(createSectionFinder()(from, '开始日期', '起止时间')).toBe('项目经历');
    // Without the group label the line would stand in for the section.
    expect(createSectionFinder()(from, '开始日期')).toBe('起止时间');
  });

  it('no heading at all gives undefined', () => {
    expect(sections(`<form><label>姓名<input></label></form>`)).toEqual([undefined]);
  });
});

describe('table forms', () => {
  it('a row with a single spanning cell heads the rows below it', () => {
    expect(
      sections(`<table><tr><td colspan="4">一、基本信息</td></tr><tr><td>姓名</td><td><input></td></tr>
        <tr><td class="bt" colspan="4">二、教育经历（从最高学历填起）</td></tr><tr><td>学校</td><td><input></td></tr></table>`),
    ).toEqual(['一、基本信息', '二、教育经历（从最高学历填起）']);
  });
});

describe('table forms with a question in a full-width cell', () => {
  it('a single cell holding a control is a question, not a heading', () => {
    expect(
      sections(`<table><tr><td colspan="2">教育经历</td></tr><tr><td colspan="2">自我评价 <textarea></textarea></td></tr>
        <tr><td>备注</td><td><input></td></tr></table>`),
    ).toEqual(['教育经历']);
  });
});

describe('sections about other people, however they are titled', () => {
  it('antd and Element Plus card titles head the card body', () => {
    expect(
      sections(`<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-wrapper">
          <div class="ant-card-head-title">紧急联系人</div><div class="ant-card-extra"><a>添加</a></div></div></div>
          <div class="ant-card-body"><div class="ant-form-item"><label>姓名</label><input data-label="姓名"></div></div></div>
        <div class="el-card"><div class="el-card__header"><div class="card-header"><span>家庭成员</span></div></div>
          <div class="el-card__body"><div class="el-form-item"><label>电话</label><input data-label="电话"></div></div></div>`),
    ).toEqual(['紧急联系人', '家庭成员']);
  });

  it('a bold title line names a section only when its words say which', () => {
    expect(
      sections(`<div><p><strong>证明人</strong></p><div class="row"><span>姓名</span><input data-label="姓名"></div></div>
        <div><div style="font-weight: 600">Emergency contact</div><label>Name <input data-label="Name"></label></div>
        <div><p>请<b>如实</b>填写</p><label>Name <input data-label="Name"></label></div>`),
    ).toEqual(['证明人', 'Emergency contact', undefined]);
  });

  it('the name of a role=group / region, from aria-labelledby or aria-label', () => {
    expect(
      sections(`<span id="ref-t">References</span><div role="group" aria-labelledby="ref-t"><label>Name <input data-label="Name"></label></div>
        <div role="region" aria-label="紧急联系人"><label>姓名 <input data-label="姓名"></label></div>`),
    ).toEqual(['References', '紧急联系人']);
  });

  it('the label of a question holding a list of fields (antd Form.List inside a Form.Item)', () => {
    expect(
      sections(`<div class="ant-form-item"><div class="ant-row"><div class="ant-col ant-form-item-label"><label>家庭主要成员</label></div>
          <div class="ant-col ant-form-item-control"><div class="ant-form-item"><label>姓名</label><input data-label="姓名"></div>
          <div class="ant-form-item"><label>电话</label><input data-label="电话"></div></div></div></div>
        <div class="ant-form-item"><div class="ant-col ant-form-item-label"><label>出生年月</label></div>
          <div class="ant-col ant-form-item-control"><select></select><input data-label="月"></div></div>`),
    ).toEqual(['家庭主要成员', '家庭主要成员', undefined]);
  });

  it('a table caption, and a first cell spanning the rows of its section only', () => {
    expect(
      sections(`<table><caption>家庭成员</caption><tr><th>姓名</th></tr><tr><td><input data-label="姓名"></td></tr></table>
        <table><tr><td rowspan="3"><b>紧急联系人</b></td><td>姓名</td><td><input data-label="姓名"></td></tr>
          <tr><td>电话</td><td><input data-label="电话"></td></tr><tr><td>关系</td><td><input data-label="关系"></td></tr>
          <tr><td>自我评价</td><td colspan="2"><input data-label="自我评价"></td></tr></table>`),
    ).toEqual(['家庭成员', '紧急联系人', '紧急联系人', '紧急联系人', undefined]);
  });

  it('an entry title inside another person’s section does not hide it; the next section governs its own', () => {
    expect(
      sections(`<section><h2>紧急联系人</h2><div class="item"><h4>第一位</h4><label>姓名<input data-label="姓名"></label></div></section>
        <section><h2>基本信息</h2><label>姓名<input data-label="姓名"></label></section>
        <section><h2>教育经历</h2><div><h4>学校信息</h4><label>学校<input data-label="学校"></label></div></section>`),
    ).toEqual(['紧急联系人', '基本信息', '学校信息']);
  });
});
