import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // the browser client's modules, as the package build bundles them
      '@calls/shared': here('../../calls-servlet/src/main/resources/dev/calls/servlet/client'),
      '@calls/admin.js': here('../../calls-servlet/src/main/resources/dev/calls/servlet/admin.js'),
      '@calls/client': here('packages/client/src/index.ts'),
    },
  },
  define: { 'import.meta.url': '"file:///calls/client/api.js"' },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}'],
    testTimeout: 10000,
  },
});
