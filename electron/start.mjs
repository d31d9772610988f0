#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is there (or can be fetched), else the web mode
// in the browser, saying why. Plain JavaScript so it runs before anything is built.
//
//   1. Electron present → build better-sqlite3 for Electron's ABI once (electron/electron-sqlite.mjs),
//      bundle electron/main.ts + preload.ts, build the renderer if stale, run `electron .`.
//   2. Electron absent → try `node node_modules/electron/install.js` (short timeout); on success → 1.
//   3. Otherwise → build the renderer if stale and run electron/serve-main.ts (prints the URL, opens a
//      browser when one exists).
// Environment: DONGHYANG_DB (database path, passed through), DONGHYANG_WEB=1 (web mode, skip
// Electron), DONGHYANG_NO_BROWSER=1 (web mode without opening a browser).
import { spawn, spawnSync } from 'node:child_process';
import { SERVICE_V8_FLAGS } from './service-flags.mjs';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

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

/** Newest modification time of the files under `dir` (skipping build output and node_modules). */
function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(dir, entry.name)));
  }
  return newest;
}

/** `vite build` when renderer/dist is missing or older than the renderer's sources. */
function buildRendererIfStale() {
  const builtIndex = path.join(repoRoot, 'renderer', 'dist', 'index.html');
  const built = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  const sources = ['renderer', 'resources/locales', 'vite.config.ts', 'glossary/api.ts', 'glossary/model.ts']
    .map((file) => newestMtime(path.join(repoRoot, file)));
  if (built > 0 && built >= Math.max(...sources)) return;
  say(built === 0 ? 'building the user interface (vite build)' : 'the user interface changed; rebuilding it (vite build)');
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Donghyang: vite build failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
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
  buildRendererIfStale();
  say(`starting Electron ${electronVersion}`);
  const env = { ...process.env, DONGHYANG_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
  runForeground(binary, [`--js-flags=${SERVICE_V8_FLAGS.join(' ')}`, '.'], env);
}

function startWebMode(reason) {
  say(`${reason}; starting the web mode instead.`);
  buildRendererIfStale();
  const args = [...SERVICE_V8_FLAGS, '--import', 'tsx', path.join('electron', 'serve-main.ts')];
  if (!process.env.DONGHYANG_NO_BROWSER) args.push('--open');
  runForeground(process.execPath, args, process.env);
}

async function main() {
  if (process.env.DONGHYANG_WEB) return startWebMode('DONGHYANG_WEB is set');
  let electron = findElectron();
  if (!electron.binary) {
    const downloadFailure = tryDownloadElectron();
    if (downloadFailure === null) electron = findElectron();
    if (!electron.binary) {
      const why = downloadFailure ?? 'the installer finished without one';
      return startWebMode(`Electron's binary is not installed (${electron.missing}) and could not be downloaded (${why})`);
    }
  }
  try {
    await startElectron(electron.binary);
  } catch (error) {
    startWebMode(`Electron could not be prepared: ${firstLine(error)}`);
  }
}

await main();
