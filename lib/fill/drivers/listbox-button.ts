// button[aria-haspopup=listbox] (Workday): the chosen value is the button's own text; options live in a
// portal `ul#<aria-controls> li[role=option]`.
import type { FieldOption, WidgetWriter } from '~/lib/fill/types';
import { matchOption, splitKind } from '~/lib/fill/values/match-option';
import { normalizeText } from '~/lib/fill/values/normalize-text';
import { conceptOf } from '~/lib/fill/values/option-concepts';
import { findMenu, readMenuOptions, visibleMenus } from './menu';
import { pointerClick, pressKey } from './pointer';
import { isOpenPopup } from './visibility';
import { waitFor } from './wait-for';
import { focus } from './edit-events';

function buttonOf(el: HTMLElement): HTMLElement {
  return el.matches('button, [aria-haspopup=listbox]')
    ? el
    : (el.querySelector<HTMLElement>('button[aria-haspopup=listbox], [aria-haspopup=listbox]') ?? el);
}

export function buttonText(btn: HTMLElement): string {
  return (btn.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const listboxButtonDriver: WidgetWriter = {
  async write(field, value, opts) {
    const btn = buttonOf(field.el);
    const before = visibleMenus(btn);
    pointerClick(btn);
    const menu = await waitFor(() => findMenu(btn, [btn], before), { timeout: 1500 });
    if (!menu) return { ok: false, shown: buttonText(btn), reason: 'the list did not open' };
    const exact = (options: FieldOption[]) =>
      options.find((o) => normalizeText(o.label) === normalizeText(value)) ?? null;
    const option = await waitFor(
      () =>
        opts?.exactLabel
          ? exact(readMenuOptions(menu))
          : matchOption(readMenuOptions(menu), value, opts?.match ?? 'text'),
      { timeout: 250 },
    );
    if (!option?.el) {
      pressKey(menu, 'Escape');
      focus(btn);
      // A list that ignores Escape is closed the way it opened (its button toggles it): left open, the
      // next press on the button would close it instead of opening it.
      if (!(await waitFor(() => !menu.isConnected || !isOpenPopup(menu), { timeout: 300 })))
        pointerClick(btn);
      return { ok: false, shown: buttonText(btn), reason: 'no matching option' };
    }
    pointerClick(option.el);
    const want = normalizeText(option.label);
    // A button may show the choice in its own short form ('CN +86' for 'China +86'): the same meaning.
    // 'degree:<major>' compares as a degree; plain text by its words alone.
    const match = opts?.exactLabel ? 'text' : (opts?.match ?? 'text');
    const kind = match === 'text' ? null : splitKind(match).kind;
    const concept = kind && conceptOf(option.label, kind);
    const shows = (text: string) =>
      normalizeText(text).includes(want) || (!!concept && conceptOf(text, kind) === concept);
    const shown = await waitFor(() => (shows(buttonText(btn)) ? buttonText(btn) : null), {
      timeout: 1500,
    });
    return shown
      ? { ok: true, shown }
      : { ok: false, shown: buttonText(btn), reason: 'the button did not show the chosen option' };
  },
};
