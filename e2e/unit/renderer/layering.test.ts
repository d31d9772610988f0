// The renderer runs in a browser: nothing it loads may import a Node module. It talks to the core
// through the api contract (types); the only core code it runs itself is the checks, with the
// matching, text and readings code they need (the editor checks keystrokes in the page, see
// renderer/src/editor/localChecker.ts). Followed through every import, core files included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../renderer/src');
const repoDir = path.resolve(srcDir, '../..');
const coreDir = path.join(repoDir, 'glossary');
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Core folders whose code the page may run: pure functions of their input, no database, no files. */
const CORE_IN_PAGE = [
  ...['checks', 'match', 'text', 'readings', 'bulletin/layout'].map((dir) => path.join(coreDir, dir) + path.sep),
  // The house layout the print view renders, with the bulletin's pure text helpers it uses.
  ...['bulletin/inline.ts', 'bulletin/model.ts', 'bulletin/issue-stated.ts'].map((file) => path.join(coreDir, file)),
  // The article editor's table and 참고자료 editors read and write the body's text form.
  ...['bulletin/body-parts.ts', 'bulletin/article-reader.ts', 'bulletin/text-form.ts', 'bulletin/text-lines.ts'].map((file) => path.join(coreDir, file)),
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
    found.push({ specifier: match[2]!, typeOnly: match[1] !== undefined });
  }
  return found;
}

/** Every file the renderer's code loads at run time (type-only imports load nothing). */
function loaded(): Map<string, string> {
  const seen = new Map<string, string>(); // file → who imported it first
  const queue: [string, string][] = files(srcDir).map((file) => [file, '(renderer)']);
  while (queue.length > 0) {
    const [file, from] = queue.pop()!;
    if (seen.has(file)) continue;
    seen.set(file, from);
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (typeOnly || !specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (/\.tsx?$/.test(target)) queue.push([target, file]);
    }
  }
  return seen;
}

test('nothing the renderer loads imports a Node module, its own files or the core it runs', () => {
  const offending: string[] = [];
  for (const [file] of loaded()) {
    for (const { specifier } of importsOf(file)) {
      if (NODE_MODULES.has(specifier)) offending.push(`${path.relative(repoDir, file)}: ${specifier}`);
    }
  }
  assert.ok(files(srcDir).length > 20);
  assert.deepEqual(offending, []);
});

test('of the core, the renderer runs only the checks and what they need: no store, service or formats', () => {
  const core = [...loaded()].filter(([file]) => file.startsWith(coreDir + path.sep));
  const outside = core.filter(([file]) => !CORE_IN_PAGE.some((dir) => file.startsWith(dir)));
  assert.deepEqual(
    outside.map(([file, from]) => `${path.relative(repoDir, file)} (from ${path.relative(repoDir, from)})`),
    [],
  );
  assert.ok(core.some(([file]) => file.endsWith(path.join('checks', 'article-check.ts'))), 'the page runs the checks');
});
