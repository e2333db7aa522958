// Undo takes away an entry the fill added only through that entry's own delete control, only while the
// entry is empty, and goes through the confirmation the page asks for.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  cancelEditor,
  entryFingerprint,
  findRemoveControl,
  isEmptyEntry,
  rememberPageRemovers,
  removeBlock,
} from '~/lib/fill/undo/remove-block';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Cards like a site's array field: header with a delete link, the entry's fields in the body. */
function cards(n: number, opts: { confirm?: boolean; icon?: boolean } = {}) {
  const del = opts.icon
    ? '<i class="delete-icon-0Wq6g" role="button"></i>'
    : '<span class="card__delete" role="button">删除</span>';
  document.body.innerHTML = `<section><h2>教育经历</h2><div id="list">${Array.from(
    { length: n },
    (_, i) =>
      `<div class="card" id="card-${i}"><div class="card__head">教育经历 ${i + 1} ${del}</div>
        <div class="card__body" id="block-${i}"><input name="school"><input name="major">
        <div class="select"><span class="tag">x<i class="tag-remove-icon"></i></span></div></div></div>`,
  ).join('')}</div><button type="button">+ 添加</button></section>`;
  for (const d of document.querySelectorAll('.card__head > [role=button]'))
    d.addEventListener('click', () => {
      const card = d.closest('.card')!;
      if (!opts.confirm) return setTimeout(() => card.remove(), 30);
      // A popconfirm in a body portal, shown a little later, that deletes on its OK.
      setTimeout(() => {
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div class="ant-popover ant-popconfirm" role="tooltip"><div>确定删除吗？</div><button type="button">取 消</button><button type="button" id="ok">确 定</button></div>',
        );
        document.getElementById('ok')!.addEventListener('click', () => {
          card.remove();
          document.querySelector('.ant-popconfirm')!.remove();
        });
      }, 30);
    });
}

describe('findRemoveControl', () => {
  it("finds the delete link in the entry's header, beside the block of fields", () => {
    cards(2);
    const block = document.getElementById('block-1')!;
    expect(findRemoveControl(block)).toBe(document.querySelector('#card-1 .card__delete'));
  });

  it('an icon-only control found by its class; a tag × inside a select is not it', () => {
    cards(1, { icon: true });
    expect(findRemoveControl(document.getElementById('block-0')!)?.className).toBe('delete-icon-0Wq6g');
  });

  it('never reaches into another entry: a list whose only delete is outside the entry yields none', () => {
    document.body.innerHTML = `<div id="list"><div id="b0"><input></div><div id="b1"><input></div>
      <button type="button">删除</button></div>`;
    expect(findRemoveControl(document.getElementById('b1')!)).toBeNull();
  });

  it('an editor not yet saved, with no delete of its own, goes with its one Cancel (a web component too)', () => {
    document.body.innerHTML = `<div id="b"><input><x-button data-action="save">Save</x-button><x-button data-action="cancel">Cancel</x-button></div>`;
    expect(findRemoveControl(document.getElementById('b')!)?.getAttribute('data-action')).toBe('cancel');
    document.body.innerHTML = `<div id="c"><input><button type="button">删除</button><button type="button">取消</button></div>`;
    expect(findRemoveControl(document.getElementById('c')!)?.textContent).toBe('删除');
  });

  it("an open editor under saved cards goes with its Cancel, never a saved card's delete", () => {
    document.body.innerHTML = `<div id="module">
      <div class="ux-standard-form resume-card"><span>华中科技大学</span><a>编辑</a><a>删除</a></div>
      <div id="editor" class="ux-standard-form ux-standard-form--editing"><input>
        <button type="button">取消</button><button type="button">保存</button></div></div>`;
    expect(findRemoveControl(document.getElementById('editor')!)?.textContent).toBe('取消');
  });

  it('a delete the page showed before the fill is never the added entry’s, whatever the markup', () => {
    document.body.innerHTML = `<div class="panel"><div class="summary-card"><span>华中科技大学</span><a>删除</a></div></div>`;
    rememberPageRemovers(document);
    document
      .querySelector('.panel')!
      .insertAdjacentHTML(
        'beforeend',
        `<section id="editor"><input><button type="button">取消</button><button type="button">保存</button></section>`,
      );
    expect(findRemoveControl(document.getElementById('editor')!)?.textContent).toBe('取消');
    rememberPageRemovers(document.implementation.createHTMLDocument());
  });

  it('two controls that could each be meant: none', () => {
    document.body.innerHTML = `<div id="b"><input><button type="button">删除</button><button type="button">Remove</button></div>`;
    expect(findRemoveControl(document.getElementById('b')!)).toBeNull();
  });

  it("the adapter's own selector first", () => {
    document.body.innerHTML = `<div id="b"><input><button type="button" class="x-trash" aria-label="Entfernen"></button></div>`;
    expect(findRemoveControl(document.getElementById('b')!, ['.x-trash'])?.className).toBe('x-trash');
  });
});

describe('removeBlock', () => {
  it('presses delete and waits for the entry to go', async () => {
    cards(2);
    expect(await removeBlock(document.getElementById('block-1')!)).toBe('removed');
    expect(document.querySelectorAll('.card')).toHaveLength(1);
    expect(document.getElementById('card-0')).not.toBeNull();
  });

  it('answers the confirmation the page asks for', async () => {
    cards(2, { confirm: true });
    expect(await removeBlock(document.getElementById('block-1')!)).toBe('removed');
    expect(document.getElementById('card-1')).toBeNull();
    expect(document.getElementById('card-0')).not.toBeNull();
  });

  it('leaves an entry that holds anything', async () => {
    cards(1);
    const block = document.getElementById('block-0')!;
    block.querySelector('input')!.value = '华中科技大学';
    expect(isEmptyEntry(block)).toBe(false);
    expect(await removeBlock(block)).toBe('not-empty');
    expect(document.getElementById('card-0')).not.toBeNull();
  });

  it('an entry untouched since the fill goes whole, even holding a choice its widget cannot take back', async () => {
    cards(2);
    const block = document.getElementById('block-1')!;
    block.querySelector('input')!.value = '华中科技大学';
    const filled = entryFingerprint(block);
    expect(entryFingerprint(block)).toBe(filled);
    expect(await removeBlock(block, [], { untouched: true })).toBe('removed');
    expect(document.getElementById('card-1')).toBeNull();
  });

  it('the fingerprint changes when the user types into the entry', () => {
    cards(1);
    const block = document.getElementById('block-0')!;
    const filled = entryFingerprint(block);
    block.querySelectorAll('input')[1]!.value = '计算机';
    expect(entryFingerprint(block)).not.toBe(filled);
  });

  it('no delete control: the entry stays and undo says so', async () => {
    document.body.innerHTML = `<div id="b"><input></div>`;
    expect(await removeBlock(document.getElementById('b')!)).toBe('no-control');
  });

  it('a delete that does nothing is reported, not pressed twice', async () => {
    document.body.innerHTML = `<div id="b"><input><button type="button">删除</button></div>`;
    let presses = 0;
    document.querySelector('button')!.addEventListener('click', () => presses++);
    expect(await removeBlock(document.getElementById('b')!, [], { timeout: 150 })).toBe('still-there');
    expect(presses).toBe(1);
  });
});

describe('cancelEditor', () => {
  const editor = (cancels = 1) => {
    document.body.innerHTML = `<div class="card"><span>教育经历</span><div class="body"><input name="school" value="浙江大学">${'<button type="button">取消</button>'.repeat(cancels)}<button type="button">保存</button></div></div>`;
    const card = document.querySelector('.card')!;
    for (const b of card.querySelectorAll('button'))
      if (b.textContent === '取消')
        b.addEventListener('click', () =>
          setTimeout(() => (card.querySelector('.body')!.innerHTML = '暂未填写'), 30),
        );
    return card;
  };

  it('drops the edit with the editor’s one Cancel and waits for its form to go', async () => {
    const card = editor();
    expect(await cancelEditor(card)).toBe(true);
    expect(card.querySelector('input')).toBeNull();
  });

  it('two Cancels could each be meant: none is pressed', async () => {
    const card = editor(2);
    expect(await cancelEditor(card, 100)).toBe(false);
    expect(card.querySelector('input')).not.toBeNull();
  });
});
