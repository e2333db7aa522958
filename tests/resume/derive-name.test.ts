import { describe, expect, it } from 'vitest';
import { deriveName, splitLatinName } from '~/lib/resume/derive/name';

describe('deriveName', () => {
  it.each([
    ['赵晨阳', '赵', '晨阳', 'Zhao', 'Chenyang'],
    ['林佳佳', '林', '佳佳', 'Lin', 'Jiajia'],
    ['欧阳娜娜', '欧阳', '娜娜', 'Ouyang', 'Nana'],
    ['司马光', '司马', '光', 'Sima', 'Guang'],
    ['上官婉儿', '上官', '婉儿', 'Shangguan', 'Waner'],
    ['诸葛亮', '诸葛', '亮', 'Zhuge', 'Liang'],
    ['尉迟恭', '尉迟', '恭', 'Yuchi', 'Gong'],
    ['独孤求败', '独孤', '求败', 'Dugu', 'Qiubai'],
    ['曾小贤', '曾', '小贤', 'Zeng', 'Xiaoxian'],
    ['单雄信', '单', '雄信', 'Shan', 'Xiongxin'],
    ['吕小布', '吕', '小布', 'Lyu', 'Xiaobu'],
    ['李 思远', '李', '思远', 'Li', 'Siyuan'],
  ])('%s → %s + %s (%s %s)', (raw, family, given, latinFamily, latinGiven) => {
    const { name, latinMissing } = deriveName(raw);
    expect(name).toMatchObject({ raw, family, given, full: family + given, latinFromFile: false });
    expect(name.latin).toEqual({
      family: latinFamily,
      given: latinGiven,
      full: `${latinGiven} ${latinFamily}`,
    });
    expect(latinMissing).toBe(false);
  });

  it('lets name_en win over pinyin', () => {
    const { name } = deriveName('李思远', 'Steven Li');
    expect(name.latin).toEqual({ given: 'Steven', family: 'Li', full: 'Steven Li' });
    expect(name.latinFromFile).toBe(true);
    expect(deriveName('吕小布', 'Xiaobu Lv').name.latin.family).toBe('Lv');
  });

  it('takes a Latin name as written', () => {
    const { name } = deriveName('Alex Chen');
    expect(name).toMatchObject({ full: 'Alex Chen', given: 'Alex', family: 'Chen', latinFromFile: true });
    expect(name.latin).toEqual({ full: 'Alex Chen', given: 'Alex', family: 'Chen' });
    expect(deriveName('Mary Jane Watson').name).toMatchObject({ given: 'Mary Jane', family: 'Watson' });
  });

  it('splits a transliterated name at its dot', () => {
    expect(deriveName('买买提·艾力').name).toMatchObject({ given: '买买提', family: '艾力' });
  });

  it('leaves the Latin name empty rather than wrong when pinyin has no reading', () => {
    const { name, latinMissing } = deriveName('𠀀明');
    expect(latinMissing).toBe(true);
    expect(name.latin).toEqual({ full: '', given: '', family: '' });
  });
});

describe('splitLatinName', () => {
  it.each([
    ['Chenyang Zhao', 'Chenyang', 'Zhao', 'Chenyang Zhao'],
    ['ZHAO Chenyang', 'Chenyang', 'Zhao', 'Chenyang Zhao'],
    ['Zhao, Chenyang', 'Chenyang', 'Zhao', 'Chenyang Zhao'],
    ['Madonna', 'Madonna', '', 'Madonna'],
  ])('%s', (written, given, family, full) => {
    expect(splitLatinName(written)).toEqual({ given, family, full });
  });
});
