// `donghyang glossary import|export|search|add`.
import path from 'node:path';
import { Command, Option } from 'commander';
import { CATEGORIES, type Category, type Concept, type ConceptInput, type DuplicateChoice } from '../model.ts';
import { GLOSSARY_EXPORT_FORMATS, type GlossaryExportFormat } from '../api.ts';
import { describePlan, formatFromFileName } from './import-report.ts';
import { readUserFile, withService, writeFileAtomic } from './context.ts';

type Out = (text: string) => void;

function termsOf(concept: Concept, lang: string): string {
  return concept.terms.filter((t) => t.lang === lang || t.lang.startsWith(`${lang}-`)).map((t) => t.text).join('; ');
}

export function registerGlossaryCommands(program: Command, out: Out): void {
  const glossary = program.command('glossary').description('import, export, search and edit the glossary');

  glossary
    .command('import')
    .argument('<file>', 'TBX (v2 or v3), MultiTerm XML, CSV, TSV, OmegaT glossary or XLSX file')
    .option('--dry-run', 'show what would change and write nothing')
    .option('--columns <list>', 'what each column is, in order, comma-separated: zh, ko, en (any language tag), note, definition, category, ignore… (empty keeps the detected one)')
    .option('--lang-map <list>', 'rename detected languages, comma-separated from=to pairs (e.g. und-Arab=ug,en=en-US)')
    .option('--sheet <name>', 'the XLSX sheet to read, by name or number (default: the first with rows)')
    .addOption(new Option('--duplicates <choice>', 'what to do with every entry sharing a Chinese term with another (default: keep both; skip exact repeats)').choices(['merge', 'keep', 'skip']))
    .description('import a glossary file (one transaction: all or nothing)')
    .action(async (file: string, opts: { dryRun?: boolean; columns?: string; langMap?: string; sheet?: string; duplicates?: DuplicateChoice }, command: Command) => {
      const bytes = readUserFile(file);
      await withService(command, async (service) => {
        const plan = await service.previewImport({
          fileName: path.basename(file),
          contentBase64: bytes.toString('base64'),
          ...(opts.columns !== undefined ? { columns: opts.columns.split(',') } : {}),
          ...(opts.langMap !== undefined ? { langMap: opts.langMap.split(',') } : {}),
          ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
        });
        out(describePlan(file, plan));
        if (opts.dryRun) {
          out('dry run: nothing written\n');
          return;
        }
        // The preview lists the first duplicates only: the choice goes to all of them.
        const result = await service.applyImport({ planId: plan.planId, ...(opts.duplicates ? { duplicates: opts.duplicates } : {}) });
        out(`imported: ${result.added} added, ${result.updated} updated, ${result.conflicts} conflicts left out\n`);
      });
    });

  glossary
    .command('export')
    .argument('<file>', 'where to write the glossary')
    .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices([...GLOSSARY_EXPORT_FORMATS]))
    .description('export the whole glossary as TBX v3 (TBX-Basic), CSV, XLSX, MultiTerm XML or an OmegaT glossary (zh → ko)')
    .action(async (file: string, opts: { format?: GlossaryExportFormat }, command: Command) => {
      const format = opts.format ?? formatFromFileName(file);
      await withService(command, async (service) => {
        const exported = await service.exportGlossary({ format });
        writeFileAtomic(file, Buffer.from(exported.contentBase64, 'base64'));
        const stats = await service.glossaryStats();
        out(`${file}: ${stats.concepts} concepts, ${stats.terms} terms written as ${format === 'multiterm' ? 'MultiTerm XML' : format === 'omegat' ? 'OmegaT glossary' : format.toUpperCase()}\n`);
      });
    });

  glossary
    .command('search')
    .argument('<query>', 'Chinese (simplified or traditional), Korean or any language')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many hits', '20')
    .description('search the glossary: exact matches first, then prefixes, then substrings')
    .action(async (query: string, opts: { json?: boolean; limit: string }, command: Command) => {
      await withService(command, async (service) => {
        const result = await service.searchGlossary({ query, limit: Number(opts.limit) || 20 });
        if (opts.json) {
          out(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        if (result.hits.length === 0) out(`no concept matches "${query}"\n`);
        for (const hit of result.hits) {
          const c = hit.concept;
          out(`#${c.id} [${c.category}, ${hit.rank}] ${termsOf(c, 'zh')} → ${termsOf(c, 'ko')}${c.note ? `  (${c.note})` : ''}\n`);
        }
        if (result.total > result.hits.length) out(`… ${result.total - result.hits.length} more\n`);
      });
    });

  glossary
    .command('add')
    .requiredOption('--zh <term>', 'the Chinese term')
    .requiredOption('--ko <term>', 'the Korean rendering')
    .option('--en <term>', 'an English term')
    .addOption(new Option('--category <category>', 'concept category').choices([...CATEGORIES]).default('other'))
    .option('--note <text>', 'a note for editors')
    .description('add a concept (recorded in the history as proposed)')
    .action(async (opts: { zh: string; ko: string; en?: string; category: Category; note?: string }, command: Command) => {
      const input: ConceptInput = {
        category: opts.category,
        note: opts.note,
        terms: [
          { lang: 'zh', text: opts.zh, status: 'preferred' },
          { lang: 'ko', text: opts.ko, status: 'preferred' },
          ...(opts.en ? [{ lang: 'en', text: opts.en, status: 'preferred' as const }] : []),
        ],
      };
      await withService(command, async (service) => {
        const concept = await service.saveConcept({ input });
        out(`added #${concept.id} ${opts.zh} → ${opts.ko} (${concept.category}, ${concept.approval})\n`);
      });
    });
}
