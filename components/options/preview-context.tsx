import { createContext, useContext } from 'react';
import type { Overrides } from '~/lib/resume/overrides';
import type { Resume } from '~/lib/resume/types';

export interface PreviewData {
  /** As derived from the file, before corrections. */
  base: Resume;
  /** With the user's corrections applied: what the forms get. */
  resolved: Resume;
  overrides: Overrides;
  /** `null` removes the correction. */
  save(path: string, value: string | null): Promise<void>;
}

export const PreviewContext = createContext<PreviewData | null>(null);

export function usePreview(): PreviewData {
  const data = useContext(PreviewContext);
  if (!data) throw new Error('usePreview outside <PreviewContext.Provider>');
  return data;
}

/** How a stored value reads as text in an editor; absent values are empty. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
