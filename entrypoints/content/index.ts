import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://*.ahram.org.eg/*'],
  main() {},
});
