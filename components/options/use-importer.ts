import { useCallback, useState } from 'react';
import { makeIssue } from '~/lib/resume/issue';
import { importJsonResume, importProfile, type StoredImportResult } from '~/lib/storage/import';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  /** `text` is kept so errors can show the offending lines. */
  | { kind: 'done'; result: StoredImportResult; text: string };

export interface Importer {
  state: ImportState;
  importText(text: string, source?: { fileName?: string; byteLength?: number }): Promise<StoredImportResult>;
  importFile(file: File): Promise<StoredImportResult>;
  dismiss(): void;
}

/** JSON Resume when the file says .json, or pasted text that is a JSON object; Markdown otherwise. */
export function looksLikeJson(text: string, fileName?: string): boolean {
  if (fileName) return /\.json$/i.test(fileName);
  return text.trimStart().startsWith('{');
}

export function useImporter(onImported?: (profileId: string) => void): Importer {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const importText = useCallback<Importer['importText']>(
    async (text, source = {}) => {
      setState({ kind: 'busy' });
      const run = looksLikeJson(text, source.fileName) ? importJsonResume : importProfile;
      let result: StoredImportResult;
      try {
        result = await run(text, source);
      } catch (err) {
        // Parsing never throws; this is storage refusing the write (quota, extension reloaded).
        const message = err instanceof Error ? err.message : String(err);
        result = { ok: false, errors: [makeIssue('storage', 'iStorage', { reason: message })] };
      }
      setState({ kind: 'done', result, text });
      if (result.ok && result.profileId) onImported?.(result.profileId);
      return result;
    },
    [onImported],
  );

  const importFile = useCallback<Importer['importFile']>(
    async (file) => importText(await file.text(), { fileName: file.name, byteLength: file.size }),
    [importText],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, importText, importFile, dismiss };
}
