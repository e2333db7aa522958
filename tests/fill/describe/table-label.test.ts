import { describe, expect, it } from 'vitest';
import { tableLabel } from '~/lib/fill/describe/table-label';

describe('tableLabel', () => {
  it('a row keyed by two cells (全日制教育 spanning two rows, then 第一学历) labels its boxes by the column', () => {
    document.body.innerHTML = `<table>
      <tr><th colspan="2">类别</th><th>学历</th><th>毕业院校</th></tr>
      <tr><td rowspan="2">全日制教育</td><td>第一学历</td><td><select id="a"></select></td><td><input id="b"></td></tr>
      <tr><td>最高学历</td><td><select id="c"></select></td><td><input id="d"></td></tr></table>`;
    const label = (id: string) => tableLabel(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd'].map(label)).toEqual(['学历', '毕业院校', '学历', '毕业院校']);
  });

  it('a form laid out as label cells beside boxes keeps the cell to the left', () => {
    document.body.innerHTML = `<table>
      <tr><td>姓名</td><td><input id="name"></td><td>性别</td><td><input id="sex"></td></tr>
      <tr><td>通讯地址</td><td><input id="addr"></td><td>邮政编码</td><td><input id="zip"></td></tr></table>`;
    const label = (id: string) => tableLabel(document.getElementById(id)!);
    expect(['name', 'sex', 'addr', 'zip'].map(label)).toEqual(['姓名', '性别', '通讯地址', '邮政编码']);
  });
});
