// Bundles the Electron entry points with esbuild (installed with tsx):
//   electron/main.ts    → electron/dist/main.cjs     (Node platform; electron and the native
//                                                      better-sqlite3 and @node-rs/jieba stay external)
//   electron/preload.ts → electron/dist/preload.cjs  (one CommonJS file whose only require is
//                                                      'electron', as sandboxed preloads need)
//   glossary/store/glossary-worker.ts → electron/dist/glossary-worker.cjs (imports and exports in a worker thread)
// Usage: node electron/build.mjs [--out-dir DIR]   (also imported by electron/start.mjs)
// The web mode's server and the CLI are built by scripts/build.mjs (`npm install`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { importMetaRelativeTo } from '../scripts/esbuild-import-meta.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOutDir = path.join(repoRoot, 'electron', 'dist');

/** Builds both bundles (into electron/dist unless told otherwise); resolves to the paths written. */
export async function buildElectronBundles({ quiet = false, outDir = defaultOutDir } = {}) {
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: repoRoot,
  };
  const main = path.join(outDir, 'main.cjs');
  const preload = path.join(outDir, 'preload.cjs');
  const glossaryWorker = path.join(outDir, 'glossary-worker.cjs');
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(repoRoot, 'glossary', 'store', 'glossary-worker.ts')],
      outfile: glossaryWorker,
      external: ['better-sqlite3'],
      // The core finds resources/ relative to its sources: each module keeps its own import.meta.url.
      plugins: [importMetaRelativeTo(glossaryWorker, 'cjs')],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron', 'main.ts')],
      outfile: main,
      external: ['electron', 'better-sqlite3', '@node-rs/jieba'],
      plugins: [importMetaRelativeTo(main, 'cjs')],
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron', 'preload.ts')],
      outfile: preload,
      external: ['electron'],
      // The sandboxed preload has no Node: fail the build on any other import.
      plugins: [onlyElectronImports],
    }),
  ]);
  return { main, preload, glossaryWorker };
}

const onlyElectronImports = {
  name: 'only-electron-imports',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path === 'electron') return undefined;
      return { errors: [{ text: `the sandboxed preload may only import 'electron', not '${args.path}'` }] };
    });
  },
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--out-dir');
  const outDir = flag > 0 && process.argv[flag + 1] ? path.resolve(process.argv[flag + 1]) : defaultOutDir;
  const built = await buildElectronBundles({ outDir });
  console.log(`built ${Object.values(built).map((file) => path.relative(repoRoot, file)).join(', ')}`);
}
