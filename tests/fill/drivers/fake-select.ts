// A small component-library-like select for driver tests: its menu mounts late in a body-level portal,
// it can be searchable (filters on input) and virtual (renders only the first few matches), and it keeps
// its own state, shown in a value span, like antd / Element Plus do.

export interface FakeSelectOptions {
  options: string[];
  searchable?: boolean;
  /** Render at most this many options (a virtual list without scrolling). */
  visibleCount?: number;
  /** Milliseconds before the menu appears. */
  delay?: number;
  /** 'mousedown' (antd, react-select), 'click' (Element Plus), 'toggle-both' (opens on mousedown, shuts on click). */
  opensOn?: 'mousedown' | 'click' | 'toggle-both';
  /** The option click does not update the value (a broken widget). */
  ignoresSelection?: boolean;
  initial?: string;
}

export interface FakeSelect {
  root: HTMLElement;
  input: HTMLInputElement;
  state: { value: string; opens: number };
  menu: () => HTMLElement | null;
}

let counter = 0;

export function mountFakeSelect(o: FakeSelectOptions, host: HTMLElement = document.body): FakeSelect {
  const id = `fake-list-${++counter}`;
  const root = document.createElement('div');
  root.className = 'fake-select';
  root.innerHTML = `<span class="fake-select-placeholder">请选择</span><span class="fake-select-selection-item"></span>
    <input role="combobox" aria-expanded="false" ${o.searchable ? '' : 'readonly'}><span class="fake-select-clear">×</span>`;
  host.append(root);
  const input = root.querySelector('input')!;
  const shown = root.querySelector<HTMLElement>('.fake-select-selection-item')!;
  const placeholder = root.querySelector<HTMLElement>('.fake-select-placeholder')!;
  const state = { value: '', opens: 0 };
  let menu: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    shown.textContent = state.value;
    placeholder.style.display = state.value ? 'none' : '';
  };
  const renderOptions = () => {
    if (!menu) return;
    const q = input.value.trim();
    const list = o.options.filter((label) => !q || label.includes(q)).slice(0, o.visibleCount ?? Infinity);
    menu.innerHTML = '';
    for (const label of list) {
      const item = document.createElement('div');
      item.className = 'fake-select-item-option';
      item.textContent = label;
      item.addEventListener('click', () => {
        if (!o.ignoresSelection) state.value = label;
        close();
        render();
      });
      menu.append(item);
    }
  };
  const close = () => {
    clearTimeout(timer);
    menu?.remove();
    menu = null;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-controls');
    if (o.searchable) input.value = '';
  };
  const open = () => {
    if (input.getAttribute('aria-expanded') === 'true') return close();
    state.opens++;
    input.setAttribute('aria-expanded', 'true');
    timer = setTimeout(() => {
      menu = document.createElement('div');
      menu.className = 'fake-select-dropdown';
      menu.id = id;
      menu.setAttribute('role', 'listbox');
      input.setAttribute('aria-controls', id);
      document.body.append(menu);
      renderOptions();
    }, o.delay ?? 300);
  };
  const opensOn = o.opensOn ?? 'mousedown';
  root.addEventListener(opensOn === 'click' ? 'click' : 'mousedown', open);
  if (opensOn === 'toggle-both') root.addEventListener('click', open);
  input.addEventListener('input', renderOptions);
  input.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  root.querySelector('.fake-select-clear')!.addEventListener('click', (e) => {
    e.stopPropagation();
    state.value = '';
    render();
  });
  state.value = o.initial ?? '';
  render();
  return { root, input, state, menu: () => menu };
}
