// Builds what runs from the checkout as JavaScript, so nothing compiles TypeScript at start-up
// (`npm install` runs this as `prepare`):
//   electron/team/cli.ts              → glossary/dist/cli.mjs             (the `donghyang` command)
//   electron/serve-main.ts            → electron/dist/serve-main.mjs      (the web mode's server)
//   glossary/store/glossary-worker.ts → electron/dist/glossary-worker.cjs (its import/export thread)
//   renderer/                         → renderer/dist                     (vite build, only when stale)
// npm packages stay external (resolved from node_modules at run time, better-sqlite3 with its native
// binding among them); JSON data from packages is bundled, as Node 20 cannot import it bare.
// Usage: node scripts/build.mjs [--if-stale]   (without it the JavaScript bundles are always rebuilt)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { importMetaRelativeTo } from './esbuild-import-meta.mjs';
import { BUNDLES, inputsFileOf, repoRoot, staleReason } from './build-state.mjs';
import { buildRendererIfStale } from './build-renderer.mjs';

/** Files whose change changes every bundle (the build's own settings). */
const BUILD_FILES = ['scripts/build.mjs', 'scripts/esbuild-import-meta.mjs'];

/** Bare imports (npm packages, node: built-ins) stay imports, except JSON data, which is inlined. */
const packagesExternal = {
  name: 'packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

const TARGETS = {
  // Split at the CLI's dynamic imports: `donghyang --help` loads commander and little else.
  // electron/team/cli.ts: the core's commands (glossary/cli.ts) plus `serve --team`.
  // Its glossary imports and exports run in the bundled worker, as the app's do.
  cli: { entry: 'electron/team/cli.ts', format: 'esm', splitting: true, define: { DONGHYANG_BUNDLED_WORKER: JSON.stringify(BUNDLES.worker) } },
  server: {
    entry: 'electron/serve-main.ts',
    format: 'esm',
    // The server starts import/export threads from the bundled worker, not the TypeScript source.
    define: { DONGHYANG_BUNDLED_WORKER: JSON.stringify(BUNDLES.worker) },
  },
  // CommonJS, with every package but better-sqlite3 inside: Electron's main process starts it too.
  worker: { entry: 'glossary/store/glossary-worker.ts', format: 'cjs', bundleAllBut: ['better-sqlite3'] },
};

/** Writes a file whole or not at all: several processes may build the same bundle at once. */
function writeAtomically(file, contents) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

/** Chunks of a split bundle sit beside it, named `<bundle name>-chunk-<hash>.mjs`. */
const chunkPrefix = (outfile) => `${path.basename(outfile, path.extname(outfile))}-chunk-`;

/** Builds one bundle; resolves to its path (from the repository root). */
export async function buildBundle(name) {
  const target = TARGETS[name];
  const outfile = path.join(repoRoot, BUNDLES[name]);
  const outDir = path.dirname(outfile);
  const result = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, target.entry)],
    ...(target.splitting
      ? { splitting: true, outdir: outDir, entryNames: path.basename(outfile, '.mjs'), chunkNames: `${chunkPrefix(outfile)}[hash]`, outExtension: { '.js': '.mjs' } }
      : { outfile }),
    bundle: true,
    format: target.format,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    define: target.define,
    external: target.bundleAllBut,
    plugins: [...(target.bundleAllBut ? [] : [packagesExternal]), importMetaRelativeTo(outfile, target.format)],
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  // Chunks first and the bundle last: the bundle is then newer than its list of inputs, and never
  // imports a chunk that is not there yet.
  const files = [...result.outputFiles].sort((a, b) => (a.path === outfile) - (b.path === outfile));
  writeAtomically(path.join(repoRoot, inputsFileOf(BUNDLES[name])), JSON.stringify([...inputs, ...BUILD_FILES].sort()));
  for (const file of files) writeAtomically(file.path, file.contents);
  if (target.splitting) removeOldChunks(outfile, new Set(files.map((file) => path.basename(file.path))));
  return BUNDLES[name];
}

/** Chunks of earlier builds that the new bundle no longer imports. */
function removeOldChunks(outfile, current) {
  const prefix = chunkPrefix(outfile);
  for (const entry of fs.readdirSync(path.dirname(outfile))) {
    if (entry.startsWith(prefix) && !current.has(entry) && !entry.endsWith('.tmp')) fs.rmSync(path.join(path.dirname(outfile), entry), { force: true });
  }
}

/**
 * Builds the named bundles that are stale (all of them with `force`); resolves to what was built.
 * `log` hears why each is rebuilt.
 */
export async function ensureBundles(names, { force = false, log = () => undefined } = {}) {
  const stale = names.filter((name) => {
    if (force) return true;
    const why = staleReason(path.join(repoRoot, BUNDLES[name]));
    if (why) log(`${BUNDLES[name]}: ${why}; rebuilding it`);
    return why !== null;
  });
  return Promise.all(stale.map(buildBundle));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const force = !process.argv.includes('--if-stale');
  const built = await ensureBundles(Object.keys(TARGETS), { force });
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  console.log(built.length > 0 ? `built ${built.join(', ')} (${seconds()} s)` : 'JavaScript bundles: up to date');
  try {
    const ui = buildRendererIfStale({ log: (message) => console.log(message) });
    console.log(ui ? `built renderer/dist (${seconds()} s in all)` : 'user interface (renderer/dist): up to date');
  } catch (error) {
    console.error(`donghyang build: ${error.message}`);
    process.exit(1);
  }
}
