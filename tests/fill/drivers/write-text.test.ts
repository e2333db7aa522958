import { beforeEach, describe, expect, it } from 'vitest';
import { writeTextValue } from '~/lib/fill/write-text';
import { mount } from '../values/make-field';

/**
 * A React-like controlled input: the element's own `value` property records what the framework last saw
 * (React's value tracker); an input event whose value equals the tracked one is ignored, and every
 * "render" puts the state back through the own property.
 */
function controlled(el: HTMLInputElement | HTMLTextAreaElement) {
  const proto = Object.getPrototypeOf(el);
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = '';
  const state = { value: '', changes: 0 };
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => native.get!.call(el),
    set: (v: string) => {
      tracked = v;
      native.set!.call(el, v);
    },
  });
  el.addEventListener('input', () => {
    const now = native.get!.call(el) as string;
    if (now === tracked) return;
    state.value = now;
    state.changes++;
    tracked = now;
  });
  // Re-render after every event: the controlled value wins.
  el.addEventListener('change', () => {
    el.value = state.value;
  });
  return state;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('writeTextValue', () => {
  it('fires focus, key, input and change events in order, then blurs', async () => {
    const el = mount<HTMLInputElement>('<input name="n">');
    const seen: string[] = [];
    for (const t of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur'])
      el.addEventListener(t, (e) => seen.push(e.type));
    let inputEvent: InputEvent | undefined;
    el.addEventListener('input', (e) => (inputEvent = e as InputEvent));
    const r = await writeTextValue(el, '张小明');
    expect(r).toEqual({ ok: true, shown: '张小明' });
    expect(seen).toEqual(['focus', 'keydown', 'input', 'keyup', 'change', 'blur']);
    expect(inputEvent?.bubbles).toBe(true);
    expect(inputEvent?.inputType).toBe('insertText');
    expect(inputEvent?.data).toBe('张小明');
  });

  it('a number the page groups as it is typed was kept; other rewrites were not', async () => {
    const phone = mount<HTMLInputElement>('<input type="tel">');
    phone.addEventListener('input', () => {
      phone.value = phone.value.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3');
    });
    expect(await writeTextValue(phone, '13712345678')).toEqual({ ok: true, shown: '137 1234 5678' });
    const gpa = mount<HTMLInputElement>('<input>');
    gpa.addEventListener('input', () => {
      gpa.value = gpa.value.replace('.', '');
    });
    expect(await writeTextValue(gpa, '3.7')).toMatchObject({ ok: false, shown: '37' });
  });

  it('a React-like tracked input sees the change (the prototype setter bypasses the tracker)', async () => {
    const el = mount<HTMLInputElement>('<input>');
    const state = controlled(el);
    const r = await writeTextValue(el, 'xm@example.com');
    expect(r.ok).toBe(true);
    expect(state).toEqual({ value: 'xm@example.com', changes: 1 });
    expect(el.value).toBe('xm@example.com');
  });

  it('the same tracked input ignores a plain el.value assignment (why the setter matters)', () => {
    const el = mount<HTMLInputElement>('<input>');
    const state = controlled(el);
    el.value = 'typed';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.changes).toBe(0);
  });

  it('reports a page that reverts the value', async () => {
    const el = mount<HTMLInputElement>('<input>');
    el.addEventListener('change', () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, 'locked');
    });
    const r = await writeTextValue(el, 'new');
    expect(r.ok).toBe(false);
    expect(r.shown).toBe('locked');
  });

  it('refuses a value over maxlength instead of truncating it', async () => {
    const el = mount<HTMLInputElement>('<input maxlength="5" value="ab">');
    const r = await writeTextValue(el, 'abcdefg');
    expect(r).toEqual({ ok: false, shown: 'ab', reason: 'too long for this box (7 > 5 characters)' });
    expect(el.value).toBe('ab');
  });

  it('insertAtCursor replaces the selection and keeps the rest', async () => {
    const el = mount<HTMLTextAreaElement>('<textarea>开头。结尾</textarea>', 'textarea');
    el.setSelectionRange(3, 3);
    const r = await writeTextValue(el, '【亮点】', { insertAtCursor: true });
    expect(r).toEqual({ ok: true, shown: '开头。【亮点】结尾' });
    expect(el.selectionStart).toBe(7);
    el.setSelectionRange(0, 2);
    await writeTextValue(el, '起始', { insertAtCursor: true });
    expect(el.value).toBe('起始。【亮点】结尾');
  });

  it('insertAtCursor respects maxlength for the whole result', async () => {
    const el = mount<HTMLTextAreaElement>('<textarea maxlength="10">12345678</textarea>', 'textarea');
    el.setSelectionRange(8, 8);
    const r = await writeTextValue(el, 'abc', { insertAtCursor: true });
    expect(r.ok).toBe(false);
    expect(r.reason).toContain('11 > 10');
    expect(el.value).toBe('12345678');
  });

  it('insertAtCursor works on a tracked textarea too', async () => {
    const el = mount<HTMLTextAreaElement>('<textarea></textarea>', 'textarea');
    const state = controlled(el);
    await writeTextValue(el, '第一条', { insertAtCursor: true });
    expect(state.value).toBe('第一条');
  });

  it('contenteditable: replaces the text and announces it', async () => {
    const el = mount<HTMLDivElement>('<div contenteditable="true"><p>old</p></div>', 'div');
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    const r = await writeTextValue(el, '新的自我介绍');
    expect(r.ok).toBe(true);
    expect(el.textContent).toBe('新的自我介绍');
    expect(inputs).toBe(1);
  });

  it('contenteditable insertAtCursor keeps the existing text', async () => {
    const el = mount<HTMLDivElement>('<div contenteditable="true">前文</div>', 'div');
    const r = await writeTextValue(el, '插入', { insertAtCursor: true });
    expect(r.ok).toBe(true);
    expect(el.textContent).toBe('前文插入');
  });

  it('refuses elements that are not text boxes', async () => {
    const el = mount<HTMLDivElement>('<div>x</div>', 'div');
    expect((await writeTextValue(el, 'y')).ok).toBe(false);
  });
});
