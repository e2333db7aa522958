import { beforeEach, describe, expect, it } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { makeField, mount } from '../values/make-field';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('native <select>', () => {
  const html = `<select name="degree"><option value="">请选择</option><option value="b">本科</option>
    <option value="m">硕士研究生</option><option value="d">博士研究生</option></select>`;

  it('chooses the option meaning the value, with input and change events', async () => {
    const el = mount<HTMLSelectElement>(html, 'select');
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    const r = await driverFor(makeField(el, 'select')).write(makeField(el, 'select'), '硕士', {
      match: 'degree',
    });
    expect(r).toEqual({ ok: true, shown: '硕士研究生' });
    expect(el.value).toBe('m');
    expect(events).toEqual(['input', 'change']);
  });

  it('never picks the placeholder or a guess', async () => {
    const el = mount<HTMLSelectElement>(html, 'select');
    const r = await driverFor(makeField(el, 'select')).write(makeField(el, 'select'), '大专', {
      match: 'degree',
    });
    expect(r).toEqual({ ok: false, shown: '', reason: 'no matching option' });
    expect(el.selectedIndex).toBe(0);
  });

  it('selects the exact option even when values repeat', async () => {
    const el = mount<HTMLSelectElement>(
      '<select><option value="x">A</option><option value="x">B</option></select>',
      'select',
    );
    const r = await driverFor(makeField(el, 'select')).write(makeField(el, 'select'), 'B');
    expect(r.ok).toBe(true);
    expect(el.selectedIndex).toBe(1);
  });
});

describe('checkbox', () => {
  it('clicks only when the state differs, and verifies it', async () => {
    const el = mount<HTMLInputElement>('<input type="checkbox" name="current">');
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    const field = makeField(el, 'checkbox');
    expect(await driverFor(field).write(field, 'true')).toEqual({ ok: true, shown: 'checked' });
    expect(await driverFor(field).write(field, 'true')).toEqual({ ok: true, shown: 'checked' });
    expect(clicks).toBe(1);
    expect(await driverFor(field).write(field, 'false')).toEqual({ ok: true, shown: 'unchecked' });
    expect(clicks).toBe(2);
  });

  it('reports a checkbox the page will not let change', async () => {
    const el = mount<HTMLInputElement>('<input type="checkbox">');
    el.addEventListener('click', (e) => e.preventDefault());
    const field = makeField(el, 'checkbox');
    const r = await driverFor(field).write(field, 'true');
    expect(r.ok).toBe(false);
  });

  it('drives a role=checkbox element through aria-checked', async () => {
    const el = mount<HTMLElement>('<span role="checkbox" aria-checked="false">至今</span>', 'span');
    el.addEventListener('click', () =>
      el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')),
    );
    const field = makeField(el, 'checkbox');
    expect((await driverFor(field).write(field, 'true')).ok).toBe(true);
    expect(el.getAttribute('aria-checked')).toBe('true');
  });
});

describe('radio group', () => {
  const html = `<fieldset><label><input type="radio" name="g" value="1">是</label>
    <label><input type="radio" name="g" value="0">否</label></fieldset>`;

  it('checks exactly the matched radio', async () => {
    const group = mount<HTMLElement>(html, 'fieldset');
    const field = makeField(group, 'radio-group');
    const r = await driverFor(field).write(field, 'false', { match: 'boolean' });
    expect(r).toEqual({ ok: true, shown: '否' });
    const checked = [...group.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.checked);
    expect(checked.map((i) => i.value)).toEqual(['0']);
  });

  it('custom radio items: clicks the item and reads its checked class', async () => {
    const group = mount<HTMLElement>(
      `<div class="phoenix-radio-group"><div class="phoenix-radio-group__radioItem">男</div><div class="phoenix-radio-group__radioItem">女</div></div>`,
      'div',
    );
    const items = [...group.children] as HTMLElement[];
    items.forEach((item) =>
      item.addEventListener('click', () => {
        items.forEach((i) => i.classList.remove('phoenix-radio--checked'));
        item.classList.add('phoenix-radio--checked');
      }),
    );
    const field = makeField(group, 'radio-group', {
      options: items.map((el) => ({ label: el.textContent!, value: el.textContent!, el })),
    });
    expect(await driverFor(field).write(field, '女')).toEqual({ ok: true, shown: '女' });
    expect(items[1].classList.contains('phoenix-radio--checked')).toBe(true);
  });

  it('no matching option: touches nothing', async () => {
    const group = mount<HTMLElement>(html, 'fieldset');
    const field = makeField(group, 'radio-group');
    expect((await driverFor(field).write(field, '也许')).ok).toBe(false);
    expect([...group.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).toBe(false);
  });
});

describe('native date, text, file', () => {
  it('writes a month input in its own format', async () => {
    const el = mount<HTMLInputElement>('<input type="month">');
    const field = makeField(el, 'native-date');
    expect(await driverFor(field).write(field, '2024-09')).toEqual({ ok: true, shown: '2024-09' });
  });

  it('text driver finds the input inside a wrapper', async () => {
    const wrapper = mount<HTMLElement>('<div class="ant-input-affix-wrapper"><input></div>', 'div');
    const field = makeField(wrapper, 'text');
    expect((await driverFor(field).write(field, 'abc')).ok).toBe(true);
    expect(wrapper.querySelector('input')!.value).toBe('abc');
  });

  // Files are attached by lib/fill/attach (a stored attachment, DataTransfer); the driver takes no text.
  it('a file input is never given text', async () => {
    const el = mount<HTMLInputElement>('<input type="file">');
    const field = makeField(el, 'file');
    const r = await driverFor(field).write(field, 'resume.pdf');
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/stored attachment, not text/);
    expect(el.files?.length ?? 0).toBe(0);
  });
});
