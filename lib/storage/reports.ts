// The last fill report per tab, so the popup can show what happened on the page it opens over.
import type { FillReport } from '~/lib/fill/types';
import { lastReportsItem, serialized } from './items';

export async function getLastReport(tabId: number): Promise<FillReport | null> {
  return (await lastReportsItem().getValue())[String(tabId)] ?? null;
}

/** `null` forgets the tab (closed, or navigated away). */
export function setLastReport(tabId: number, report: FillReport | null): Promise<void> {
  return serialized(async () => {
    const { [String(tabId)]: _old, ...others } = await lastReportsItem().getValue();
    await lastReportsItem().setValue(report ? { ...others, [String(tabId)]: report } : others);
  });
}
