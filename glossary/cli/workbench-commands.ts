// `donghyang concordance TEXT [--json]` and `donghyang names SOURCE [--glossary F] [--all] [--json]`.
import path from 'node:path';
import type { Command } from 'commander';
import type { NamesResult } from '../names/recommend.ts';
import { readUserFile, withService } from './context.ts';

type Out = (text: string) => void;

const FIELD_NAMES: Record<string, string> = { title: 'title', lead: 'lead', body: 'body', source: 'source' };

export function registerWorkbenchCommands(program: Command, out: Out): void {
  program
    .command('concordance')
    .argument('<text>', 'a Chinese or Korean string (either script; Korean particles are ignored)')
    .option('--json', 'print {"hits":[{"issue","article","field","line","text"}]} as JSON')
    .option('--limit <n>', 'at most this many hits', '200')
    .description('every occurrence of a string in the stored issues (sources and drafts), newest first')
    .action(async (text: string, opts: { json?: boolean; limit: string }, command: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`--limit: "${opts.limit}" is not a positive whole number`);
      const result = await withService(command, (service) => service.concordance({ query: text, limit }));
      if (opts.json) {
        const hits = result.hits.map((h) => ({
          issue: h.issue,
          date: h.date,
          article: h.article,
          articleId: h.articleId,
          field: h.field === 'source' ? `source ${h.sourceIndex + 1}` : h.field,
          line: h.line,
          text: h.text,
        }));
        out(`${JSON.stringify({ query: result.query, total: result.total, hits }, null, 2)}\n`);
        return;
      }
      for (const h of result.hits) {
        const field = h.field === 'source' ? `source ${h.sourceIndex + 1}` : FIELD_NAMES[h.field];
        out(`${h.date} ${h.issue} · ${h.article || `#${h.articleId}`} · ${field}:${h.line}: ${h.text}\n`);
      }
      out(`${result.total} occurrence${result.total === 1 ? '' : 's'} of «${result.query}»${result.total > result.hits.length ? ` (${result.hits.length} shown)` : ''}\n`);
    });

  program
    .command('names')
    .argument('<source>', 'a Chinese source text file')
    .option('--glossary <file>', 'compare with this glossary file (TBX/CSV/XLSX) instead of the database')
    .option('--all', 'also the names the glossary already has')
    .option('--json', 'print {"names":[…]} as JSON')
    .description('proper names in a Chinese source that the glossary lacks, with the recommended Korean form')
    .action(async (sourceFile: string, opts: { glossary?: string; all?: boolean; json?: boolean }, command: Command) => {
      const text = readUserFile(sourceFile).toString('utf8');
      let result: NamesResult;
      if (opts.glossary) {
        // Loaded when the command runs, so `donghyang --help` stays fast (scripts/cli-build.test.ts).
        const [{ parseGlossaryFile }, { namesToAdd }, { fold }] = await Promise.all([
          import('../formats/index.ts'),
          import('../names/recommend.ts'),
          import('../text/fold.ts'),
        ]);
        const inputs = await parseGlossaryFile(path.basename(opts.glossary), readUserFile(opts.glossary));
        const keys = new Set(inputs.flatMap((c) => c.terms.filter((t) => t.lang.startsWith('zh')).map((t) => fold(t.text))));
        result = namesToAdd(text, (folded) => keys.has(folded), { all: opts.all });
      } else {
        result = await withService(command, (service) => service.findNames({ text, all: opts.all }));
      }
      if (opts.json) {
        out(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      for (const n of result.names) {
        out(`${n.zh}\t${n.category}\t${n.recommended}\t(${n.transcription} / ${n.hanjaReading})\t×${n.count}${n.known ? '\tknown' : ''}\n`);
      }
      out(`${result.names.length} name${result.names.length === 1 ? '' : 's'}${opts.all ? '' : ' not in the glossary'}\n`);
    });
}
