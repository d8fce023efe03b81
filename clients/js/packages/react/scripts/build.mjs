// Builds @calls/react with esbuild: two entries (the main one and ./jitsi), React, @calls/client and
// @jitsi/react-sdk left to the app's bundler.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

await build({
  entryPoints: [here('../src/index.ts'), here('../src/jitsi.tsx')],
  outdir: here('../dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  jsx: 'automatic',
  sourcemap: true,
  external: ['react', 'react/jsx-runtime', 'react-dom', '@calls/client', '@jitsi/react-sdk'],
  logLevel: 'warning',
});
console.log('@calls/react: built dist/index.js and dist/jitsi.js');
