import { getSettings, updateSettings } from '~/lib/storage';
import { parseHighlightFormat, type HighlightFormat } from './format';

/** The format last used on this site, else the default for the page's language. */
export async function loadSiteFormat(host: string, lang: 'zh' | 'en'): Promise<HighlightFormat> {
  const settings = await getSettings();
  return parseHighlightFormat(settings.pickerFormatBySite?.[host], lang);
}

export async function saveSiteFormat(host: string, format: HighlightFormat): Promise<void> {
  const settings = await getSettings();
  // The patch replaces the whole map, so carry the other sites' choices over.
  await updateSettings({ pickerFormatBySite: { ...settings.pickerFormatBySite, [host]: { ...format } } });
}
