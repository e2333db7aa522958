import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ResumeCard } from '~/components/card/resume-card';
import { NoticePanel } from '~/components/overlay/notice-panel';
import { cardStrings } from '~/lib/card/strings';
import { detectPageLang } from '~/lib/i18n/lang';
import { getSettings, resolveResumeForPage, updateSettings } from '~/lib/storage';
import { mountOverlay, type MountedOverlay } from './mount-overlay';

/** Opens and closes the quick-reference card; toggling while it loads is ignored rather than doubled. */
export function createCardController(ctx: ContentScriptContext) {
  let card: MountedOverlay | null = null;
  let loading: Promise<boolean> | null = null;

  const close = () => {
    card?.remove();
    card = null;
  };

  const open = async (): Promise<boolean> => {
    const pageLang = detectPageLang(document);
    const [resolved, settings] = await Promise.all([
      resolveResumeForPage({ host: location.hostname, lang: pageLang }),
      getSettings(),
    ]);
    const node = resolved ? (
      <ResumeCard
        resume={resolved.resume}
        lang={resolved.profile.lang}
        onClose={close}
        position={settings.cardPosition ?? null}
        onMoveEnd={(p) => void updateSettings({ cardPosition: p })}
      />
    ) : (
      <NoticePanel
        lang={pageLang}
        title={cardStrings(pageLang).cardTitle}
        message={cardStrings(pageLang).noResume}
        closeLabel={cardStrings(pageLang).close}
        onClose={close}
      />
    );
    card = await mountOverlay(ctx, 'resume-autofill-card', node);
    return true;
  };

  return {
    /** Resolves to whether the card is shown afterwards. */
    toggle(): Promise<boolean> {
      if (loading) return loading;
      if (card) {
        close();
        return Promise.resolve(false);
      }
      loading = open().finally(() => (loading = null));
      return loading;
    },
    close,
  };
}
