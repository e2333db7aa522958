import { defineConfig } from 'wxt';

// Chromium MV3 first; `wxt build -b firefox` gives the Firefox build.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'clipboardWrite'],
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
