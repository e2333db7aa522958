// Collect + describe + classify on small realistic pages (happy-dom), the way run-fill uses them.
import { afterEach, describe, expect, it } from 'vitest';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { collectFields } from '~/lib/fill/collect/collect-fields';

function classified(html: string, lang?: 'zh' | 'en'): Array<[string, string | null]> {
  document.body.innerHTML = html;
  const fields = collectFields(document, lang ? { lang } : {});
  const out = classifyFields(fields);
  return fields.map((f) => {
    const c = out.get(f.id);
    return [f.label, c && c.confidence >= CONFIDENCE_BAR ? c.key + (c.part ? `:${c.part}` : '') : null];
  });
}

const opts = (values: string[]) => values.map((v) => `<option>${v}</option>`).join('');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('realistic snippets', () => {
  it('第二志愿 (a posting to pick, 请选择职位) is no job title; the 实习/工作经历 title is', () => {
    expect(
      classified(`<div><h3>申请信息</h3><p>每人最多可填报三个志愿，第一志愿为当前申请职位</p>
        <div class="field"><label>第二志愿</label><input placeholder="请选择职位"></div></div>
        <div><h3>实习/工作经历</h3><div class="field"><label>职位名称</label><input></div></div>
        <div><h3>志愿者经历</h3><div class="field"><label>担任职务</label><input></div></div>`),
    ).toEqual([
      ['第二志愿', null],
      ['职位名称', 'experience.title'],
      ['担任职务', null],
    ]);
  });

  it("'Education Level' in each education block is that entry's degree, not the highest", () => {
    const block = (
      n: number,
    ) => `<div class="edu-block"><div class="row"><label for="school${n}">School</label><input id="school${n}"></div>
      <div class="row"><label for="level${n}">Education Level</label><select id="level${n}"><option></option><option>Bachelor's Degree</option><option>Master's Degree</option></select></div></div>`;
    expect(classified(`<h2>Education</h2>${block(0)}${block(1)}`, 'en')).toEqual([
      ['School', 'education.school'],
      ['Education Level', 'education.degree'],
      ['School', 'education.school'],
      ['Education Level', 'education.degree'],
    ]);
  });

  it('项目描述 beside 项目职责: the summary and the duties; a box that asks alone keeps the whole project', () => {
    const block = (duty: boolean) =>
      `<div class="project-item"><div class="field"><label>项目名称</label><input></div>
      <div class="field"><label>项目描述</label><textarea></textarea></div>${duty ? '<div class="field"><label>项目职责</label><textarea></textarea></div>' : ''}</div>`;
    expect(classified(`<h2>项目经历</h2>${block(true)}${block(true)}`, 'zh')).toEqual([
      ['项目名称', 'projects.name'],
      ['项目描述', 'projects.summary'],
      ['项目职责', 'projects.duties'],
      ['项目名称', 'projects.name'],
      ['项目描述', 'projects.summary'],
      ['项目职责', 'projects.duties'],
    ]);
    expect(classified(`<h2>项目经历</h2>${block(false)}${block(false)}`, 'zh')).toEqual([
      ['项目名称', 'projects.name'],
      ['项目描述', 'projects.description'],
      ['项目名称', 'projects.name'],
      ['项目描述', 'projects.description'],
    ]);
  });

  it('one question in two boxes with no known split is left alone; 固定电话 is not the mobile', () => {
    expect(
      classified(
        `<div class="form-item"><label>专业排名：</label><div class="item-ctrl"><input name="rankNo" placeholder="名次"><span>/</span><input name="rankTotal" placeholder="总人数"></div></div>
        <div class="form-item"><label>固定电话：</label><input name="baseInfo.telephone"></div>`,
        'zh',
      ),
    ).toEqual([
      ['专业排名', null],
      ['专业排名', null],
      ['固定电话', null],
    ]);
  });

  it('a table-layout form: label in the left cell', () => {
    expect(
      classified(`<table class="form"><tr><td class="lbl">姓\u3000名：</td><td><input name="xm"></td><td>性\u3000别：</td><td><select><option>男</option><option>女</option></select></td></tr>
        <tr><td>手机号码：</td><td><input name="sj"></td><td>电子邮箱：</td><td><input name="yx"></td></tr>
        <tr><td>毕业院校：</td><td><input></td><td>所学专业：</td><td><input></td></tr></table>`),
    ).toEqual([
      ['姓 名', 'name.full'],
      ['性 别', null],
      ['手机号码', 'phone'],
      ['电子邮箱', 'email'],
      ['毕业院校', 'education.school'],
      ['所学专业', 'education.major'],
    ]);
  });

  it('a table with a header row above: each row is an entry', () => {
    const out =
      classified(`<h3>工作经历</h3><table><thead><tr><th>公司名称</th><th>职位</th><th>开始时间</th><th>结束时间</th></tr></thead>
      <tbody><tr><td><input></td><td><input></td><td><input type="month"></td><td><input type="month"></td></tr>
      <tr><td><input></td><td><input></td><td><input type="month"></td><td><input type="month"></td></tr></tbody></table>`);
    expect(out.slice(0, 4)).toEqual([
      ['公司名称', 'experience.company'],
      ['职位', 'experience.title'],
      ['开始时间', 'experience.start'],
      ['结束时间', 'experience.end'],
    ]);
    expect(out.slice(4)).toEqual(out.slice(0, 4));
  });

  it('a div layout with label[for]', () => {
    expect(
      classified(
        `<div class="row"><label for="n">Full name</label><input id="n"></div>
        <div class="row"><label for="e">Email</label><input id="e" type="email"></div>
        <div class="row"><label for="l">LinkedIn URL</label><input id="l"></div>`,
        'en',
      ),
    ).toEqual([
      ['Full name', 'name.full'],
      ['Email', 'email'],
      ['LinkedIn URL', 'linkedin'],
    ]);
  });

  it('placeholder-only inputs', () => {
    expect(
      classified(
        `<input placeholder="请输入姓名"><input placeholder="请输入手机号"><input placeholder="请输入邮箱">`,
      ),
    ).toEqual([
      ['请输入姓名', 'name.full'],
      ['请输入手机号', 'phone'],
      ['请输入邮箱', 'email'],
    ]);
  });

  it('aria-labelledby', () => {
    expect(
      classified(
        `<span id="q1">What is your current company?</span><input aria-labelledby="q1">
        <span id="q2">GitHub</span><span id="q3">profile</span><input aria-labelledby="q2 q3">`,
        'en',
      ),
    ).toEqual([
      ['What is your current company?', 'currentCompany'],
      ['GitHub profile', 'github'],
    ]);
  });

  it('an antd-style form item and an Element Plus form item', () => {
    expect(
      classified(`<form class="ant-form"><div class="ant-form-item"><div class="ant-form-item-label"><label for="school" class="ant-form-item-required">学校名称</label></div>
        <div class="ant-form-item-control"><div class="ant-form-item-control-input"><input id="school" class="ant-input"></div></div></div></form>
        <form class="el-form"><div class="el-form-item is-required"><label class="el-form-item__label" for="m">专业</label>
        <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input id="m" class="el-input__inner"></div></div></div></div></form>`),
    ).toEqual([
      ['学校名称', 'education.school'],
      ['专业', 'education.major'],
    ]);
  });

  it('a fieldset with a legend decides what Name and Start date mean', () => {
    expect(
      classified(
        `<fieldset><legend>Projects</legend><label>Name<input></label><label>Start date<input type="month"></label>
        <label>Description<textarea></textarea></label></fieldset>`,
        'en',
      ),
    ).toEqual([
      ['Name', 'projects.name'],
      ['Start date', 'projects.start'],
      ['Description', 'projects.description'],
    ]);
  });

  it('an emergency-contact section: 姓名 / 电话 / 关系 are not the applicant’s', () => {
    expect(
      classified(`<h3>基本信息</h3><label>姓名<input></label><label>电话<input></label>
        <h3>紧急联系人</h3><label>姓名<input></label><label>电话<input></label><label>关系<input></label>`),
    ).toEqual([
      ['姓名', 'name.full'],
      ['电话', 'phone'],
      ['姓名', null],
      ['电话', null],
      ['关系', null],
    ]);
  });

  it('a statement the applicant signs: its Name is a signature, left to them', () => {
    expect(
      classified(
        `<h3>Personal information</h3><label>Name<input></label>
        <h4>Candidate privacy notice (GDPR)</h4><label><input type="checkbox"> I have read the notice</label>
        <label>Name<input></label><label>Date<input type="date"></label>`,
        'en',
      ),
    ).toEqual([
      ['Name', 'name.full'],
      ['I have read the notice', null],
      ['Name', null],
      ['Date', null],
    ]);
    expect(
      classified(`<h3>基本信息</h3><label>姓名<input></label><h3>诚信承诺</h3><label>姓名<input></label>`),
    ).toEqual([
      ['姓名', 'name.full'],
      ['姓名', null],
    ]);
  });

  it('a honeypot is skipped; the real field is kept', () => {
    expect(
      classified(
        `<label>Email<input name="email" type="email"></label>
        <div style="position:absolute;left:-10000px"><label>Leave this empty<input name="email_confirm_hp"></label></div>`,
        'en',
      ),
    ).toEqual([['Email', 'email']]);
  });

  it('react-phone-input-2: a box holding +1 and its flag button after it; the box takes the whole number', () => {
    const rows = classified(
      `<div class="field"><div class="react-tel-input"><div class="special-label">Phone number</div>
        <input class="form-control" type="tel" value="+1" placeholder="+1 (702) 123-4567">
        <div class="flag-dropdown"><div class="selected-flag" role="button" aria-haspopup="listbox"
          title="United States: + 1" tabindex="0"><div class="flag us"></div></div></div></div></div>`,
      'en',
    );
    expect(rows.filter(([, key]) => key)).toEqual([['Phone number', 'phone']]);
  });

  it('a tag input is not where the skills paragraph goes (it would become one tag)', () => {
    const rows = classified(
      `<div class="item"><label for="t">技能标签</label><div class="ud__tag-input"><input id="t" class="ud__tag-input__input"></div></div>
       <div class="item"><label for="s">专业技能</label><textarea id="s"></textarea></div>`,
      'zh',
    );
    expect(rows).toEqual([
      ['技能标签', null],
      ['专业技能', 'skills'],
    ]);
  });

  it('a radio group and a select of degrees classified by its options', () => {
    expect(
      classified(`<h3>教育经历</h3><div class="q"><span>是否全日制</span><label><input type="radio" name="ft">是</label><label><input type="radio" name="ft">否</label></div>
        <div class="q"><span>学历层次</span><select>${opts(['请选择', '大专', '本科', '硕士', '博士'])}</select></div>
        <div class="q"><select>${opts(['本科', '硕士', '博士'])}</select></div>`),
    ).toEqual([
      ['是否全日制', 'education.fullTime'],
      ['学历层次', 'education.degree'],
      ['', 'education.degree'],
    ]);
  });

  it('a 报名表 range whose each end is a year select and a month select, 至 between', () => {
    const years = opts(['--', ...Array.from({ length: 30 }, (_, i) => String(2026 - i))]);
    const months = opts(['--', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
    const end = `<span class="ym"><select>${years}</select>年<select>${months}</select>月</span>`;
    expect(
      classified(`<table><tr><td rowspan="2">主要学习经历</td><td colspan="2">起止时间</td><td>院校</td></tr>
        <tr><td colspan="2">${end}<br>至 ${end}</td><td><input aria-label="毕业院校"></td></tr></table>`),
    ).toEqual([
      ['起止时间', 'education.start:year'],
      ['年', 'education.start:month'],
      ['起止时间', 'education.end:year'],
      ['年', 'education.end:month'],
      ['毕业院校', 'education.school'],
    ]);
  });

  it('split year/month selects', () => {
    const years = opts(Array.from({ length: 40 }, (_, i) => `${2010 - i}年`));
    const months = opts(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(
      classified(`<div class="form-item"><label>出生年月</label><select>${years}</select><select>${months}</select></div>
        <h3>教育经历</h3><div class="form-item"><label>毕业时间</label><select>${opts(Array.from({ length: 10 }, (_, i) => String(2030 - i)))}</select><select>${months}</select></div>`),
    ).toEqual([
      ['出生年月', 'birth:year'],
      ['出生年月', 'birth:month'],
      ['毕业时间', 'education.end:year'],
      ['毕业时间', 'education.end:month'],
    ]);
  });

  it('a section with two education blocks: same keys, different blocks', () => {
    const block = `<div class="edu-card"><div class="form-item"><label>学校</label><input></div><div class="form-item"><label>专业</label><input></div>
      <div class="form-item"><label>起止时间</label><input><span>至</span><input></div><div class="form-item"><label>描述</label><textarea></textarea></div></div>`;
    document.body.innerHTML = `<h2>教育经历</h2>${block}${block}<button type="button">添加教育经历</button>`;
    const fields = collectFields(document);
    const out = classifyFields(fields);
    const keys = fields.map((f) => out.get(f.id)?.key);
    expect(keys.slice(0, 5)).toEqual([
      'education.school',
      'education.major',
      'education.start',
      'education.end',
      'education.description',
    ]);
    expect(keys.slice(5)).toEqual(keys.slice(0, 5));
    expect(fields[0]!.block).toBe(fields[4]!.block);
    expect(fields[5]!.block).toBe(fields[9]!.block);
    expect(fields[0]!.block).not.toBe(fields[5]!.block);
  });
});

describe('site-shaped pages', () => {
  it('Lever: full name, contact, current company, links, EEO and pronouns', () => {
    expect(
      classified(
        `<form id="application-form"><ul>
        <li class="application-question"><label><div class="application-label">Full name<span class="required">✱</span></div>
          <div class="application-field"><input name="name" type="text" data-qa="name-input"></div></label></li>
        <li class="application-question"><label><div class="application-label">Email</div><div class="application-field"><input name="email" type="email"></div></label></li>
        <li class="application-question"><label><div class="application-label">Phone</div><div class="application-field"><input name="phone"></div></label></li>
        <li class="application-question"><label><div class="application-label">Current location</div><div class="application-field"><input name="location" id="location-input"></div></label></li>
        <li class="application-question"><label><div class="application-label">Current company</div><div class="application-field"><input name="org"></div></label></li>
        <li class="application-question"><label><div class="application-label">GitHub URL</div><div class="application-field"><input name="urls[GitHub]"></div></label></li>
        <li class="application-question"><label><div class="application-label">Twitter URL</div><div class="application-field"><input name="urls[Twitter]"></div></label></li>
        <li class="application-question"><label><div class="application-label">Gender</div><div class="application-field"><select name="eeo[gender]"><option value="">Select ...</option><option>Female</option></select></div></label></li>
        </ul></form>`,
        'en',
      ),
    ).toEqual([
      ['Full name', 'name.full'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['Current location', 'location'],
      ['Current company', 'currentCompany'],
      ['GitHub URL', 'github'],
      ['Twitter URL', null],
      ['Gender', null],
    ]);
  });

  it('Greenhouse: names by autocomplete, a react-select degree, the legacy education ids', () => {
    expect(
      classified(
        `<form id="application-form"><div class="field-wrapper"><label id="first_name-label" for="first_name">First Name<span aria-hidden="true">*</span></label>
          <input id="first_name" class="input" aria-required="true" autocomplete="given-name"></div>
        <div class="field-wrapper"><label for="last_name">Last Name</label><input id="last_name" autocomplete="family-name"></div>
        <div class="field-wrapper"><label for="preferred_name">Preferred First Name</label><input id="preferred_name"></div>
        <div class="education"><h3>Education</h3>
          <div class="select"><div class="select__container"><label id="school--0-label" class="select__label">School</label>
            <div class="select-shell"><div class="select__control"><div class="select__value-container"><div class="select__placeholder">Select...</div>
              <div class="select__input-container"><input id="school--0" class="select__input" role="combobox" aria-labelledby="school--0-label"></div></div></div></div>
            <input required aria-hidden="true" tabindex="-1" value=""></div></div>
          <div class="field-wrapper"><label for="start-year--0">Start date year</label><input id="start-year--0"></div></div></form>`,
        'en',
      ),
    ).toEqual([
      ['First Name', 'name.given'],
      ['Last Name', 'name.family'],
      ['Preferred First Name', null],
      ['School', 'education.school'],
      ['Start date year', 'education.start:year'],
    ]);
  });

  it('Moka: hashed classes, block titles, a 推荐码 that must stay empty', () => {
    expect(
      classified(`<div class="apply-block-1Ab2C"><div class="blockTitle-3De4F">个人信息</div><div class="apply-fields-5Gh6I">
          <div class="apply-field-7Jk8L string_info-9Mn0O"><div class="title-1Pq2R">姓名<span class="required-asterisk-3St4U"></span></div><div><input class="sd-Input-input-1WaF0"></div></div>
          <div class="apply-field-7Jk8L string_info-9Mn0O"><div class="title-1Pq2R">手机号码</div><div><input class="sd-Input-input-1WaF0"></div></div></div></div>
        <div class="apply-block-1Ab2C"><div class="blockTitle-3De4F">申请信息</div><div class="apply-fields-5Gh6I">
          <div class="apply-field-7Jk8L string_info-9Mn0O"><div class="title-1Pq2R">推荐码</div><div><input class="sd-Input-input-1WaF0"></div></div></div></div>`),
    ).toEqual([
      ['姓名', 'name.full'],
      ['手机号码', 'phone'],
      ['推荐码', null],
    ]);
  });
});
