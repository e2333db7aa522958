// The Attachments section: the files that go with the profile shown (a résumé PDF, a cover letter, a
// transcript), one per kind, each with its name, size and a remove button. Kept in local storage only;
// a fill puts them into the page's own upload boxes.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useI18n } from '~/components/shared/i18n-context';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_BYTES,
  bytesToBase64,
  type AttachmentKind,
  type StoredAttachment,
} from '~/lib/attachments/types';
import {
  getAttachments,
  removeAttachment,
  setAttachment,
  watchAttachments,
  type Profile,
} from '~/lib/storage';
import type { StringKey } from '~/lib/i18n/strings';

const KIND_TITLE: Record<AttachmentKind, StringKey> = {
  resume: 'attachmentKindResume',
  coverLetter: 'attachmentKindCoverLetter',
  transcript: 'attachmentKindTranscript',
};

/** 1.2 MB, 340 KB: sizes as a person reads them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The chosen file as it is kept: its bytes in base64 beside its name, type and size. */
async function toStored(kind: AttachmentKind, file: File): Promise<StoredAttachment> {
  const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return { kind, name: file.name, type: file.type, size: file.size, data, addedAt: Date.now() };
}

function useProfileAttachments(profileId: string): StoredAttachment[] | null {
  const [files, setFiles] = useState<StoredAttachment[] | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = watchAttachments((all) => live && setFiles(all[profileId] ?? []));
    void getAttachments(profileId).then((f) => live && setFiles(f));
    return () => {
      live = false;
      unwatch();
    };
  }, [profileId]);
  return files;
}

export function AttachmentsPanel({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const files = useProfileAttachments(profile.id);
  const [error, setError] = useState('');
  const limit = formatSize(ATTACHMENT_MAX_BYTES);
  if (!files) return null;

  const choose = async (kind: AttachmentKind, e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setError(t('attachmentsTooLarge', { name: file.name, size: formatSize(file.size), limit }));
      return;
    }
    const stored = await toStored(kind, file);
    await setAttachment(profile.id, stored).catch((err: unknown) =>
      setError(
        t('attachmentsSaveFailed', { name: file.name, reason: String((err as Error)?.message ?? err) }),
      ),
    );
  };

  return (
    <section className="card attachments" aria-labelledby="attachments-title" data-testid="attachments">
      <div className="card-head">
        <h2 id="attachments-title">{t('attachmentsTitle')}</h2>
        <span className="muted">{t('attachmentsFor', { profile: profile.label })}</span>
      </div>
      <p className="muted">{t('attachmentsHint', { limit })}</p>
      <table className="answers-table">
        <tbody>
          {ATTACHMENT_KINDS.map((kind) => {
            const stored = files.find((f) => f.kind === kind);
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{t(KIND_TITLE[kind])}</th>
                <td data-testid={`attachment-name-${kind}`}>
                  {stored ? (
                    <>
                      {stored.name} <span className="muted">({formatSize(stored.size)})</span>
                    </>
                  ) : (
                    <span className="muted">{t('attachmentsNone')}</span>
                  )}
                </td>
                <td>
                  <label className="btn btn-small file-button">
                    {stored ? t('attachmentsReplace') : t('attachmentsChoose')}
                    <input
                      type="file"
                      data-testid={`attachment-file-${kind}`}
                      onChange={(e) => void choose(kind, e)}
                    />
                  </label>{' '}
                  {stored && (
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid={`attachment-remove-${kind}`}
                      onClick={() => void removeAttachment(profile.id, kind)}
                    >
                      {t('attachmentsRemove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p className="error" role="alert" data-testid="attachments-error">
          {error}
        </p>
      )}
    </section>
  );
}
