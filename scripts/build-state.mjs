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
