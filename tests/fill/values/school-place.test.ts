import { describe, expect, it } from 'vitest';
import type { FieldOption, MatchKind } from '~/lib/fill/types';
import { matchOption } from '~/lib/fill/values/match-option';
import { schoolPlace } from '~/lib/fill/values/school-place';

const pick = (labels: string[], wanted: string, kind: MatchKind) =>
  matchOption(
    labels.map((label): FieldOption => ({ label, value: label })),
    wanted,
    kind,
  )?.label ?? null;

describe('schoolPlace: where a school is, from the words of its name', () => {
  it('places a school whose name names its place or city', () => {
    expect(schoolPlace('新加坡国立大学')).toEqual({ region: 'abroad', country: 'SG' });
    expect(schoolPlace('National University of Singapore')).toEqual({ region: 'abroad', country: 'SG' });
    expect(schoolPlace('香港科技大学')).toEqual({ region: 'hmt', country: 'HK' });
    expect(schoolPlace('The Hong Kong Polytechnic University')).toEqual({ region: 'hmt', country: 'HK' });
    expect(schoolPlace('澳门大学')).toEqual({ region: 'hmt', country: 'MO' });
    expect(schoolPlace('國立臺灣大學')).toEqual({ region: 'hmt', country: 'TW' });
    expect(schoolPlace('University of Tokyo')).toEqual({ region: 'abroad', country: 'JP' });
    expect(schoolPlace('帝国理工学院')).toEqual({ region: 'abroad', country: 'GB' });
  });

  it('answers nothing for a mainland school, or for a campus in the mainland of a school named elsewhere', () => {
    expect(schoolPlace('华中科技大学')).toBeUndefined();
    expect(schoolPlace('清华大学')).toBeUndefined();
    expect(schoolPlace('香港中文大学', '深圳')).toBeUndefined();
    expect(schoolPlace('新加坡国立大学（苏州）研究院')).toBeUndefined();
    expect(schoolPlace('University of Nottingham Ningbo China')).toBeUndefined();
    expect(schoolPlace("Xi'an Jiaotong-Liverpool University")).toBeUndefined();
    expect(schoolPlace('北京师范大学-香港浸会大学联合国际学院')).toBeUndefined();
  });

  it('answers nothing for a name that places it twice, or not at all', () => {
    expect(schoolPlace('Hong Kong – Singapore joint programme')).toBeUndefined();
    expect(schoolPlace('东京大学 and University of Oxford')).toBeUndefined();
    expect(schoolPlace('Northeastern University')).toBeUndefined();
  });
});

describe('matchOption: 院校所在地 and the country beside it', () => {
  it('港澳台 where the list offers it, else the broader 境外, never 国外 or the mainland', () => {
    expect(pick(['境内', '港澳台', '境外'], '港澳台', 'school-region')).toBe('港澳台');
    expect(pick(['境内', '境外'], '港澳台', 'school-region')).toBe('境外');
    expect(pick(['中国大陆', '境外（含港澳台）'], '港澳台', 'school-region')).toBe('境外（含港澳台）');
    expect(pick(['国内', '国外'], '港澳台', 'school-region')).toBeNull();
  });

  it('境外 takes 海外 or 国外 where the list says it so', () => {
    expect(pick(['境内', '境外'], '境外', 'school-region')).toBe('境外');
    expect(pick(['国内院校', '海外院校'], '境外', 'school-region')).toBe('海外院校');
    expect(pick(['国内', '国外'], '境外', 'school-region')).toBe('国外');
    expect(pick(['Mainland China', 'Overseas'], '境外', 'school-region')).toBe('Overseas');
  });

  it('a country by any of its names', () => {
    expect(pick(['中国', '香港', '澳门', '新加坡'], '中国香港', 'country')).toBe('香港');
    expect(pick(['China', 'Hong Kong SAR', 'Singapore'], 'Hong Kong', 'country')).toBe('Hong Kong SAR');
    expect(pick(['中国', '新加坡', '马来西亚'], '新加坡', 'country')).toBe('新加坡');
    expect(pick(['美国', '英国'], '新加坡', 'country')).toBeNull();
  });
});
