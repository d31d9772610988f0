// The core runs on plain Node: it must not import electron, react or the DOM, so that the CLI, the
// web mode and the Electron main process all run the same code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const coreDir = path.dirname(fileURLToPath(import.meta.url));
const FORBIDDEN_PACKAGES = /^(electron|react|react-dom|react-i18next|i18next|@tanstack\/react-virtual)(\/|$)/;
const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage)\.\w/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // dist/ holds the bundled CLI (scripts/build.mjs): its packages are not the core's imports.
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

test('glossary/ imports no electron, react or UI package and uses no DOM global', () => {
  const offending: string[] = [];
  const files = sourceFiles(coreDir);
  for (const file of files) {
    const text = stripComments(fs.readFileSync(file, 'utf8'));
    const where = path.relative(coreDir, file);
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const specifier = m[1] ?? m[2]!;
      if (FORBIDDEN_PACKAGES.test(specifier)) offending.push(`${where}: imports ${specifier}`);
      if (specifier.startsWith('.') && /\/(renderer|electron)\//.test(path.resolve(path.dirname(file), specifier) + '/')) {
        offending.push(`${where}: imports ${specifier} from a host or the UI`);
      }
    }
    const dom = text.match(DOM_GLOBALS);
    if (dom) offending.push(`${where}: uses ${dom[0]}`);
  }
  assert.ok(files.length > 50, 'the scan found the core sources');
  assert.deepEqual(offending, []);
});
