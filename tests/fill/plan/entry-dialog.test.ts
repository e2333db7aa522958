// An Add whose entry form opens in a modal dialog: the dialog is told apart from the page's own blocks,
// closed by its one Cancel, opened again last, and given the next entry its list does not name yet.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeDialog,
  dialogNote,
  entriesForDialog,
  modalAround,
  openDialog,
} from '~/lib/fill/plan/entry-dialog';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** A list section whose 新增 opens an el-dialog-like modal (teleported to body) with 取消 / 确定. */
function listWithDialog(rows: string[] = []) {
  document.body.innerHTML = `<section id="sec"><h3>实践经历</h3><table>${rows
    .map((r) => `<tr><td>${r}</td></tr>`)
    .join('')}</table><button type="button" id="add">+ 新增</button></section>`;
  const presses = { add: 0, cancel: 0 };
  document.getElementById('add')!.addEventListener('click', () => {
    presses.add++;
    setTimeout(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div class="el-overlay"><div class="el-overlay-dialog" role="dialog" aria-modal="true"><div class="el-dialog">
          <input name="unit"><input name="post">
          <button type="button" class="el-dialog__headerbtn" aria-label="Close">×</button>
          <button type="button" id="cancel">取消</button><button type="button">确定</button></div></div></div>`,
      );
      document.getElementById('cancel')!.addEventListener('click', () => {
        presses.cancel++;
        setTimeout(() => document.querySelector('.el-overlay')!.remove(), 20);
      });
    }, 20);
  });
  return presses;
}

describe('entry dialog', () => {
  it('finds the dialog around a box by its role, or by its class when it says none', () => {
    document.body.innerHTML =
      '<div role="dialog"><input id="a"></div><div class="ant-modal-wrap"><div><input id="b"></div></div><form><input id="c"></form>';
    expect(modalAround(document.getElementById('a')!)?.getAttribute('role')).toBe('dialog');
    expect(modalAround(document.getElementById('b')!)?.className).toBe('ant-modal-wrap');
    expect(modalAround(document.getElementById('c')!)).toBeNull();
  });

  it('opens the dialog, then closes it by its Cancel rather than the header ×', async () => {
    const presses = listWithDialog();
    const dialog = await openDialog(document.getElementById('add')!);
    expect(dialog?.getAttribute('role')).toBe('dialog');
    expect(await closeDialog(dialog!)).toBe(true);
    expect(presses).toEqual({ add: 1, cancel: 1 });
    expect(document.querySelector('input[name=unit]')).toBeNull();
  });

  it('two Cancels could each be meant: neither is pressed', async () => {
    const presses = listWithDialog();
    const dialog = await openDialog(document.getElementById('add')!);
    dialog!
      .querySelector('.el-dialog')!
      .insertAdjacentHTML('beforeend', '<button type="button">取消</button>');
    expect(await closeDialog(dialog!, 200)).toBe(false);
    expect(presses.cancel).toBe(0);
  });

  const jobs = [
    { dates: { raw: '', start: { year: 2021, month: 3 }, current: true } },
    { dates: { raw: '', start: { year: 2019, month: 7 }, end: { year: 2021, month: 2 }, current: false } },
  ];

  it('takes the entries the list does not name yet, in the résumé’s order', () => {
    listWithDialog(['美团 · 高级后端开发工程师']);
    const add = document.getElementById('add')!;
    expect(entriesForDialog(add, 'experience', jobs, ['美团', '字节跳动'])).toEqual([1]);
    expect(entriesForDialog(add, 'experience', jobs.slice(0, 1), ['美团'])).toEqual([]);
    expect(entriesForDialog(add, 'experience', jobs, ['腾讯', '字节跳动'])).toEqual([0, 1]);
  });

  it('in the order the section asks: oldest first when its note says so', () => {
    listWithDialog();
    document.querySelector('h3')!.insertAdjacentHTML('afterend', '<p>请从大学开始按时间顺序填写</p>');
    const add = document.getElementById('add')!;
    expect(entriesForDialog(add, 'experience', jobs, ['美团', '字节跳动'])).toEqual([1, 0]);
  });

  it('tells the user to confirm the dialog, and what is left, in the page’s language', () => {
    expect(dialogNote('experience', 1, 'zh')).toMatch(/「工作经历」在弹窗中.*「确定」.*还有 1 条/);
    expect(dialogNote('projects', 0, 'en')).toMatch(/^Projects: .*press its OK yourself/);
    expect(dialogNote('projects', 0, 'en')).not.toMatch(/more/);
  });
});
