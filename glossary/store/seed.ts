// The bundled starter glossary (resources/seed-glossary.csv): loaded once into a new database,
// never again (not after the user deletes entries, not into a glossary that already has data).
import fs from 'node:fs';
import path from 'node:path';
import { parseGlossaryFile } from '../formats/index.ts';
import { repoRoot } from '../paths.ts';
import type { GlossaryStore } from './store.ts';

export const SEED_FILE = path.join(repoRoot, 'resources', 'seed-glossary.csv');
const SEEDED_AT = 'seeded_at';

/** Loads the seed into a new (empty, never seeded) database; returns the number of concepts added. */
export async function seedIfNew(store: GlossaryStore, file: string = SEED_FILE): Promise<number> {
  const isNew = () => store.meta(SEEDED_AT) === undefined && store.counts().concepts === 0;
  if (!isNew()) return 0;
  const name = path.basename(file);
  const inputs = await parseGlossaryFile(name, fs.readFileSync(file));
  // Parsing awaited: someone may have written meanwhile.
  if (!isNew()) return 0;
  const result = store.applyImport(store.planImport(name, inputs), { who: 'seed' });
  store.setMeta(SEEDED_AT, new Date().toISOString());
  return result.added;
}
