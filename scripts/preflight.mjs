// `npm test`'s first step: everything the tests use from outside npm is here before any test runs.
// Debian packages: a missing one is installed when we are root (one `apt-get update`, then
// `apt-get install -y --no-install-recommends …`); otherwise we stop at once and print the one
// command that installs them all. No sudo prompt halfway through a run, no test skipped for it.
// Also the shared fixtures folder (../shared) the tests read. Usage: node scripts/preflight.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './build-state.mjs';

/** The Debian packages the tests use, and what for. */
export const TEST_PACKAGES = [
  { name: 'chromium', usedBy: 'the end-to-end tests and PDF export (/usr/bin/chromium)' },
  { name: 'fonts-noto-cjk', usedBy: 'Korean and Chinese glyphs in screenshots and PDFs' },
  { name: 'libreoffice-writer-nogui', usedBy: 'opening the exported DOCX; PDF export' },
  { name: 'poppler-utils', usedBy: 'reading exported PDFs back (pdftotext, pdftoppm, pdffonts)' },
  { name: 'libxml2-utils', usedBy: 'validating TBX against its RELAX NG schema (xmllint)' },
  { name: 'unzip', usedBy: 'reading the XML inside the exported DOCX' },
];

export const installCommand = (names, { sudo }) =>
  `${sudo ? 'sudo ' : ''}apt-get update && ${sudo ? 'sudo ' : ''}apt-get install -y --no-install-recommends ${names.join(' ')}`;

/** The packages of `names` that dpkg does not list as installed; null when there is no dpkg-query. */
export function missingPackages(names, env = process.env) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...names], { env, encoding: 'utf8' });
  if (result.error) return null;
  const installed = new Set(
    result.stdout.split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(' ')[0]),
  );
  return names.filter((name) => !installed.has(name));
}

/**
 * Checks and, where it can, installs. Resolves to { ok: true } or { ok: false, message } where the
 * message says what is missing and the single command to run.
 */
export function preflight({ env = process.env, isRoot = process.getuid?.() === 0, log = console.log } = {}) {
  const shared = path.resolve(repoRoot, '..', 'shared');
  if (!fs.existsSync(path.join(shared, 'samples'))) {
    return { ok: false, message: `${shared} is missing: the tests read the sample issue and fixtures from the shared folder beside the checkout (../shared).` };
  }
  const names = TEST_PACKAGES.map((p) => p.name);
  const missing = missingPackages(names, env);
  if (missing === null) {
    return {
      ok: false,
      message: `no dpkg-query here (not Debian?): the tests need ${names.join(', ')} or their equivalents; ` +
        'install them, then run the tests with DONGHYANG_PREFLIGHT=off',
    };
  }
  if (missing.length === 0) return { ok: true, installed: [] };
  const why = missing.map((name) => `  ${name}: ${TEST_PACKAGES.find((p) => p.name === name).usedBy}`).join('\n');
  if (!isRoot) {
    return { ok: false, message: `missing Debian packages the tests use:\n${why}\nInstall them with this one command, then run npm test again:\n  ${installCommand(missing, { sudo: true })}` };
  }
  log(`preflight: installing the Debian packages the tests use: ${missing.join(', ')}`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
    const run = spawnSync('apt-get', args, { env: aptEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) {
      return { ok: false, message: `apt-get ${args[0]} failed (${run.error?.message ?? `exit code ${run.status}`}); run it yourself:\n  ${installCommand(missing, { sudo: false })}` };
    }
  }
  const still = missingPackages(missing, env) ?? missing;
  if (still.length > 0) return { ok: false, message: `apt-get finished but ${still.join(', ')} is still not installed` };
  return { ok: true, installed: missing };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = preflight();
  if (!result.ok) {
    console.error(`npm test: ${result.message}`);
    process.exit(1);
  }
  console.log(`preflight: the Debian packages the tests use are installed${result.installed.length ? ` (just installed: ${result.installed.join(', ')})` : ''}`);
}
