// The user interface (renderer/dist): `vite build`, only when it is missing or older than what it is
// made from. Used by `npm install` (scripts/build.mjs), `npm start` and the end-to-end tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './build-state.mjs';

/** Newest modification time of the files under `dir` (skipping build output, node_modules and tests). */
function newestMtime(dir) {
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(dir, entry.name)));
  }
  return newest;
}

/** What the built user interface (renderer/dist) is made from. */
export const RENDERER_SOURCES = ['renderer', 'resources/locales', 'vite.config.ts', 'glossary', 'package-lock.json'];

/** Why the user interface must be built again (vite build), or null when renderer/dist is fresh. */
export function rendererStaleReason() {
  const index = path.join(repoRoot, 'renderer', 'dist', 'index.html');
  if (!fs.existsSync(index)) return 'renderer/dist is missing';
  const built = fs.statSync(index).mtimeMs;
  for (const source of RENDERER_SOURCES) {
    if (newestMtime(path.join(repoRoot, source)) > built) return `${source} changed`;
  }
  return null;
}

/** `vite build` when renderer/dist is missing or older than its sources; returns whether it built. */
export function buildRendererIfStale({ log = () => undefined } = {}) {
  const why = rendererStaleReason();
  if (why === null) return false;
  log(why === 'renderer/dist is missing' ? 'building the user interface (vite build)' : `${why}; rebuilding the user interface (vite build)`);
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed; see the messages above');
  return true;
}

