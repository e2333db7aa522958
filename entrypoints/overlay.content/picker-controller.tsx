import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HighlightPicker } from '~/components/highlight-picker/highlight-picker';
import { NoticePanel } from '~/components/overlay/notice-panel';
import { roomForInsert } from '~/lib/highlights/count-chars';
import { findCharLimit } from '~/lib/highlights/find-char-limit';
import { insertIntoField } from '~/lib/highlights/insert-highlights';
import { detectPageLang } from '~/lib/i18n/lang';
import { resolvePickerTarget, snapshotField } from '~/lib/highlights/picker-target';
import { loadSiteFormat, saveSiteFormat } from '~/lib/highlights/site-format';
import { pickerStrings } from '~/lib/highlights/strings';
import { resolveResumeForPage } from '~/lib/storage';
import { mountOverlay, type MountedOverlay } from './mount-overlay';

/** Opens the highlight picker for the field the user was in; opening again re-targets it. */
export function createPickerController(ctx: ContentScriptContext) {
  let picker: MountedOverlay | null = null;

  const close = (target: HTMLElement | null) => {
    picker?.remove();
    picker = null;
    // Back to the field, so a keyboard user continues where they were.
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  return {
    async open(): Promise<boolean> {
      picker?.remove();
      picker = null;
      const target = resolvePickerTarget(document);
      const lang = detectPageLang(document, { near: target });
      const host = location.hostname;
      const s = pickerStrings(lang);
      const [resolved, format] = await Promise.all([
        resolveResumeForPage({ host, lang }),
        loadSiteFormat(host, lang),
      ]);
      if (!resolved) {
        const notice = (
          <NoticePanel
            lang={lang}
            title={s.title}
            message={s.noResume}
            closeLabel={s.close}
            onClose={() => close(target)}
          />
        );
        picker = await mountOverlay(ctx, 'resume-autofill-picker', notice);
        return true;
      }
      const opened = target ? snapshotField(target) : null;
      const limit = target ? findCharLimit(target) : null;
      // The room changes after each insert or undo, so the picker is rendered again with the new one.
      const view = () => (
        <HighlightPicker
          resume={resolved.resume}
          lang={lang}
          initialFormat={format}
          onFormatChange={(f) => void saveSiteFormat(host, f)}
          room={limit && target ? roomForInsert(limit.max, snapshotField(target)) : null}
          limitText={limit?.text ?? (limit ? `maxlength=${limit.max}` : undefined)}
          anchor={target ? () => (target.isConnected ? target.getBoundingClientRect() : null) : undefined}
          insert={
            target && opened
              ? async (text, opts) => {
                  const r = await insertIntoField(target, text, opened, opts);
                  picker?.render(view());
                  const undo = async () => {
                    const ok = await r.undo();
                    picker?.render(view());
                    return ok;
                  };
                  return { ok: r.ok, ...(r.failure ? { failure: r.failure } : {}), undo };
                }
              : undefined
          }
          onClose={() => close(target)}
        />
      );
      picker = await mountOverlay(ctx, 'resume-autofill-picker', view());
      return true;
    },
    close: () => close(null),
  };
}
