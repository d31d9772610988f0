// `npm run bench`: runs every benchmark module (glossary/bench/*.bench.ts, then the editor's
// keystroke benchmark in e2e/) one after the other, each in its own Node process so that one
// benchmark's heap does not skew the next. Each prints JSON lines; this adds nothing but order.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths.ts';

const only = process.argv[2];
const benchDir = path.join(repoRoot, 'glossary', 'bench');
const modules = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .map((f) => path.join(benchDir, f));
const keystroke = path.join(repoRoot, 'e2e', 'bench-keystroke.ts');
const selected = modules.filter((m) => !only || m.includes(only));

let failed = 0;
for (const file of selected) {
  const code = `const m = await import(${JSON.stringify(file)}); await m.run();`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--input-type=module', '-e', code], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    console.error(`bench ${path.basename(file)} failed with exit code ${result.status}`);
  }
}
if ((!only || keystroke.includes(only)) && fs.existsSync(keystroke)) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', keystroke], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
