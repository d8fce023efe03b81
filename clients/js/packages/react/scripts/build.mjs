// Builds @calls/react with esbuild: three entries (the main one, ./jitsi and ./admin); React, @calls/client,
// @jitsi/react-sdk and chart.js are left to the app's bundler.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

await build({
  entryPoints: [here('../src/index.ts'), here('../src/jitsi.tsx'), here('../src/admin.tsx')],
  outdir: here('../dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  jsx: 'automatic',
  sourcemap: true,
  external: ['react', 'react/jsx-runtime', 'react-dom', '@calls/client', '@jitsi/react-sdk', 'chart.js'],
  logLevel: 'warning',
});
console.log('@calls/react: built dist/index.js, dist/jitsi.js and dist/admin.js');
