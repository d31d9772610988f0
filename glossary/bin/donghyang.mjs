#!/usr/bin/env node
// The `donghyang` command. Runs the JavaScript build of the CLI (glossary/dist/cli.mjs, made by
// `npm install`), so it starts without compiling TypeScript. When a source changed since, or the
// build is missing, it builds it again first (esbuild, well under a second); when it cannot, it runs
// the TypeScript sources through tsx instead and says so.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLES, repoRoot, staleReason } from '../../scripts/build-state.mjs';

const note = (text) => {
  // Only people at a terminal want to hear about builds; scripts get clean output.
  if (process.stderr.isTTY) process.stderr.write(`donghyang: ${text}\n`);
};

async function entryPoint() {
  const bundle = path.join(repoRoot, BUNDLES.cli);
  const stale = staleReason(bundle);
  if (stale === null) return bundle;
  try {
    note(`${stale}; building the command line (node scripts/build.mjs)`);
    const { buildBundle } = await import('../../scripts/build.mjs');
    await buildBundle('cli');
    return bundle;
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    process.stderr.write(`donghyang: could not build ${BUNDLES.cli} (${why}); running the TypeScript sources instead\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return path.join(repoRoot, 'electron', 'team', 'cli.ts');
  }
}

const { main } = await import(pathToFileURL(await entryPoint()).href);
process.exitCode = await main(process.argv);
