import { describe, expect, it } from 'vitest';
import { groupState, moveBy, moveTo, toggleChosen, toggleGroup } from '~/lib/highlights/chosen-order';
import { filterSources } from '~/lib/highlights/filter-sources';
import { detectPageLang } from '~/lib/i18n/lang';
import { buildPickSources } from '~/lib/highlights/sources';
import { sampleResume } from '../card/sample-resume';

describe('chosen order', () => {
  it('toggles items and whole groups, appending in source order', () => {
    expect(toggleChosen(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleChosen(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleGroup(['x', 'b'], ['a', 'b', 'c'])).toEqual(['x', 'b', 'a', 'c']);
    expect(toggleGroup(['x', 'a', 'b', 'c'], ['a', 'b', 'c'])).toEqual(['x']);
    expect(groupState(['a'], ['a', 'b'])).toBe('some');
    expect(groupState(['a', 'b'], ['a', 'b'])).toBe('all');
    expect(groupState([], ['a'])).toBe('none');
  });

  it('moves an item by a step or to a place, clamped at the ends', () => {
    expect(moveBy(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b'], 'zz', 0)).toEqual(['a', 'b']);
  });
});

describe('filterSources', () => {
  const sources = buildPickSources(sampleResume());
  it('matches tags and text, and project names for all their items', () => {
    expect(filterSources(sources, '性能').flatMap((s) => s.items.map((i) => i.id))).toEqual(['p0.h1']);
    expect(filterSources(sources, 'p99').flatMap((s) => s.items.map((i) => i.id))).toEqual(['p0.h1']);
    expect(filterSources(sources, '对账系统').flatMap((s) => s.items.map((i) => i.id))).toEqual([
      'p1.s',
      'p1.h0',
    ]);
    expect(filterSources(sources, '消息平台 压测').flatMap((s) => s.items.map((i) => i.id))).toEqual([
      'p0.h2',
    ]);
    expect(filterSources(sources, '')).toHaveLength(3);
  });
});

describe('detectPageLang', () => {
  it('uses <html lang>, overruled by clearly Chinese text around the field', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<form><label>项目描述</label><textarea></textarea></form>';
    expect(detectPageLang(document, { near: document.querySelector('textarea') })).toBe('zh');
    document.body.innerHTML = '<form><label>Describe a project</label><textarea></textarea></form>';
    expect(detectPageLang(document, { near: document.querySelector('textarea') })).toBe('en');
    document.documentElement.lang = '';
    document.body.innerHTML = '<p>请填写您的教育经历和工作经历</p>';
    expect(detectPageLang(document)).toBe('zh');
  });
});
