import { defineConfig } from 'vitest/config';

// Unit tests: the DOM-free core and the locator/text model (jsdom per file where a DOM is needed).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
