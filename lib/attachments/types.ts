// The files a user keeps beside a profile (a résumé PDF, a cover letter, a transcript) and how they travel:
// stored and sent as base64 text, because extension storage and messages carry JSON only. A leaf module:
// storage, messaging, the options page and the fill engine all import it.

export const ATTACHMENT_KINDS = ['resume', 'coverLetter', 'transcript'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * The largest file kept, per attachment. The browser gives an extension 10 MB of local storage without
 * the unlimited-storage permission, and base64 makes a file a third larger: 2 MB each leaves room for a
 * résumé, a cover letter and a transcript beside the profiles.
 */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;

export interface StoredAttachment {
  kind: AttachmentKind;
  /** The file's own name, as a site will show it. */
  name: string;
  /** Its MIME type ('application/pdf'); '' when the browser did not know it. */
  type: string;
  size: number;
  /** The bytes, base64. */
  data: string;
  addedAt: number;
}

export function isAttachmentKind(v: unknown): v is AttachmentKind {
  return typeof v === 'string' && (ATTACHMENT_KINDS as readonly string[]).includes(v);
}

/** The kind a file's own name suggests ('transcript-2024.pdf'), for the command line; default résumé. */
export function kindFromFileName(name: string): AttachmentKind {
  const base = name.toLowerCase();
  if (/cover|求职信|自荐信|motivation/.test(base)) return 'coverLetter';
  if (/transcript|成绩/.test(base)) return 'transcript';
  return 'resume';
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const s = atob(data);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
