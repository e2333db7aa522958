// An Element-Plus-like select for driver tests: its popper is mounted (display:none) from the start and
// linked by the input's aria-controls; a click on the wrapper toggles it. Opening and closing run Vue-style
// transitions (`x-enter-from x-enter-active`, then `x-leave-from x-leave-active`) that advance only on
// animation frames, so with `stalled` they never finish, as in a background tab: an opening menu stays
// scaled to 0, a closing one stays displayed. `stubLayout` gives happy-dom the sizes that implies.
import { vi } from 'vitest';

let counter = 0;

export interface FakeElSelect {
  input: HTMLInputElement;
  popper: HTMLElement;
  state: { value: string };
}

export function mountFakeElSelect(options: string[], { stalled = true } = {}): FakeElSelect {
  const n = ++counter;
  const item = document.createElement('div');
  item.className = 'el-form-item';
  item.innerHTML = `<label class="el-form-item__label">学历</label><div class="el-select"><div class="el-select__wrapper">
    <div class="el-select__selection"><input class="el-select__input" role="combobox" readonly aria-expanded="false"
    aria-controls="fake-el-list-${n}"><div class="el-select__selected-item el-select__placeholder is-transparent"><span>请选择</span></div></div>
    </div></div>`;
  const popper = document.createElement('div');
  popper.className = 'el-popper el-select__popper';
  popper.style.display = 'none';
  popper.innerHTML = `<div class="el-select-dropdown"><ul id="fake-el-list-${n}" class="el-select-dropdown__list" role="listbox">${options
    .map((o) => `<li class="el-select-dropdown__item" role="option">${o}</li>`)
    .join('')}</ul></div>`;
  document.body.append(item, popper);
  const input = item.querySelector('input')!;
  const placeholder = item.querySelector('.el-select__placeholder')!;
  const state = { value: '' };
  const transition = (phase: 'enter' | 'leave', done: () => void) => {
    popper.classList.remove(...[...popper.classList].filter((c) => /-(enter|leave)-/.test(c)));
    popper.classList.add(`el-zoom-in-top-${phase}-from`, `el-zoom-in-top-${phase}-active`);
    if (!stalled)
      setTimeout(() => {
        popper.classList.remove(`el-zoom-in-top-${phase}-from`, `el-zoom-in-top-${phase}-active`);
        done();
      }, 30);
  };
  const setOpen = (open: boolean) => {
    input.setAttribute('aria-expanded', String(open));
    if (open) popper.style.display = '';
    transition(open ? 'enter' : 'leave', () => {
      if (!open) popper.style.display = 'none';
    });
  };
  item
    .querySelector('.el-select__wrapper')!
    .addEventListener('click', () => setOpen(input.getAttribute('aria-expanded') !== 'true'));
  popper.querySelectorAll('li').forEach((li) =>
    li.addEventListener('click', (e) => {
      e.stopPropagation();
      state.value = li.textContent ?? '';
      placeholder.classList.remove('is-transparent');
      placeholder.firstElementChild!.textContent = state.value;
      setOpen(false);
    }),
  );
  return { input, popper, state };
}

function displayed(el: Element): boolean {
  if (!el.isConnected) return false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (getComputedStyle(n).display === 'none') return false;
  }
  return true;
}

/** Layout sizes for happy-dom: displayed boxes are 100×20, and scaled to 0 while a transition starts. */
export function stubLayout(): void {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return displayed(this) ? 100 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return displayed(this) ? 20 : 0;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const scaled = !!this.closest('[class*=-enter-from],[class*=-leave-to]');
    const size = displayed(this) && !scaled ? { width: 100, height: 20 } : { width: 0, height: 0 };
    return DOMRect.fromRect(size);
  });
}
