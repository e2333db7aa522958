import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { GENERIC_DRIVERS } from '~/lib/fill/drivers';
import { nextFrame } from '~/lib/fill/drivers/wait-for';
import type { FillContext } from '~/lib/fill/act/fill-field';
import { createWriteBatch, type FillRow } from '~/lib/fill/act/write-batch';
import { beginSnapshot, undoLastFill } from '~/lib/fill/undo/snapshot';
import { cls, makeField } from '../values/make-field';
import { handResume } from '../values/resumes';

const ctx = (): FillContext => ({
  resume: handResume(),
  lang: 'zh',
  overwrite: false,
  bar: CONFIDENCE_BAR,
  now: new Date('2025-06-01'),
  hasCountryCodeField: false,
  drivers: GENERIC_DRIVERS,
  pinned: new Map(),
});

function mountFields(): { name: FieldDescription; email: FieldDescription; degree: FieldDescription } {
  document.body.innerHTML = `<form><input id="name"><input id="email" type="email">
    <select id="degree"><option value="">请选择</option><option>本科</option><option>硕士</option></select></form>`;
  const el = (id: string) => document.getElementById(id)!;
  return {
    name: makeField(el('name'), 'text'),
    email: makeField(el('email'), 'text'),
    degree: makeField(el('degree'), 'select'),
  };
}

async function runBatch(add: (batch: ReturnType<typeof createWriteBatch>) => FillRow[]) {
  const batch = createWriteBatch(ctx());
  const rows = add(batch);
  batch.write();
  await nextFrame();
  await batch.settle();
  return rows;
}

beforeEach(() => {
  document.body.innerHTML = '';
  beginSnapshot();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('write batch', () => {
  it('reads every field before writing any, so the page is laid out once, not once per field', async () => {
    const f = mountFields();
    const log: string[] = [];
    const rect = Element.prototype.getBoundingClientRect;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      log.push('read');
      return rect.call(this);
    });
    const style = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
      log.push('read');
      return style(el, pseudo);
    });
    document.addEventListener('input', () => log.push('write'), true);
    const batch = createWriteBatch(ctx());
    batch.add(f.name, cls('name.full'), 0);
    batch.add(f.email, cls('email'), 0);
    batch.add(f.degree, cls('highestDegree'), 0);
    batch.write();
    const firstWrite = log.indexOf('write');
    expect(log.filter((e) => e === 'write')).toHaveLength(3);
    expect(log.indexOf('read')).toBeLessThan(firstWrite);
    expect(log.slice(firstWrite)).not.toContain('read');
  });

  it('completes each row in document order once settled, and records each field for undo', async () => {
    const f = mountFields();
    const rows = await runBatch((b) => [
      b.add(f.name, cls('name.full'), 0)!,
      b.add(f.email, cls('email'), 0)!,
      b.add(f.degree, cls('highestDegree'), 0)!,
    ]);
    expect(rows.map(([field]) => field)).toEqual([f.name, f.email, f.degree]);
    expect(rows.map(([, r]) => [r.key, r.status, r.shown])).toEqual([
      ['name.full', 'filled', '张小明'],
      ['email', 'filled', 'xm@example.com'],
      ['highestDegree', 'filled', '硕士'],
    ]);
    expect((await undoLastFill()).restored).toBe(3);
    expect((f.name.el as HTMLInputElement).value).toBe('');
  });

  it('reports a value the page put back after the write', async () => {
    const f = mountFields();
    // A framework re-rendering on its next tick (Vue's nextTick is a microtask) with its old state.
    const email = f.email.el as HTMLInputElement;
    email.addEventListener('change', () => queueMicrotask(() => (email.value = '')));
    const [nameRow, emailRow] = await runBatch((b) => [
      b.add(f.name, cls('name.full'), 0)!,
      b.add(f.email, cls('email'), 0)!,
    ]);
    expect(nameRow[1].status).toBe('filled');
    expect(emailRow[1]).toMatchObject({ status: 'failed', reason: 'the page did not keep the value' });
  });

  it('never writes into a field an earlier write of the batch removed from the page', async () => {
    const f = mountFields();
    f.name.el.addEventListener('input', () => f.email.el.remove());
    const [, email] = await runBatch((b) => [
      b.add(f.name, cls('name.full'), 0)!,
      b.add(f.email, cls('email'), 0)!,
    ]);
    expect(email[1]).toMatchObject({ status: 'failed', reason: expect.stringContaining('left the page') });
    expect((f.email.el as HTMLInputElement).value).toBe('');
  });

  it('leaves custom widgets and skipped fields to the caller or their own report', async () => {
    const f = mountFields();
    document.body.insertAdjacentHTML('beforeend', '<div id="rich" contenteditable="true"></div>');
    const rich = makeField(document.getElementById('rich')!, 'contenteditable');
    (f.name.el as HTMLInputElement).value = '李四';
    const batch = createWriteBatch(ctx());
    expect(batch.add(rich, cls('selfIntro'), 0)).toBeUndefined();
    const kept = batch.add(f.name, cls('name.full'), 0)!;
    const unsure = batch.add(f.email, cls('email', undefined, 0.1), 0)!;
    batch.write();
    await batch.settle();
    expect(kept[1]).toMatchObject({ status: 'kept', shown: '李四' });
    expect(unsure[1].status).toBe('skipped');
    expect((f.email.el as HTMLInputElement).value).toBe('');
  });
});
