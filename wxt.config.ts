import { defineConfig } from 'wxt';
import { RECRUITING_MATCHES } from './lib/sites/recruiting-hosts';

const LIGHT_SCRIPT = 'content-scripts/content.js';

// Chromium MV3 first; `wxt build -b firefox` gives the Firefox build.
export default defineConfig({
  hooks: {
    // The light script runs on the recruiting hosts, the same list as the host permissions: both come
    // from the adapters' match patterns. Set here rather than in entrypoints/content.ts so that script's
    // bundle does not carry the adapters.
    'build:manifestGenerated': (_wxt, manifest) => {
      const light = manifest.content_scripts?.find((cs) => cs.js?.includes(LIGHT_SCRIPT));
      if (!light) throw new Error(`${LIGHT_SCRIPT} is missing from the manifest`);
      light.matches = [...RECRUITING_MATCHES];
    },
  },
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome copies in an offscreen document (lib/background/clipboard.ts); Firefox in its background page.
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The shipped build reaches only the recruiting platforms; elsewhere activeTab comes with the user's
    // click. The `harness` build (npm run fill, e2e, bench) stands in for that click on any test page,
    // which Playwright cannot give, so it alone may script every host.
    host_permissions: mode === 'harness' ? ['<all_urls>'] : [...RECRUITING_MATCHES],
    commands: {
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_cmdFill__' },
      'toggle-card': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdCard__' },
      'open-picker': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdPicker__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'resume-autofill@local',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    // gray-matter → js-yaml → esprima ships a literal U+FFFF; Chrome refuses content scripts that
    // contain it, and shared chunks move between entries, so every chunk is written as ASCII.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    resolve: {
      // esprima is only used by js-yaml's !!js/function type, which we never want; YAML still parses.
      alias: { esprima: new URL('./lib/resume/esprima-stub.ts', import.meta.url).pathname },
    },
  }),
});
