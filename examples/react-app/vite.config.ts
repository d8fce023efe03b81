import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// @calls/client and @calls/react come from this repository's clients/js as source (the packages' own build
// bundles the same files), with the browser client's shared modules beside them; React and the Jitsi SDK are
// this app's own copies (dedupe), so hooks see one React. Chart.js too.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  resolve: {
    alias: {
      '@calls/shared': here('../../calls-servlet/src/main/resources/dev/calls/servlet/client'),
      '@calls/admin.js': here('../../calls-servlet/src/main/resources/dev/calls/servlet/admin.js'),
      '@calls/client': here('../../clients/js/packages/client/src/index.ts'),
      '@calls/react/jitsi': here('../../clients/js/packages/react/src/jitsi.tsx'),
      '@calls/react/admin': here('../../clients/js/packages/react/src/admin.tsx'),
      '@calls/react': here('../../clients/js/packages/react/src/index.ts'),
    },
    dedupe: ['react', 'react-dom', '@jitsi/react-sdk', 'chart.js'],
  },
  define: { 'import.meta.url': '"file:///calls/client/api.js"' },
  build: {
    // packed into the Maven module's jar, which the Spring Boot example serves under /app/
    outDir: process.env.CALLS_REACT_OUT ?? 'dist',
    emptyOutDir: true,
  },
  server: {
    // npm run dev: the Spring Boot example on 8080 answers /api (no CORS needed)
    proxy: { '/api': 'http://localhost:8080' },
    // the packages' sources and the shared modules live outside this folder
    fs: {
      allow: [here('.'), here('../../clients/js/packages'), here('../../calls-servlet/src/main/resources/dev/calls/servlet')],
    },
  },
});
