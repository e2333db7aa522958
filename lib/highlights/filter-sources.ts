import { normalizeForSearch } from '~/lib/card/filter-card';
import type { PickSource } from './sources';

/**
 * Sources narrowed to the items matching every word (tag or text). A word found in the project's name or
 * role counts for all its items, so "全球卖 租户" finds that project's 【租户架构】.
 */
export function filterSources(sources: readonly PickSource[], query: string): PickSource[] {
  const tokens = normalizeForSearch(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return [...sources];
  const out: PickSource[] = [];
  for (const source of sources) {
    const context = normalizeForSearch(`${source.name} ${source.role ?? ''}`);
    const items = source.items.filter((item) => {
      const hay = `${context}\n${normalizeForSearch(`${item.tag ?? ''} ${item.text}`)}`;
      return tokens.every((t) => hay.includes(t));
    });
    if (items.length > 0) out.push({ ...source, items });
  }
  return out;
}
