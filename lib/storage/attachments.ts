// Each profile's files (a résumé PDF, a cover letter, a transcript): one per kind, kept in local storage
// and never sent anywhere; a fill hands them to the page's own file boxes.
import { ATTACHMENT_MAX_BYTES, type AttachmentKind, type StoredAttachment } from '~/lib/attachments/types';
import { attachmentsItem, serialized, writeItem } from './items';

export async function getAttachments(profileId: string): Promise<StoredAttachment[]> {
  return (await attachmentsItem.getValue())[profileId] ?? [];
}

export function watchAttachments(cb: (all: Record<string, StoredAttachment[]>) => void): () => void {
  return attachmentsItem.watch((all) => cb(all ?? {}));
}

export class AttachmentTooLargeError extends Error {
  constructor(size: number) {
    super(`The file is ${size} bytes; at most ${ATTACHMENT_MAX_BYTES} bytes are kept.`);
  }
}

/** Keeps the file as the profile's attachment of its kind (replacing the one before). */
export function setAttachment(profileId: string, file: StoredAttachment): Promise<void> {
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.reject(new AttachmentTooLargeError(file.size));
  return serialized(async () => {
    const all = await attachmentsItem.getValue();
    const rest = (all[profileId] ?? []).filter((a) => a.kind !== file.kind);
    await writeItem(attachmentsItem, { ...all, [profileId]: [...rest, file] });
  });
}

export function removeAttachment(profileId: string, kind: AttachmentKind): Promise<void> {
  return serialized(async () => {
    const all = await attachmentsItem.getValue();
    const rest = (all[profileId] ?? []).filter((a) => a.kind !== kind);
    await writeItem(attachmentsItem, { ...all, [profileId]: rest });
  });
}
