// The issue-12 section classes through the whole engine (happy-dom): other people's sections, one entry
// per block, blocks keyed by degree, the page's defaults.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FillReport } from '~/lib/fill/types';
import { runFill } from '~/lib/fill/run-fill';
import { showsPageDefault } from '~/lib/fill/act/fill-field';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { handResume } from '../values/resumes';

const val = (sel: string) => (document.querySelector(sel) as HTMLInputElement | HTMLSelectElement).value;
const opts = { marks: false, now: new Date(2025, 5, 1) };
const statusOf = (r: FillReport, sel: string) => r.fields.find((f) => f.selector === sel)?.status;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('sections about other people', () => {
  it('a card, a bold title, a named group and a table caption each veto the applicant’s facts', async () => {
    document.body.innerHTML = `<form>
      <div class="card"><div class="card-title">紧急联系人</div><div class="card-body">
        <div class="form-item"><label for="ec-name">姓名</label><input id="ec-name"></div>
        <div class="form-item"><label for="ec-phone">电话</label><input id="ec-phone" type="tel"></div>
        <div class="form-item"><label for="ec-rel">关系</label><select id="ec-rel"><option value="">请选择</option><option>父亲</option></select></div></div></div>
      <div><p><strong>证明人</strong></p><div class="form-item"><label for="ref-name">姓名</label><input id="ref-name"></div>
        <div class="form-item"><label for="ref-mail">邮箱</label><input id="ref-mail" type="email"></div></div>
      <span id="fam">家庭成员</span><div role="group" aria-labelledby="fam"><div class="form-item"><label for="fam-name">姓名</label><input id="fam-name"></div></div>
      <table><caption>References</caption><tr><th>Name</th><th>Phone</th></tr>
        <tr><td><input id="t-name"></td><td><input id="t-phone"></td></tr></table>
      <h2>基本信息</h2>
      <div class="form-item"><label for="me-name">姓名</label><input id="me-name"></div>
      <div class="form-item"><label for="me-phone">手机号码</label><input id="me-phone" type="tel"></div>
    </form>`;
    const r = await runFill(document, handResume(), opts);
    for (const id of ['ec-name', 'ec-phone', 'ref-name', 'ref-mail', 'fam-name', 't-name', 't-phone'])
      expect([id, val(`#${id}`)]).toEqual([id, '']);
    expect(val('#ec-rel')).toBe('');
    expect(val('#me-name')).toBe('张小明');
    expect(val('#me-phone')).toBe('13800001111');
    expect(statusOf(r, '#me-name')).toBe('filled');
  });
});

describe('entries and blocks', () => {
  it('one lone education block is filled from one entry only', async () => {
    document.body.innerHTML = `<form><h2>教育经历</h2><div class="edu">
      <div class="form-item"><label for="s">学校</label><input id="s"></div>
      <div class="form-item"><label for="m">专业</label><input id="m"></div>
      <div class="form-item"><label for="d1">学历</label><select id="d1"><option value="">请选择</option><option>本科</option><option>硕士</option></select></div>
      <div class="form-item"><label for="d2">学位</label><select id="d2"><option value="">请选择</option><option>学士</option><option>硕士</option></select></div>
      <div class="form-item"><label for="st">入学时间</label><input id="st" type="month"></div>
      <div class="form-item"><label for="en">毕业时间</label><input id="en" type="month"></div></div></form>`;
    await runFill(document, handResume(), opts);
    expect(['#s', '#m', '#d1', '#d2', '#st', '#en'].map(val)).toEqual([
      '浙江大学',
      '计算机科学',
      '硕士',
      '硕士',
      '2021-09',
      '2024-06',
    ]);
  });

  it('a table with one row per degree level puts each entry in its row and leaves 博士 empty', async () => {
    const row = (level: string, n: number) =>
      `<tr><td>${level}</td><td><input name="school${n}"></td><td><input name="major${n}"></td><td><input name="start${n}" placeholder="YYYY.MM"></td></tr>`;
    document.body.innerHTML = `<form><table><tr><td colspan="4">教育经历</td></tr>
      <tr><td>学历</td><td>毕业院校</td><td>所学专业</td><td>入学时间</td></tr>
      ${row('大学本科', 1)}${row('硕士研究生', 2)}${row('博士研究生', 3)}</table></form>`;
    await runFill(document, handResume(), opts);
    expect(['school1', 'major1', 'start1'].map((n) => val(`[name=${n}]`))).toEqual([
      '南京大学',
      expect.any(String),
      '2017.09',
    ]);
    expect(['school2', 'start2'].map((n) => val(`[name=${n}]`))).toEqual(['浙江大学', '2021.09']);
    expect(['school3', 'major3', 'start3'].map((n) => val(`[name=${n}]`))).toEqual(['', '', '']);
  });
});

describe("the page's defaults", () => {
  it('a select on the option the markup chose, or on its first, is not the user’s value', () => {
    document.body.innerHTML = `<label for="a">区号</label><select id="a"><option>+1</option><option>+86</option></select>
      <label for="b">区号</label><select id="b"><option>+86</option><option selected>+1</option></select>
      <label for="c">区号</label><select id="c"><option>+1</option><option>+86</option></select>
      <div role="button" aria-haspopup="listbox" id="d">选择一项</div>`;
    (document.getElementById('c') as HTMLSelectElement).selectedIndex = 1;
    const fields = collectFields(document);
    const byId = (id: string) => fields.find((f) => f.el.id === id || f.el.querySelector(`#${id}`))!;
    expect(showsPageDefault(byId('a'), '+1')).toBe(true);
    expect(showsPageDefault(byId('b'), '+1')).toBe(true);
    expect(showsPageDefault(byId('c'), '+86')).toBe(false);
  });

  it('a country code left on the page default +1 becomes the résumé’s +86', async () => {
    document.body.innerHTML = `<form><h2>基本信息</h2><div class="form-item"><label for="cc">国家/地区区号</label>
      <select id="cc"><option value="1" selected>+1</option><option value="86">+86</option></select>
      <label for="ph">手机号码</label><input id="ph" type="tel"></div></form>`;
    const r = await runFill(document, handResume(), opts);
    expect(val('#cc')).toBe('86');
    expect(val('#ph')).toBe('13800001111');
    expect(statusOf(r, '#cc')).toBe('filled');
  });
});

describe('a dial code beside an empty phone box', () => {
  it('is the page’s pick, in any widget; beside the user’s own number it is theirs', () => {
    document.body.innerHTML = `<form><div class="row"><label for="cc">Country Phone Code</label>
      <button type="button" aria-haspopup="listbox" id="cc">United States of America (+1)</button></div>
      <div class="row"><label for="ph">Phone Number</label><input id="ph" type="text"></div></form>`;
    const field = collectFields(document).find((f) => f.el.id === 'cc')!;
    expect(showsPageDefault(field, 'United States of America (+1)', 'phone.countryCode')).toBe(true);
    (document.getElementById('ph') as HTMLInputElement).value = '2025550100';
    expect(showsPageDefault(field, 'United States of America (+1)', 'phone.countryCode')).toBe(false);
  });
});
