import { describe, expect, it } from 'vitest';
import { countChars, roomForInsert } from '~/lib/highlights/count-chars';
import { parseCounterText } from '~/lib/highlights/parse-counter';
import { cutAtSentenceEnd, dropItemsToFit } from '~/lib/highlights/trim-to-fit';

describe('countChars', () => {
  it('counts a CJK character as 1, like maxlength and the sites’ counters', () => {
    expect(countChars('设计多活架构')).toBe(6);
    expect(countChars('【性能】P99 800ms；')).toBe(14);
    expect(countChars('a\r\nb')).toBe(3);
    // maxlength counts UTF-16 units: an emoji takes two.
    expect(countChars('👍')).toBe(2);
  });

  it('leaves room for what stays in the field, giving back a selection', () => {
    expect(roomForInsert(500, null)).toBe(500);
    expect(roomForInsert(500, { value: '已有内容十个字啊啊', selectionStart: 9, selectionEnd: 9 })).toBe(491);
    expect(roomForInsert(20, { value: '0123456789', selectionStart: 2, selectionEnd: 8 })).toBe(16);
    expect(roomForInsert(5, { value: '0123456789', selectionStart: null, selectionEnd: null })).toBe(0);
  });
});

describe('parseCounterText', () => {
  it('reads used / max counters', () => {
    expect(parseCounterText('0/500', 0)).toEqual({ kind: 'used-of-max', max: 500, used: 0 });
    expect(parseCounterText(' 12 / 2000 ', 12)).toEqual({ kind: 'used-of-max', max: 2000, used: 12 });
    expect(parseCounterText('0／1,000字', 0)?.max).toBe(1000);
    expect(parseCounterText('620/500', 620)?.max).toBe(500);
  });

  it('turns remaining counts into a total with what is typed', () => {
    expect(parseCounterText('还可输入500字', 0)).toEqual({ kind: 'remaining', max: 500 });
    expect(parseCounterText('还可以输入 480 个字', 20)).toEqual({ kind: 'remaining', max: 500 });
    expect(parseCounterText('剩余300字符', 0)?.max).toBe(300);
    expect(parseCounterText('150 characters remaining', 50)).toEqual({ kind: 'remaining', max: 200 });
  });

  it('reads stated maximums', () => {
    expect(parseCounterText('请输入项目描述，不超过2000字', 5)).toEqual({ kind: 'maximum', max: 2000 });
    expect(parseCounterText('最多可输入500字', 30)).toEqual({ kind: 'maximum', max: 500 });
    expect(parseCounterText('500字以内', 0)?.max).toBe(500);
    expect(parseCounterText('Maximum 1000 characters', 0)?.max).toBe(1000);
  });

  it('ignores texts that are not counters', () => {
    expect(parseCounterText('1/2', 0)).toBeNull();
    expect(parseCounterText('2024/09', 0)).toBeNull();
    expect(parseCounterText('项目描述', 0)).toBeNull();
    expect(parseCounterText('', 0)).toBeNull();
  });
});

describe('trimming to the limit', () => {
  it('keeps the longest prefix of items that fits', () => {
    const render = (xs: string[]) => xs.join('\n');
    expect(dropItemsToFit(['aaaa', 'bbbb', 'cccc'], render, 9)).toEqual(['aaaa', 'bbbb']);
    expect(dropItemsToFit(['aaaa', 'bbbb'], render, 3)).toEqual([]);
    expect(dropItemsToFit(['aa'], render, 10)).toEqual(['aa']);
  });

  it('cuts at the last sentence end that fits and closes the clause', () => {
    const text = '• 设计多活架构；\n• 将延迟降到120ms；\n• 差错自动修复。';
    expect(cutAtSentenceEnd(text, 23)).toBe('• 设计多活架构；\n• 将延迟降到120ms。');
    expect(cutAtSentenceEnd(text, 22)).toBe('• 设计多活架构。');
    expect(cutAtSentenceEnd(text, 9)).toBe('• 设计多活架构。');
    expect(cutAtSentenceEnd(text, 100)).toBe(text);
    expect(cutAtSentenceEnd(text, 5)).toBeNull();
  });

  it('never cuts inside a word or a decimal number', () => {
    const text = 'Raised QPS from 600 to 5.2k. Cut costs by 3.5 percent; shipped weekly.';
    expect(cutAtSentenceEnd(text, 40)).toBe('Raised QPS from 600 to 5.2k.');
    expect(cutAtSentenceEnd(text, 60)).toBe('Raised QPS from 600 to 5.2k. Cut costs by 3.5 percent.');
  });
});
