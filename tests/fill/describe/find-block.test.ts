import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';

const blocks = (html: string) => {
  document.body.innerHTML = html;
  return collectFields(document).map((f) => f.block);
};

afterEach(() => {
  document.body.innerHTML = '';
});

const entry = (cls: string) =>
  `<div class="${cls}"><div class="form-item"><label>学校<input></label></div><div class="form-item"><label>专业<input></label></div>
   <div class="form-item"><label>学历<input></label></div></div>`;

describe('repeated-entry blocks', () => {
  it('two education entries are two different blocks', () => {
    const b = blocks(`<h3>教育经历</h3>${entry('edu-item')}${entry('edu-item')}`);
    expect(b.every(Boolean)).toBe(true);
    expect(new Set(b.slice(0, 3)).size).toBe(1);
    expect(new Set(b.slice(3)).size).toBe(1);
    expect(b[0]).not.toBe(b[3]);
    expect((b[0] as HTMLElement).className).toBe('edu-item');
  });

  it('hashed class suffixes (Moka) still count as the same shape', () => {
    const b = blocks(`${entry('apply-fields-1WaF0 record')}${entry('apply-fields-8kQz2 record')}`);
    expect(b[0]).toBeDefined();
    expect(b[0]).not.toBe(b[3]);
  });

  it('a single entry is not a block; neither are rows asking different questions', () => {
    expect(blocks(`<h3>教育经历</h3>${entry('edu-item')}`).every((x) => x === undefined)).toBe(true);
    const rows = blocks(`<div class="row"><label>学校<input></label><label>专业<input></label></div>
      <div class="row"><label>学历<input></label><label>GPA<input></label></div>`);
    expect(rows.every((x) => x === undefined)).toBe(true);
  });

  it('start/end wrappers of one date range are not entries', () => {
    const b =
      blocks(`<div class="range"><div class="part"><input aria-label="年"><input aria-label="月"></div>
      <div class="part"><input aria-label="年"><input aria-label="月"></div></div>`);
    expect(b.every((x) => x === undefined)).toBe(true);
  });

  it('table rows with the header as labels are entries', () => {
    const b = blocks(`<table><thead><tr><th>公司</th><th>职位</th></tr></thead><tbody>
      <tr><td><input></td><td><input></td></tr><tr><td><input></td><td><input></td></tr></tbody></table>`);
    expect(b[0]?.tagName).toBe('TR');
    expect(b[0]).toBe(b[1]);
    expect(b[2]).not.toBe(b[0]);
  });

  it('each end of a range in its own box (年 select, 年, 月 select, 月) is no entry', () => {
    const end = (id: string) =>
      `<span class="ym"><select id="${id}y"><option>2019</option></select>年<select id="${id}m"><option>8</option></select>月</span>`;
    const b = blocks(
      `<table><tr><td>起止时间</td><td>${end('s')}<br>至${end('e')}</td><td>院校</td><td><input></td></tr></table>`,
    );
    expect(b.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
