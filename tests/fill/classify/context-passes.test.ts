import { afterEach, describe, expect, it } from 'vitest';
import { classifyFields } from '~/lib/fill/classify/classify-field';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import type { Classification, FieldDescription } from '~/lib/fill/types';

function run(
  html: string,
  lang?: 'zh' | 'en',
): { fields: FieldDescription[]; out: Map<number, Classification> } {
  document.body.innerHTML = html;
  const fields = collectFields(document, lang ? { lang } : {});
  return { fields, out: classifyFields(fields) };
}

const keys = (out: Map<number, Classification>, n: number) =>
  Array.from({ length: n }, (_, i) =>
    out.get(i) ? `${out.get(i)!.key}${out.get(i)!.part ? ':' + out.get(i)!.part : ''}` : null,
  );

const options = (values: string[]) => values.map((v) => `<option>${v}</option>`).join('');
const YEARS = options(Array.from({ length: 20 }, (_, i) => String(2026 - i)));
const MONTHS = options(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('one question in several controls', () => {
  it('起止时间 with two inputs side by side is a start and an end', () => {
    const { out } = run(`<h3>教育经历</h3><div class="row"><span>起止时间</span><input> 至 <input></div>`);
    expect(keys(out, 2)).toEqual(['education.start', 'education.end']);
  });

  it('开始时间 then 至 with two boxes is a start and an end, not a year and a month', () => {
    const { out } = run(
      `<h3>工作经历</h3><div class="field"><label>开始时间</label><input><span>至</span><input></div>`,
    );
    expect(keys(out, 2)).toEqual(['experience.start', 'experience.end']);
  });

  it('two whole-date pickers under one label are a start and an end', () => {
    const { out } =
      run(`<h3>项目经历</h3><div class="el-form-item" role="group" aria-labelledby="l"><div id="l">项目时间</div>
      <div class="el-form-item__content"><input type="month"><input type="month"></div></div>`);
    expect(keys(out, 2)).toEqual(['projects.start', 'projects.end']);
  });

  it('From / To after an unrelated question start their own pair (part words only continue a date)', () => {
    const { out } = run(
      `<h3>Education</h3><div class="row"><label>School location<input></label></div>
      <div class="row"><div><label>From<input placeholder="MM/YYYY"></label></div><div><label>To<input placeholder="MM/YYYY"></label></div></div>`,
      'en',
    );
    expect(keys(out, 3)).toEqual([null, 'education.start', 'education.end']);
  });

  it('a single 起止时间 input stays a range', () => {
    const { out } = run(
      `<h3>工作经历</h3><div><label>起止时间<input></label></div><div><label>公司<input></label></div>`,
    );
    expect(keys(out, 2)).toEqual(['experience.range', 'experience.company']);
  });

  it('four selects under 就读时间 are start year/month and end year/month (Moka)', () => {
    const { out } = run(`<h3>教育背景</h3>
      <div class="apply-field-7Jk8L"><div class="title-1Pq2R">就读时间</div>
        <div class="month-range-select"><select>${YEARS}</select><select>${MONTHS}</select>
        <span>至</span><select>${YEARS}</select><select>${MONTHS}</select>
        <label><input type="checkbox">至今</label></div></div>`);
    expect(keys(out, 4)).toEqual([
      'education.start:year',
      'education.start:month',
      'education.end:year',
      'education.end:month',
    ]);
  });

  it('出生年月 as a year select and a month select (split by options)', () => {
    const { out } =
      run(`<div class="form-item"><label>出生年月</label><select>${YEARS}</select>年<select>${MONTHS}</select>月</div>
      <div class="form-item"><label>邮箱</label><input></div>`);
    expect(keys(out, 3)).toEqual(['birth:year', 'birth:month', 'email']);
  });

  it('Workday-style Month / Year boxes under From take their part from their aria-label', () => {
    const { out } = run(`<h4>Work Experience 1</h4>
      <div data-automation-id="formField-startDate"><label>From</label>
        <div class="dateInputWrapper"><div><input aria-label="Month" placeholder="MM"></div><div><input aria-label="Year" placeholder="YYYY"></div></div></div>
      <div data-automation-id="formField-endDate"><label>To</label>
        <div class="dateInputWrapper"><div><input aria-label="Month" placeholder="MM"></div><div><input aria-label="Year" placeholder="YYYY"></div></div></div>`);
    expect(keys(out, 4)).toEqual([
      'experience.start:month',
      'experience.start:year',
      'experience.end:month',
      'experience.end:year',
    ]);
  });

  it('an English Month/Year pair with no words on the boxes is left alone', () => {
    const { out } = run(
      `<h4>Education</h4><div class="field"><label>Start date</label><input><input></div>`,
      'en',
    );
    expect(keys(out, 2)).toEqual([null, null]);
  });

  it('Name as two boxes is given + family on English pages, family + given on Chinese ones', () => {
    const en = run(`<div class="field"><label>Name</label><input><input></div>`, 'en');
    expect(keys(en.out, 2)).toEqual(['name.given', 'name.family']);
    const zh = run(`<div class="field"><label>姓名</label><input><input></div>`, 'zh');
    expect(keys(zh.out, 2)).toEqual(['name.family', 'name.given']);
    const hinted = run(
      `<div class="field"><label>Name</label><input placeholder="Last"><input placeholder="First"></div>`,
      'en',
    );
    expect(keys(hinted.out, 2)).toEqual(['name.family', 'name.given']);
  });

  it('three boxes for a range are not guessed', () => {
    const { out } = run(
      `<h3>工作经历</h3><div class="field"><label>起止时间</label><input><input><input></div>`,
    );
    expect(keys(out, 3)).toEqual([null, null, null]);
  });

  it('two same-label fields in different form items are two questions', () => {
    const { out } = run(
      `<h3>教育经历</h3><div class="field"><label>开始时间<input></label></div><div class="field"><label>开始时间<input></label></div>`,
    );
    expect(keys(out, 2)).toEqual(['education.start', 'education.start']);
  });
});

describe('phone split', () => {
  it('a dial-code select inside the phone question makes the box the national number', () => {
    const { out } = run(`<div class="form-item"><label for="p">手机号码</label>
      <div><select><option>+86</option><option>+852</option><option>+1</option></select><input id="p"></div></div>`);
    expect(keys(out, 2)).toEqual(['phone.countryCode', 'phone.national']);
  });

  it('a labelled Country combobox beside the phone box (Greenhouse) is the country code', () => {
    const { out } = run(
      `<fieldset class="phone-input">
      <div class="select"><label id="cl">Country</label><div class="select__control"><div class="select__single-value">+86</div>
        <input role="combobox" aria-labelledby="cl" class="select__input"></div></div>
      <label for="phone">Phone</label><input id="phone" type="tel"></fieldset>`,
      'en',
    );
    expect(keys(out, 2)).toEqual(['phone.countryCode', 'phone.national']);
  });

  it('a national-number box (autocomplete) still takes the Country picker beside it as the code', () => {
    const { out } = run(
      `<div class="phone-field"><label id="c">Country</label><div class="select__control"><div class="select__single-value">China +86</div>
      <input role="combobox" aria-labelledby="c" class="select__input"></div>
      <label for="p">Phone</label><input id="p" type="tel" autocomplete="tel-national"></div>`,
      'en',
    );
    expect(keys(out, 2)).toEqual(['phone.countryCode', 'phone.national']);
  });

  it('a lone phone box stays phone', () => {
    const { out } = run(`<label>手机<input></label><label>邮箱<input></label>`);
    expect(keys(out, 2)).toEqual(['phone', 'email']);
  });

  it('an unrelated select next to the phone box is not taken for a dial code', () => {
    const { out } =
      run(`<div><label>学历<select><option>本科</option><option>硕士</option></select></label></div>
      <div><label>手机<input></label></div>`);
    expect(keys(out, 2)).toEqual(['highestDegree', 'phone']);
  });
});

describe('entries', () => {
  it('without containers, a repeated 学校 starts entry #2', () => {
    const { out } = run(`<fieldset><legend>教育经历</legend>
      <label>学校<input></label><label>专业<input></label><label>学历<input></label>
      <label>学校<input></label><label>专业<input></label><label>学历<input></label></fieldset>`);
    expect([0, 1, 2, 3, 4, 5].map((i) => out.get(i)?.entry)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('fields inside block containers get their entry from the block', () => {
    const block = `<div class="edu-item"><label>学校<input></label><label>专业<input></label></div>`;
    const { fields, out } = run(`<h3>教育经历</h3>${block}${block}`);
    expect(fields[0]!.block).toBeDefined();
    expect(fields[2]!.block).not.toBe(fields[0]!.block);
    expect([0, 1, 2, 3].map((i) => out.get(i)?.entry)).toEqual([0, 0, 1, 1]);
  });

  it('学历 then 学位 are one entry; only the entry’s opening question starts the next', () => {
    const { out } = run(`<h3>教育经历</h3><label>学校<input></label><label>专业<input></label>
      <label>学历<input></label><label>学位<input></label><label>入学时间<input></label><label>毕业时间<input></label>`);
    expect([0, 1, 2, 3, 4, 5].map((i) => out.get(i)?.entry)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('a signature and its date', () => {
  it('the date beside 本人签名 / Signature is the day of signing, under any section', () => {
    const { out } = run(`<h3>工作经历</h3><label>起止时间<input></label>
      <p>本人签名：<label>本人签名<input></label> <label>日期<input></label></p>`);
    expect(keys(out, 3)).toEqual(['experience.range', null, null]);
    const en = run(
      `<h3>Experience</h3><label>Dates<input></label>
      <label>Signature<input></label><label>Date<input></label>`,
      'en',
    );
    expect(keys(en.out, 3)[2]).toBeNull();
  });
});

describe('a "no internship" box', () => {
  it('is the résumé’s to untick where the internship section is the only one for jobs', () => {
    const { out } = run(`<h3>实习经历</h3><label><input type="checkbox" checked>没有实习经历</label>`, 'zh');
    expect(keys(out, 1)).toEqual(['noExperience']);
  });

  it('is left to the person where the form asks for jobs under a heading of their own', () => {
    const { out } = run(
      `<section><h3>工作经历</h3><label>公司名称 <input></label></section>
       <section><h3>实习经历</h3><label><input type="checkbox" checked>没有实习经历</label></section>`,
      'zh',
    );
    expect(keys(out, 2)).toEqual(['experience.company', null]);
  });
});
