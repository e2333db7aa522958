// The one judge of a filled fixture page (tests/fixtures/built/<name>.expect.json, format in
// tests/fixtures/README.md), used by the benchmarks and the end-to-end tests alike: each expected field is
// right, wrong (a different, non-empty value) or missed (left empty or as it was); every trap, untouched
// or kept control that changed counts as a trap touched. The end-to-end tests require no problem at all;
// the benchmark counts them. Undo is judged here too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadExpectations(builtDir) {
  return readdirSync(builtDir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => JSON.parse(readFileSync(join(builtDir, f), 'utf8')))
    .sort((a, b) => a.page.localeCompare(b.page));
}

/**
 * The same page judged with no answers loaded: every field its answers file fills (`byAnswer`) must stay
 * as it was, the rest as with answers.
 */
export function withoutAnswers(e) {
  const byAnswer = e.fields.filter((f) => f.byAnswer);
  return {
    ...e,
    answers: undefined,
    fields: e.fields.filter((f) => !f.byAnswer),
    untouched: [
      ...(e.untouched ?? []),
      ...byAnswer.map(({ selector, frame, shadow, shown }) => ({
        selector,
        frame,
        shadow,
        shown,
        why: 'no answer is kept for this question',
      })),
    ],
  };
}

/** The address a page is served at: its expectations' `url` (so the site's adapter matches), else none. */
export function servedAt(e) {
  return e.url;
}

/** The adapter id the report must name for this page. */
export function expectedAdapter(e) {
  return e.adapter ?? 'generic';
}

async function frameOf(page, selector) {
  if (!selector) return page.mainFrame();
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} is not a frame`);
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * What the user sees in each control, read in one round trip per frame: `shown` is the value, checked
 * state, selected option text or `shown` element text ('' for a select still on its empty prompt, null
 * if the control is absent); `value` is a select's option value, which some expectations name instead.
 */
async function readAll(page, locs) {
  const out = new Array(locs.length);
  const byFrame = new Map();
  locs.forEach((l, i) => byFrame.set(l.frame, [...(byFrame.get(l.frame) ?? []), i]));
  for (const [frameSelector, indexes] of byFrame) {
    const frame = await frameOf(page, frameSelector);
    const state = indexes.some((i) => locs[i].state);
    const values = await frame.evaluate(
      ({ list, withState }) => {
        const read = ({ selector, shadow, shown }) => {
          if (shown) {
            const el = document.querySelector(shown);
            // The control itself absent (an editor never opened): no value at all, as for `selector`.
            if (!el && !document.querySelector(selector)) return { shown: null };
            if (el instanceof HTMLOptionElement && el.value === '') return { shown: '' };
            return { shown: (el?.textContent ?? '').trim() };
          }
          let root = document;
          for (const host of shadow ?? []) root = root?.querySelector(host)?.shadowRoot ?? null;
          const el = root?.querySelector(selector);
          if (!el) return { shown: null };
          if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
            return { shown: el.checked };
          // A div radio or checkbox (no input): its ARIA checked state.
          if (/^(radio|checkbox)$/.test(el.getAttribute('role') ?? '') && el.hasAttribute('aria-checked'))
            return { shown: el.getAttribute('aria-checked') === 'true' };
          if (el instanceof HTMLSelectElement) {
            const opt = el.options[el.selectedIndex];
            return !opt || opt.value === '' ? { shown: '' } : { shown: opt.text.trim(), value: opt.value };
          }
          // A listbox button shows its choice as text; its `value` attribute is not what the user sees.
          if (el instanceof HTMLButtonElement) return { shown: (el.textContent ?? '').trim() };
          if ('value' in el) return { shown: String(el.value) };
          return { shown: (el.textContent ?? '').trim() };
        };
        const fixtureState = withState ? window.__fixtureState?.() : undefined;
        const at = (p) => p.split('.').reduce((v, k) => (v == null ? v : v[k]), fixtureState);
        return list.map((l) => ({ ...read(l), ...(l.state && { state: at(l.state) }) }));
      },
      { list: indexes.map((i) => locs[i]), withState: state },
    );
    indexes.forEach((i, n) => (out[i] = values[n]));
  }
  return out;
}

const key = (l) => JSON.stringify([l.frame, l.shadow, l.selector, l.shown]);
const guarded = (e) => [...(e.traps ?? []), ...(e.untouched ?? []), ...(e.kept ?? [])];
const where = (l) => [l.frame, ...(l.shadow ?? []), l.selector].filter(Boolean).join(' › ');
const isEmpty = (v) => v === null || v === undefined || v === '' || v === false;

/**
 * Optional entries that name a value: they must show it or stay as they were. `expectYearsSince`
 * ('YYYY-MM') stands for an `expect` that depends on the day the test runs: the whole years since then.
 */
function checkedOptional(e) {
  return (e.optional ?? []).flatMap((o) => {
    if (o.expectYearsSince) return [{ ...o, expect: String(wholeYearsSince(o.expectYearsSince)) }];
    return o.expect === undefined ? [] : [o];
  });
}

/** Whole years from the month `since` ('YYYY-MM') to `today` (a 工作年限 field). */
export function wholeYearsSince(since, today = new Date()) {
  const [year, month] = since.split('-').map(Number);
  return Math.floor((today.getFullYear() * 12 + today.getMonth() + 1 - (year * 12 + month)) / 12);
}

/** Every distinct control the `oneOf` alternatives name (the same control appears in each option). */
function oneOfFields(e) {
  const seen = new Map();
  for (const c of e.oneOf ?? []) for (const f of c.options.flat()) if (!seen.has(key(f))) seen.set(key(f), f);
  return [...seen.values()];
}

/** Values before the fill: the baseline for "missed" (unchanged) and "trap touched" (changed). */
export async function snapshotBefore(page, e) {
  const locs = [...e.fields, ...oneOfFields(e)].filter((f) => !f.dynamic);
  locs.push(...guarded(e), ...checkedOptional(e));
  const values = await readAll(page, locs);
  return new Map(locs.map((l, i) => [key(l), values[i].shown]));
}

function matches(got, want, prefix) {
  return prefix ? String(got).startsWith(String(want)) : String(got) === String(want);
}

/** One expected field read after the fill: right, wrong or missed, and why. */
function judgeField(f, { shown, value, state }, was) {
  const prefix = f.match === 'prefix';
  const shownOk =
    matches(shown, f.expect, prefix) || (value !== undefined && matches(value, f.expect, false));
  // Nothing written (still empty, unticked, on its prompt, as before, block never added) is a miss the
  // user sees and fixes; any other difference is a wrong value.
  let verdict = shownOk
    ? 'right'
    : isEmpty(shown) || (was !== undefined && shown === was)
      ? 'missed'
      : 'wrong';
  let detail = `shows ${JSON.stringify(shown)}, expected ${JSON.stringify(f.expect)}`;
  if (verdict === 'right' && f.state) {
    // Right on screen but not in the framework's state: the form would submit something else.
    const want = f.stateExpect ?? f.expect;
    if (!matches(state, want, prefix)) {
      verdict = isEmpty(state) ? 'missed' : 'wrong';
      detail = `shows it right, but state.${f.state} = ${JSON.stringify(state)}, expected ${JSON.stringify(want)}`;
    }
  }
  return { verdict, problem: verdict === 'right' ? null : `${verdict}: ${where(f)} ${detail}` };
}

/** Counts for one filled page, plus a readable line per problem. */
export async function scorePage(page, e, before) {
  const score = { fields: 0, right: 0, wrong: 0, missed: 0, trapsTouched: 0, problems: [] };
  const count = (judged, suffix = '') => {
    for (const { verdict, problem } of judged) {
      score.fields++;
      score[verdict]++;
      if (problem) score.problems.push(problem + suffix);
    }
  };
  const judgeAll = async (fields) => {
    const got = await readAll(page, fields);
    return fields.map((f, i) => judgeField(f, got[i], before.get(key(f))));
  };
  count(await judgeAll(e.fields));
  // A block filled from one résumé entry, not a mix of two: the closest alternative is the one judged.
  for (const c of e.oneOf ?? []) {
    let closest = null;
    for (const option of c.options) {
      const judged = await judgeAll(option);
      const bad = judged.filter((j) => j.verdict !== 'right').length;
      if (!closest || bad < closest.bad) closest = { judged, bad };
    }
    if (closest) count(closest.judged, ` (closest of ${c.options.length}: ${c.why ?? 'one of'})`);
  }
  // Optional fields that name a value: that value or nothing; anything else is a wrong fill.
  const optional = checkedOptional(e);
  const optionalNow = await readAll(page, optional);
  for (const [i, o] of optional.entries()) {
    if (String(optionalNow[i].shown) === String(before.get(key(o)))) continue;
    // A control in a card the fill added (`dynamic`) had nothing before it: left empty, or a custom
    // select still showing its placeholder, is that nothing.
    if (o.dynamic && (isEmpty(optionalNow[i].shown) || (await showsPlaceholder(page, o)))) continue;
    const { verdict, problem } = judgeField(o, optionalNow[i], before.get(key(o)));
    if (verdict === 'right') continue;
    score.wrong++;
    score.problems.push(`${problem} (${o.why ?? 'optional'}: only that value or nothing)`);
  }
  const guards = guarded(e);
  const now = await readAll(page, guards);
  for (const [i, g] of guards.entries()) {
    // A guarded control inside an editor the fill opens (`dynamic`) is absent before: it must be left
    // empty (a custom select still showing its prompt is empty), or keep the value the site put in it;
    // never opened at all is untouched too.
    if (
      g.dynamic &&
      (now[i].shown === null ||
        (!('value' in g) && (isEmpty(now[i].shown) || (await showsPlaceholder(page, g)))))
    )
      continue;
    const want = 'value' in g ? g.value : g.dynamic ? '' : before.get(key(g));
    if (String(now[i].shown) === String(want)) continue;
    score.trapsTouched++;
    const why = g.why ?? 'the user’s own value';
    score.problems.push(
      `trap touched: ${where(g)} (${why}) became ${JSON.stringify(now[i].shown)}, was ${JSON.stringify(want)}`,
    );
  }
  return score;
}

/**
 * A custom dropdown showing its placeholder: nothing chosen yet. Once an option is chosen, a select
 * without a clear control (antd without allowClear, react-select without isClearable, Element Plus
 * without clearable) offers no way back to "nothing" — not to the user, not to undo — so undo is not
 * held to restoring those. The same holds for a radio group drawn without inputs (div radios) that has
 * none checked, and a native radio group with none checked: a radio can be moved, never unchecked.
 */
async function showsPlaceholder(page, loc) {
  if (loc.shown?.includes('option:checked') || (!loc.shown && loc.shadow?.length)) return false;
  const frame = await frameOf(page, loc.frame);
  return frame.evaluate(
    ([shown, own]) => {
      const el = document.querySelector(shown ?? own);
      const box = document.querySelector(own);
      // A select drawn over a read-only input (Moka's sd-Select): nothing shown but the input's prompt
      // (its placeholder, or a prompt element beside it; the value element is absent until a choice).
      // A searchable sd-Select (a dictionary field) types its query into that input, so it is not
      // read-only, and still has no way back to nothing.
      const container = box?.closest('[class*="sd-Select-container-"]');
      const prompts =
        box instanceof HTMLInputElement &&
        (box.readOnly || !!container) &&
        (!!box.placeholder || !!container?.querySelector('[class*="placeholder" i]')) &&
        !box.value &&
        !(el?.textContent ?? '').trim();
      if (!el) return prompts;
      if (!shown) {
        // Radios drawn without inputs, none checked: a radio cannot be unchecked.
        const group = el.getAttribute('role') === 'radio' && el.closest('[role=radiogroup]');
        if (group && !group.querySelector('input[type=radio]'))
          return ![...group.querySelectorAll('[role=radio]')].some(
            (r) => r.getAttribute('aria-checked') === 'true',
          );
        // A radio input of a group with none checked: the same, once the page's framework owns the
        // choice (React re-checks a controlled radio on its next render, whatever the DOM was told).
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          const scope = el.form ?? el.getRootNode();
          const group = [...scope.querySelectorAll('input[type=radio]')].filter((r) => r.name === el.name);
          if (!group.some((r) => r.checked)) return true;
        }
      }
      // antd, react-select and listbox triggers render a placeholder element; Element Plus greys out its
      // value span; 北森's phoenix select marks its label span `--show` while it prompts. The shown
      // element may be the prompt itself (react-select's `select__placeholder`, a month period picker's
      // 开始时间 text), never a control; class names spell it placeholder or placeHolder.
      if (
        el.querySelector('[class*="placeholder" i]') ||
        (!('value' in el) && el.matches('[class*="placeholder" i]')) ||
        // An empty value element beside the prompt (UD's `__selectItem` and `__placeholder`).
        (!('value' in el) &&
          !(el.textContent ?? '').trim() &&
          !!el.parentElement?.querySelector(':scope > [class*="placeholder" i]')) ||
        el.classList.contains('is-transparent') ||
        /placeholder--show\b/i.test(el.getAttribute('class') ?? '')
      )
        return true;
      return prompts;
    },
    [loc.shown ?? null, loc.selector],
  );
}

/** Values of the fields a fill writes that exist before it and that undo can restore. */
export async function snapshotRestorable(page, e) {
  const locs = [];
  for (const f of [...e.fields, ...oneOfFields(e), ...checkedOptional(e)])
    if (!f.dynamic && !(await showsPlaceholder(page, f))) locs.push(f);
  const values = await readAll(page, locs);
  return new Map(locs.map((l, i) => [key(l), values[i].shown]));
}

/** Every field that does not show again, after undo, what it showed before the fill. */
export async function restoredDifferences(page, e, before) {
  const locs = [...e.fields, ...oneOfFields(e), ...checkedOptional(e)].filter((f) => before.has(key(f)));
  const now = await readAll(page, locs);
  // A control not yet drawn when the page was read (null) is restored when it is empty now.
  const same = (shown, was) => String(shown) === String(was) || (was == null && isEmpty(shown));
  return locs.flatMap((f, i) =>
    same(now[i].shown, before.get(key(f)))
      ? []
      : [
          `${where(f)}: ${JSON.stringify(now[i].shown)} after undo, was ${JSON.stringify(before.get(key(f)))}`,
        ],
  );
}
