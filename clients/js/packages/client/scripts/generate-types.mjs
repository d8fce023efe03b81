// Generates src/generated/openapi.ts from the server's openapi.json (calls-servlet), the one description of
// the API. With --check it only compares: the build fails when the checked-in file differs, so the types
// cannot drift from the server.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SPEC = here('../../../../../calls-servlet/src/main/resources/dev/calls/servlet/openapi.json');
const OUT = here('../src/generated/openapi.ts');
const HEADER = '// Generated from calls-servlet/src/main/resources/dev/calls/servlet/openapi.json by openapi-typescript\n'
  + '// (npm run generate -w @calls/client). Do not edit: the build fails when this file differs from the spec.\n\n';

const spec = JSON.parse(await readFile(SPEC, 'utf8'));
const text = HEADER + astToString(await openapiTS(spec, { alphabetize: false }));

if (process.argv.includes('--check')) {
  let current = '';
  try { current = await readFile(OUT, 'utf8'); } catch (e) { /* missing counts as different */ }
  if (current !== text) {
    console.error('@calls/client: src/generated/openapi.ts is out of date with openapi.json.\n'
      + 'Run `npm run generate -w @calls/client` in clients/js and commit the result.');
    process.exit(1);
  }
  console.log('@calls/client: generated types match openapi.json');
} else {
  await writeFile(OUT, text);
  console.log('@calls/client: wrote ' + OUT);
}
