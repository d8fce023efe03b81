// Bundles @calls/client with esbuild: this package's TypeScript and, under the alias @calls/shared, the browser
// client's own modules from calls-servlet (and the administrator's requests from admin.js beside them) (one source for client.js and this package).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const SERVLET = '../../../../../calls-servlet/src/main/resources/dev/calls/servlet/';
const SHARED = fileURLToPath(new URL(SERVLET + 'client', import.meta.url));
const ADMIN = fileURLToPath(new URL(SERVLET + 'admin.js', import.meta.url));

await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  sourcemap: true,
  alias: { '@calls/shared': SHARED, '@calls/admin.js': ADMIN },
  // api.js finds the browser client's base path from its own URL; here the base comes from the options, and a
  // fixed URL keeps bundlers of apps from treating new URL('..', import.meta.url) as an asset.
  define: { 'import.meta.url': '"file:///calls/client/api.js"' },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('@calls/client: built dist/index.js');
