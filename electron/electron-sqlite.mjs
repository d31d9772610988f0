// better-sqlite3 for Electron's ABI, next to (never instead of) the Node build in node_modules.
//
// node_modules/better-sqlite3 is compiled for Node's ABI: the tests and the CLI load it. Electron
// embeds its own V8 and refuses that .node file. Rebuilding it in place would break the Node side,
// so a copy of the package is built for this Electron version under
//   node_modules/.donghyang-electron/electron-<version>/better-sqlite3
// (a prebuilt binary via prebuild-install when one can be downloaded, else node-gyp against
// Electron's headers). The app then passes that .node file to better-sqlite3's `nativeBinding`
// option (env DONGHYANG_SQLITE_BINDING, read by electron/main.ts and the store), so the package's
// JavaScript stays the one in node_modules and only the native part differs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the Electron build of better-sqlite3 lives; electron/main.ts looks in the same place. */
export function electronSqliteDir(repoRoot, electronVersion) {
  return path.join(repoRoot, 'node_modules', '.donghyang-electron', `electron-${electronVersion}`, 'better-sqlite3');
}

export function electronSqliteBinding(repoRoot, electronVersion) {
  return path.join(electronSqliteDir(repoRoot, electronVersion), 'build', 'Release', 'better_sqlite3.node');
}

/** npm's bundled node-gyp (npm always ships one), found from npm itself or from node's prefix. */
function findNodeGyp() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const prefix = path.dirname(path.dirname(process.execPath));
  candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((candidate) => fs.existsSync(candidate));
}

function run(log, command, args, cwd, timeoutMs) {
  log(`  $ ${[path.basename(command), ...args].join(' ')}`);
  // npm passes its config to scripts as npm_config_*; a nodedir there (set on machines that build
  // offline against Node's headers) would make node-gyp compile against Node instead of Electron.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(name)));
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 2, 2], timeout: timeoutMs }); // build chatter goes to stderr
  return result.status === 0;
}

/**
 * Makes sure the Electron build exists (building it once) and returns the path of its .node file.
 * Throws with the reason when neither a prebuilt binary nor a source build worked.
 */
export function ensureElectronSqlite({ repoRoot, electronVersion, log = console.log }) {
  const source = path.join(repoRoot, 'node_modules', 'better-sqlite3');
  const sourceVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  const target = electronSqliteDir(repoRoot, electronVersion);
  const binding = electronSqliteBinding(repoRoot, electronVersion);
  const stamp = path.join(target, '.donghyang-built-from');
  if (fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceVersion) return binding;

  log(`Donghyang: building better-sqlite3 ${sourceVersion} for Electron ${electronVersion} (once) in ${path.relative(repoRoot, target)}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // The package without its Node build: sources, deps/ (SQLite amalgamation), binding.gyp, lib/.
  fs.cpSync(source, target, {
    recursive: true,
    dereference: true, // a linked package must be copied, never built in place
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });

  const electronArgs = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
  const prebuildInstall = path.join(repoRoot, 'node_modules', 'prebuild-install', 'bin.js');
  let built = fs.existsSync(prebuildInstall)
    && run(log, process.execPath, [prebuildInstall, ...electronArgs], target, 120_000)
    && fs.existsSync(binding);
  if (!built) {
    const nodeGyp = findNodeGyp();
    if (nodeGyp === undefined) throw new Error("no prebuilt binary could be downloaded and npm's node-gyp was not found to build one");
    log('Donghyang: no prebuilt binary; compiling from source against Electron\'s headers (a few minutes)');
    built = run(log, process.execPath, [nodeGyp, 'rebuild', '--release', ...electronArgs, '--dist-url=https://electronjs.org/headers'], target, 15 * 60_000)
      && fs.existsSync(binding);
  }
  if (!built) throw new Error(`could not build better-sqlite3 for Electron ${electronVersion} (see the output above)`);
  fs.writeFileSync(stamp, sourceVersion);
  return binding;
}

// `node electron/electron-sqlite.mjs`: build for the installed Electron and print the .node path
// (progress goes to stderr, so stdout is only the path; the Electron e2e test uses this).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const electronVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  console.log(ensureElectronSqlite({ repoRoot, electronVersion, log: (message) => console.error(message) }));
}
