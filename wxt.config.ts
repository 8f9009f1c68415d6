import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension is configured here once; WXT derives the Chrome MV3 and Firefox manifests from it.
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // Static files (the icons) live with the other assets rather than in a top-level public/.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill calls fetch(); extension pages need no polyfill, and the
    // shipped code then holds no network call at all (tests/e2e/build-output.test.ts checks).
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Ahram Lens',
    description:
      'Read the news with context: the actors and claims in an article, its timeline, and your own notes. Everything stays on your device.',
    // Least privilege: storage; host access from the content script's match pattern alone. Other
    // sites are read only when the reader asks ("Analyse this page anyway" in the popup): the
    // toolbar click grants `activeTab` for that one tab, and `scripting` injects the reader there.
    // Nothing here can reach the network.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Ahram Lens' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Hide or show Ahram Lens highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'ahram-lens@ahram-lens.dev', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
