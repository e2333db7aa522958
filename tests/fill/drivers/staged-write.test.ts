import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { driverFor, stagerFor } from '~/lib/fill/drivers';
import { isStagedWrite, settleAll, type StagedWrite } from '~/lib/fill/drivers/staged-write';
import { nextTask } from '~/lib/fill/drivers/wait-for';
import { makeField, mount } from '../values/make-field';
import { mountFakeSelect } from './fake-select';

const EVENTS = ['focus', 'focusin', 'keydown', 'input', 'keyup', 'change', 'blur', 'focusout'];

function record(el: HTMLElement): string[] {
  const seen: string[] = [];
  for (const t of EVENTS) el.addEventListener(t, (e) => seen.push(e.type));
  return seen;
}

function staged(el: HTMLElement, widget: 'text' | 'select', value: string): StagedWrite {
  const field = makeField(el, widget);
  const s = stagerFor(field)!(field, value);
  if (!isStagedWrite(s)) throw new Error(`not staged: ${JSON.stringify(s)}`);
  return s;
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('staged native writes', () => {
  it('a text box gets the whole framework event sequence without real focus or scrolling', async () => {
    const el = mount<HTMLInputElement>('<input name="n">');
    const seen = record(el);
    const focusSpy = vi.spyOn(HTMLElement.prototype, 'focus');
    const scrollSpy = vi.spyOn(Element.prototype, 'scrollIntoView');
    const field = makeField(el, 'text');
    expect(await driverFor(field).write(field, '张小明')).toEqual({ ok: true, shown: '张小明' });
    expect(seen).toEqual(EVENTS);
    expect(focusSpy).not.toHaveBeenCalled();
    expect(scrollSpy).not.toHaveBeenCalled();
    expect(document.activeElement).not.toBe(el);
  });

  it('a box the user is typing in is blurred for real, not left focused behind fake events', async () => {
    const el = mount<HTMLInputElement>('<input>');
    el.focus();
    const seen = record(el);
    const field = makeField(el, 'text');
    expect((await driverFor(field).write(field, 'abc')).ok).toBe(true);
    expect(seen).toContain('blur');
    expect(seen).not.toContain('focus');
    expect(document.activeElement).not.toBe(el);
  });

  it('a select is chosen with focus, input, change and blur events, without real focus', async () => {
    const el = mount<HTMLSelectElement>(
      '<select><option value="">请选择</option><option value="m">硕士</option></select>',
      'select',
    );
    const seen = record(el);
    const focusSpy = vi.spyOn(HTMLElement.prototype, 'focus');
    const field = makeField(el, 'select');
    expect(await driverFor(field).write(field, '硕士')).toEqual({ ok: true, shown: '硕士' });
    expect(seen).toEqual(['focus', 'focusin', 'input', 'change', 'blur', 'focusout']);
    expect(focusSpy).not.toHaveBeenCalled();
  });

  it('applies at once and reads back only when settled', async () => {
    const el = mount<HTMLInputElement>('<input>');
    // The page puts its own value back a task after the change, as a controlled input re-rendering would.
    el.addEventListener('change', () => setTimeout(() => (el.value = 'locked')));
    const s = staged(el, 'text', 'new');
    expect(el.value).toBe('new');
    await nextTask();
    await new Promise((r) => setTimeout(r));
    const [result] = await settleAll([s]);
    expect(result).toEqual({ ok: false, shown: 'locked', reason: 'the page did not keep the value' });
  });

  it('settles many writes in one pass, in order, each with its own outcome', async () => {
    document.body.innerHTML = `<input id="a"><input id="b"><select id="c"><option value="">-</option><option>本科</option></select>`;
    const [a, b] = [...document.querySelectorAll('input')];
    b.addEventListener('change', () => (b.value = 'kept by page'));
    const c = document.querySelector('select')!;
    const list = [staged(a, 'text', 'A'), staged(b, 'text', 'B'), staged(c, 'select', '本科')];
    const results = await settleAll(list);
    expect(results.map((r) => [r.ok, r.shown])).toEqual([
      [true, 'A'],
      [false, 'kept by page'],
      [true, '本科'],
    ]);
  });
});

describe('stagerFor', () => {
  it('stages native controls only; custom widgets wait on their own', () => {
    document.body.innerHTML = `<input id="t"><textarea id="ta"></textarea><input id="m" type="month">
      <select id="s"><option>x</option></select><input id="cb" type="checkbox">
      <span id="rc" role="checkbox" aria-checked="false">至今</span>
      <fieldset id="rg"><label><input type="radio" name="g" value="1">是</label></fieldset>
      <div id="ce" contenteditable="true"></div>`;
    const byId = (id: string) => document.getElementById(id)!;
    const custom = mountFakeSelect({ options: ['a'] });
    const stageable = (el: HTMLElement, w: Parameters<typeof makeField>[1]) =>
      stagerFor(makeField(el, w)) !== undefined;
    expect(stageable(byId('t'), 'text')).toBe(true);
    expect(stageable(byId('ta'), 'textarea')).toBe(true);
    expect(stageable(byId('m'), 'native-date')).toBe(true);
    expect(stageable(byId('s'), 'select')).toBe(true);
    expect(stageable(byId('cb'), 'checkbox')).toBe(true);
    expect(stageable(byId('rg'), 'radio-group')).toBe(true);
    expect(stageable(byId('rc'), 'checkbox')).toBe(false);
    expect(stageable(byId('ce'), 'contenteditable')).toBe(false);
    expect(stageable(byId('ce'), 'text')).toBe(false);
    expect(stageable(custom.root, 'combobox')).toBe(false);
  });
});
