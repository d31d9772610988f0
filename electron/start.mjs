#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is there (or can be fetched), else the web mode
// in the browser, saying why. Plain JavaScript so it runs before anything is built.
//
//   1. Electron present → build better-sqlite3 for Electron's ABI once (electron/electron-sqlite.mjs),
//      bundle electron/main.ts + preload.ts, build the renderer if stale, run `electron .`.
//   2. Electron absent → try `node node_modules/electron/install.js` (short timeout); on success → 1.
//   3. Otherwise → build the renderer if stale, rebuild the server's JavaScript if a source changed
//      since `npm install` built it (scripts/build.mjs), and run electron/dist/serve-main.mjs (prints
//      the URL, opens a browser when one exists). Nothing is rebuilt when nothing changed.
// Environment: DONGHYANG_DB (database path, passed through), DONGHYANG_WEB=1 (web mode, skip
// Electron), DONGHYANG_NO_BROWSER=1 (web mode without opening a browser), ELECTRON_OVERRIDE_DIST_PATH
// (Electron's own: where its binary is).
import { spawn, spawnSync } from 'node:child_process';
import { SERVICE_V8_FLAGS } from '../scripts/service-flags.mjs';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './electron-sqlite.mjs';
import { BUNDLES } from '../scripts/build-state.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const DOWNLOAD_TIMEOUT_MS = 90_000;

const say = (message) => console.log(`Donghyang: ${message}`);

/** The Electron executable, or what is missing. */
function findElectron() {
  try {
    const binary = require('electron'); // the package exports the executable's path
    return fs.existsSync(binary) ? { binary } : { missing: `${path.relative(repoRoot, binary)} missing` };
  } catch {
    return { missing: 'node_modules/electron/dist missing' };
  }
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** Runs electron's own installer once; returns why it did not give us a binary, or null. */
function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  const installer = path.join(repoRoot, 'node_modules', 'electron', 'install.js');
  if (!fs.existsSync(installer)) return 'the electron package is not installed';
  say("Electron's binary is not installed; trying to download it (node node_modules/electron/install.js)");
  const result = spawnSync(process.execPath, [installer], { cwd: repoRoot, encoding: 'utf8', timeout: DOWNLOAD_TIMEOUT_MS });
  if (result.error?.code === 'ETIMEDOUT') return `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  if (result.status !== 0) return firstLine(result.stderr || result.stdout || `exit code ${result.status}`);
  return null;
}

/** Runs a child in the foreground: signals go to it, its exit code becomes ours. */
function runForeground(command, args, env) {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  // `kill <npm's pid>` stops npm and its shell but not us; when our parent is gone, stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 1000).unref();
  child.on('error', (error) => {
    console.error(`Donghyang: could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
}

async function startElectron(binary) {
  const electronVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const binding = ensureElectronSqlite({ repoRoot, electronVersion, log: say });
  const { buildElectronBundles } = await import('./build.mjs');
  await buildElectronBundles({ quiet: true });
  const { buildRendererIfStale } = await import('../scripts/build-renderer.mjs');
  buildRendererIfStale({ log: say });
  say(`starting Electron ${electronVersion}`);
  const env = { ...process.env, DONGHYANG_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  runForeground(binary, [`--js-flags=${SERVICE_V8_FLAGS.join(' ')}`, '.'], env);
}

/** The server to run: its JavaScript build, rebuilt if stale; the TypeScript source if it cannot be built. */
async function webServerScript() {
  try {
    const { ensureBundles } = await import('../scripts/build.mjs');
    await ensureBundles(['server', 'worker'], { log: say });
    return [path.join(repoRoot, BUNDLES.server)];
  } catch (error) {
    say(`could not build the web server (${firstLine(error)}); running it from the TypeScript sources`);
    return ['--import', 'tsx', path.join('electron', 'serve-main.ts')];
  }
}

async function startWebMode(reason) {
  say(`${reason}; starting the web mode instead.`);
  const { buildRendererIfStale } = await import('../scripts/build-renderer.mjs');
  try {
    buildRendererIfStale({ log: say });
  } catch (error) {
    console.error(`Donghyang: ${firstLine(error)}`);
    process.exit(1);
  }
  const args = [...SERVICE_V8_FLAGS, ...(await webServerScript())];
  if (!process.env.DONGHYANG_NO_BROWSER) args.push('--open');
  runForeground(process.execPath, args, process.env);
}

async function main() {
  if (process.env.DONGHYANG_WEB) return await startWebMode('DONGHYANG_WEB is set');
  let electron = findElectron();
  if (!electron.binary) {
    const downloadFailure = tryDownloadElectron();
    if (downloadFailure === null) electron = findElectron();
    if (!electron.binary) {
      const why = downloadFailure ?? 'the installer finished without one';
      return await startWebMode(`Electron's binary is not installed (${electron.missing}) and could not be downloaded (${why})`);
    }
  }
  try {
    await startElectron(electron.binary);
  } catch (error) {
    await startWebMode(`Electron could not be prepared: ${firstLine(error)}`);
  }
}

await main();
