import { hasCjk } from '~/lib/i18n/lang';
import { pickerStrings } from '~/lib/highlights/strings';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertIntoField, withLineBreaks } from '~/lib/highlights/insert-highlights';
import { resolvePickerTarget, snapshotField } from '~/lib/highlights/picker-target';

describe('insertIntoField', () => {
  let area: HTMLTextAreaElement;
  beforeEach(() => {
    document.body.innerHTML = '<textarea id="desc"></textarea><button id="elsewhere">x</button>';
    area = document.getElementById('desc') as HTMLTextAreaElement;
    area.value = '开头。结尾。';
  });

  it('replaces the selection, fires input events, and undo restores the old text', async () => {
    area.focus();
    area.setSelectionRange(3, 3);
    const opened = snapshotField(area);
    // Focus moves into the picker; the textarea keeps its selection.
    document.getElementById('elsewhere')!.focus();
    const inputs: string[] = [];
    area.addEventListener('input', () => inputs.push(area.value));
    const out = await insertIntoField(area, '• 亮点。', opened);
    expect(out.ok).toBe(true);
    expect(area.value).toBe('开头。• 亮点。结尾。');
    expect(inputs).toContain('开头。• 亮点。结尾。');
    expect(await out.undo()).toBe(true);
    expect(area.value).toBe('开头。结尾。');
  });

  it('puts a list on lines of its own, but lets a paragraph continue the sentence', async () => {
    area.setSelectionRange(3, 3);
    const out = await insertIntoField(area, '• 亮点。', snapshotField(area), { block: true });
    expect(out.ok).toBe(true);
    expect(area.value).toBe('开头。\n• 亮点。\n结尾。');
    expect(withLineBreaks('• a', '', '', true)).toBe('• a');
    expect(withLineBreaks('• a', 'x\n', '\ny', true)).toBe('• a');
    expect(withLineBreaks('a；b。', 'x', 'y', false)).toBe('a；b。');
  });

  it('drops the line breaks rather than overflow maxlength', async () => {
    area.maxLength = 11;
    area.setSelectionRange(3, 3);
    await insertIntoField(area, '• 亮点。', snapshotField(area), { block: true });
    expect(area.value).toBe('开头。• 亮点。结尾。');
  });

  it('reports a refusal instead of truncating past maxlength', async () => {
    area.maxLength = 8;
    area.setSelectionRange(6, 6);
    const out = await insertIntoField(area, '很长很长的一段话', snapshotField(area));
    expect(out.ok).toBe(false);
    expect(out.failure).toEqual({ kind: 'too-long', length: 14, max: 8 });
    expect(area.value).toBe('开头。结尾。');
  });

  it('words the refusal in one language, the picker one, never the writer English', () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = pickerStrings(lang);
      const text = s.insertFailed(s.tooLong(14, 8));
      if (lang === 'zh') expect(text).toBe('插入失败：超出此输入框的字数上限（14 > 8 字）');
      else expect(text).toBe('Insert failed: too long for this box (14 > 8 characters)');
      expect(hasCjk(s.insertFailed(s.notAccepted))).toBe(lang === 'zh');
      expect(s.insertFailed(s.notAccepted)).not.toMatch(lang === 'zh' ? /[A-Za-z]/ : /[\u4e00-\u9fff]/);
    }
  });
});

describe('resolvePickerTarget', () => {
  beforeEach(() => {
    delete (globalThis as { __resumeAutofill?: unknown }).__resumeAutofill;
    document.body.innerHTML =
      '<textarea id="a"></textarea><input id="b" type="email"><textarea id="c" disabled></textarea>';
  });

  it('prefers the field the light content script recorded', () => {
    const a = document.getElementById('a')!;
    (globalThis as { __resumeAutofill?: unknown }).__resumeAutofill = { target: a };
    document.getElementById('b')!.focus();
    expect(resolvePickerTarget(document)).toBe(a);
  });

  it('falls back to the focused element only when it takes text', () => {
    (globalThis as { __resumeAutofill?: unknown }).__resumeAutofill = {
      target: document.getElementById('c'),
    };
    document.getElementById('a')!.focus();
    expect(resolvePickerTarget(document)?.id).toBe('a');
    document.getElementById('b')!.focus();
    expect(resolvePickerTarget(document)).toBeNull();
  });
});
