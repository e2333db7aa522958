import { describe, expect, it } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { inFormat, inlineCalendarFormat } from '~/lib/fill/drivers/inline-calendar';
import { recogniseControl } from '~/lib/fill/collect/recognise-control';
import { makeField, mount } from '../values/make-field';

const box = (handler: string, readonly = true) =>
  mount<HTMLInputElement>(
    `<table><tr><td>出生年月</td><td><input id="d" class="Wdate" ${readonly ? 'readonly' : ''} onclick="${handler}"></td></tr></table>`,
  );

describe('date boxes whose calendar an inline handler opens (My97 WdatePicker, laydate)', () => {
  it('a read-only box with such a handler is a date picker; without one it is nothing to fill', () => {
    expect(recogniseControl(box("WdatePicker({dateFmt:'yyyy-MM'})"))?.widget).toBe('date-picker');
    const plain = mount('<input id="p" readonly>');
    expect(recogniseControl(plain)).toBeNull();
  });

  it('reads the format the handler names, My97’s full date by default', () => {
    expect(inlineCalendarFormat(box("WdatePicker({dateFmt:'yyyy年MM月'})"))).toBe('yyyy年MM月');
    expect(inlineCalendarFormat(box('WdatePicker()'))).toBe('yyyy-MM-dd');
    expect(inFormat('2019-08', 'yyyy-MM')).toBe('2019-08');
    expect(inFormat('2019.8', 'yyyy年M月')).toBe('2019年8月');
    expect(inFormat('2019-08', 'yyyy-MM-dd')).toBeNull();
  });

  it('writes the month in that format and tells the page; a format asking a day is declined, the box untouched', async () => {
    const input = box("WdatePicker({dateFmt:'yyyy-MM'})");
    const changes: string[] = [];
    input.addEventListener('change', () => changes.push(input.value));
    const field = makeField(input, 'date-picker');
    const result = await driverFor(field).write(field, '1997-05');
    expect(result).toMatchObject({ ok: true, shown: '1997-05' });
    expect(changes).toEqual(['1997-05']);

    const daily = box('WdatePicker()');
    const f2 = makeField(daily, 'date-picker');
    const r2 = await driverFor(f2).write(f2, '1997-05');
    expect(r2).toMatchObject({ ok: false, declined: true });
    expect(daily.value).toBe('');
  });
});
