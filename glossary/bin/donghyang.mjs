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
  // The CLI and the worker its imports and exports run in.
  const stale = ['cli', 'worker'].map((name) => [name, staleReason(path.join(repoRoot, BUNDLES[name]))]).filter(([, reason]) => reason !== null);
  if (stale.length === 0) return bundle;
  try {
    note(`${stale.map(([, reason]) => reason).join('; ')}; building the command line (node scripts/build.mjs)`);
    const { buildBundle } = await import('../../scripts/build.mjs');
    for (const [name] of stale) await buildBundle(name);
    return bundle;
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    process.stderr.write(`donghyang: could not build ${stale.map(([name]) => BUNDLES[name]).join(' and ')} (${why}); running the TypeScript sources instead\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return path.join(repoRoot, 'electron', 'team', 'cli.ts');
  }
}

const { main } = await import(pathToFileURL(await entryPoint()).href);
process.exitCode = await main(process.argv);
