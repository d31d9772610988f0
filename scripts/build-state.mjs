// Is a bundle up to date? Each bundle written by scripts/build.mjs has a list of the source files it
// was made from beside it (`<bundle>.inputs.json`); the bundle is fresh when it is newer than every
// one of them. Only node: built-ins here: the `donghyang` bin runs this check on every start.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundles `npm install` builds (paths from the repository root). */
export const BUNDLES = {
  cli: 'glossary/dist/cli.mjs',
  server: 'electron/dist/serve-main.mjs',
  worker: 'electron/dist/glossary-worker.cjs',
};

export const inputsFileOf = (bundle) => `${bundle}.inputs.json`;

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Why `bundle` (absolute) must be built again, or null when it is fresh: missing, no list of inputs,
 * or a source newer than the bundle (or gone).
 */
export function staleReason(bundle) {
  const built = mtimeOf(bundle);
  if (built < 0) return `${path.relative(repoRoot, bundle)} is missing`;
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(inputsFileOf(bundle), 'utf8'));
  } catch {
    return `${path.relative(repoRoot, inputsFileOf(bundle))} is missing`;
  }
  for (const input of inputs) {
    const changed = mtimeOf(path.join(repoRoot, input));
    if (changed < 0) return `${input} is gone`;
    if (changed > built) return `${input} changed`;
  }
  return null;
}

/** Newest modification time of the files under `dir` (skipping build output, node_modules and tests). */
export function newestMtime(dir) {
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
  const built = mtimeOf(path.join(repoRoot, 'renderer', 'dist', 'index.html'));
  if (built < 0) return 'renderer/dist is missing';
  for (const source of RENDERER_SOURCES) {
    if (newestMtime(path.join(repoRoot, source)) > built) return `${source} changed`;
  }
  return null;
}
