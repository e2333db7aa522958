// Each profile's files: one per kind, the size limit enforced, dropped with their profile and with
// "delete all", and a malformed store read back as empty rather than breaking the extension.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AttachmentTooLargeError,
  deleteAllData,
  deleteProfile,
  getAttachments,
  removeAttachment,
  setAttachment,
} from '~/lib/storage';
import { importProfile } from '~/lib/storage/import';
import { migrateAttachmentsToV2 } from '~/lib/storage/migrations';
import { ATTACHMENT_MAX_BYTES, bytesToBase64, type StoredAttachment } from '~/lib/attachments/types';
import { SAMPLE_ZH } from './fixtures';

beforeEach(() => fakeBrowser.reset());

const pdf = (kind: StoredAttachment['kind'], name: string, size = 9): StoredAttachment => ({
  kind,
  name,
  type: 'application/pdf',
  size,
  data: bytesToBase64(new TextEncoder().encode('%PDF-1.4\n')),
  addedAt: 1,
});

async function profile(): Promise<string> {
  const r = await importProfile(SAMPLE_ZH, { fileName: 'cv.md' });
  if (!r.ok || !r.profileId) throw new Error('sample résumé must import');
  return r.profileId;
}

describe('attachments', () => {
  it('keeps one file per kind per profile, a new one replacing the old', async () => {
    const id = await profile();
    await setAttachment(id, pdf('resume', 'a.pdf'));
    await setAttachment(id, pdf('transcript', 't.pdf'));
    await setAttachment(id, pdf('resume', 'b.pdf'));
    expect((await getAttachments(id)).map((a) => [a.kind, a.name])).toEqual([
      ['transcript', 't.pdf'],
      ['resume', 'b.pdf'],
    ]);
    await removeAttachment(id, 'transcript');
    expect((await getAttachments(id)).map((a) => a.name)).toEqual(['b.pdf']);
    expect(await getAttachments('another-profile')).toEqual([]);
  });

  it('refuses a file over the limit', async () => {
    const id = await profile();
    await expect(
      setAttachment(id, pdf('resume', 'big.pdf', ATTACHMENT_MAX_BYTES + 1)),
    ).rejects.toBeInstanceOf(AttachmentTooLargeError);
    expect(await getAttachments(id)).toEqual([]);
  });

  it('goes with its profile and with "delete all"', async () => {
    const id = await profile();
    await setAttachment(id, pdf('resume', 'a.pdf'));
    await deleteProfile(id);
    expect(await getAttachments(id)).toEqual([]);
    const next = await profile();
    await setAttachment(next, pdf('resume', 'a.pdf'));
    await deleteAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads a malformed store as empty', () => {
    expect(migrateAttachmentsToV2('junk')).toEqual({});
    expect(
      migrateAttachmentsToV2({ p: [{ kind: 'photo', name: 'x', data: '' }, pdf('resume', 'a.pdf')] }),
    ).toEqual({
      p: [pdf('resume', 'a.pdf')],
    });
  });
});
