// The renderer talks to the core only through the api contract: it may import types from glossary/
// but no code, and nothing from Node (it also runs in a browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../renderer/src');
const coreDir = path.resolve(srcDir, '../../glossary');
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('renderer code imports no Node module and only types from glossary/', () => {
  const offending: string[] = [];
  for (const file of files(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
      const [, typeOnly, specifier] = match;
      const where = `${path.relative(srcDir, file)}: ${specifier}`;
      if (NODE_MODULES.has(specifier!)) offending.push(`${where} (node module)`);
      const target = specifier!.startsWith('.') ? path.resolve(path.dirname(file), specifier!) : '';
      if (target.startsWith(coreDir + path.sep) && !typeOnly) offending.push(`${where} (code from the core)`);
    }
  }
  assert.ok(files(srcDir).length > 20);
  assert.deepEqual(offending, []);
});
