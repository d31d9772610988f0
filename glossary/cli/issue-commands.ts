// `donghyang issue import|list|export|pairs`: past issues into the store (the archive the
// consistency checks read) and issues out of it as DOCX, PDF, HTML or Markdown.
// The service API has no issue import yet, so these commands open the store directly.
import path from 'node:path';
import { Command, Option } from 'commander';
import { parseIssueDate } from '../bulletin/inline.ts';
import type { BulletinIssue } from '../bulletin/model.ts';
import type { PairMerge } from '../bulletin/pairs.ts';
import type { Provenance } from '../bulletin/pair-merge.ts';
import type { IssueImportResult } from '../bulletin/to-store.ts';
import type { IssueSummary } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';
import { dbPathOf, readUserFile, writeFileAtomic } from './context.ts';
import { registerIssueAdminCommands } from './issue-admin-commands.ts';

type Out = (text: string) => void;

/** The modules behind the commands, loaded when one runs: `donghyang --help` does not pay for them. */
const lib = () => import('./issue-lib.ts');

export const ISSUE_FORMATS = ['docx', 'pdf', 'html', 'md'] as const;
export type IssueFormat = (typeof ISSUE_FORMATS)[number];

async function withStore<T>(command: Command, work: (store: GlossaryStore) => Promise<T> | T): Promise<T> {
  const { openStore, seedIfNew } = await lib();
  const store = openStore(dbPathOf(command));
  try {
    await seedIfNew(store);
    return await work(store);
  } finally {
    store.close();
  }
}

/** ISSUE as the user names it: the store id, the issue date (2024-06-21, 2024. 6. 21.) or the printed number. */
export function resolveIssue(store: GlossaryStore, ref: string): IssueSummary {
  const issues = store.listIssues();
  const wanted = ref.trim();
  const byId = /^\d+$/.test(wanted) ? issues.find((i) => i.id === Number(wanted)) : undefined;
  if (byId) return byId;
  const date = parseIssueDate(wanted);
  const matches = issues.filter((i) => i.number === wanted || (date !== null && i.date === date));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new Error(`"${ref}" names ${matches.length} issues (${matches.map((i) => `#${i.id} ${i.number}`).join(', ')}): give the id`);
  }
  throw new Error(`no issue "${ref}" in the store: give an id, date or number from "donghyang issue list"`);
}

async function render(issue: BulletinIssue, format: IssueFormat): Promise<string | Uint8Array> {
  const { exportDocx, exportHtml, exportMarkdown, exportPdf } = await lib();
  switch (format) {
    case 'docx':
      return exportDocx(issue);
    case 'pdf':
      return exportPdf(issue);
    case 'html':
      return exportHtml(issue);
    case 'md':
      return exportMarkdown(issue);
  }
}

function formatOf(file: string, given: string | undefined): IssueFormat {
  const ext = path.extname(file).toLowerCase().slice(1);
  const format = given ?? (ext === 'markdown' ? 'md' : ext === 'htm' ? 'html' : ext);
  if ((ISSUE_FORMATS as readonly string[]).includes(format)) return format as IssueFormat;
  throw new Error(`${file}: say --format ${ISSUE_FORMATS.join('|')} (the file name does not tell)`);
}

function where(occurrences: Provenance[]): string {
  return occurrences.map((o) => `${o.article ? `${o.article}, ` : ''}line ${o.line}`).join('; ');
}

function mergeLines(merge: PairMerge, out: Out): void {
  for (const p of merge.proposed) out(`  proposed: ${p.hangul}(${p.hanzi})  [${where(p.occurrences)}]\n`);
  for (const c of merge.conflicts) {
    const other = [...c.glossaryKo.map((k) => `glossary ${k}`), ...c.issueKo.map((k) => `issue ${k}`)].join(', ');
    out(`  conflict: ${c.hangul}(${c.hanzi}) vs ${other}  [${where(c.occurrences)}]\n`);
  }
}

function printImport(file: string, result: IssueImportResult, dryRun: boolean, out: Out): void {
  const { counts, merge, unplaced } = result;
  const where = result.issue ? ` as issue #${result.issue.id} (${result.issue.number}, ${result.issue.date})` : '';
  out(`${file}: ${dryRun ? 'would import' : 'imported'}${where}\n`);
  out(`  ${counts.sections} sections, ${counts.articles} articles, ${counts.shortItems} short items, ${counts.tables} tables, ${counts.images} images, ${counts.references} references, ${counts.summary} summary bullets\n`);
  out(`  ${counts.pairs} 한글(漢字) pairs: ${merge.proposed.length} proposed, ${merge.confirmed.length} confirmed, ${merge.conflicts.length} conflicts\n`);
  if (result.proposedAdded > 0) out(`  ${result.proposedAdded} proposed pairs added to the glossary for review\n`);
  mergeLines(merge, out);
  if (unplaced.length > 0) out(`  ${unplaced.length} line${unplaced.length === 1 ? '' : 's'} could not be placed:\n`);
  for (const line of unplaced) out(`    line ${line.line}: ${line.text}\n`);
  if (dryRun) out('dry run: nothing written\n');
}

function rateOption(value: string | undefined): number | 'derive' | null {
  if (value === undefined) return null;
  if (value === 'derive') return 'derive';
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate <= 0) throw new Error(`--rate "${value}" is not a positive number of won per yuan or "derive"`);
  return rate;
}

export function registerIssueCommands(program: Command, out: Out): void {
  const issue = program.command('issue').description('import past issues into the archive and export issues');

  issue
    .command('import')
    .argument('<file>', 'an issue as text (the PDF-converted form) or Markdown')
    .option('--dry-run', 'show what would be imported and write nothing')
    .option('--json', 'print the result as JSON')
    .option('--rate <won-per-yuan>', 'the issue\'s CNY→KRW rate, or "derive" from its own conversions')
    .option('--add-proposed', 'add the new 한글(漢字) pairs to the glossary as proposed entries')
    .description('import a past issue: articles, short items, tables and references in one transaction')
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean; rate?: string; addProposed?: boolean }, command: Command) => {
      const rate = rateOption(opts.rate);
      const { parseIssueBytes, importIssueIntoStore } = await lib();
      // Parsing throws InputError (file, line, problem) before the store is touched.
      const bulletin = parseIssueBytes(path.basename(file), readUserFile(file));
      await withStore(command, (store) => {
        const result = importIssueIntoStore(store, bulletin, { rate, dryRun: opts.dryRun, addProposed: opts.addProposed });
        if (opts.json) out(`${JSON.stringify({ file, dryRun: Boolean(opts.dryRun), ...result }, null, 2)}\n`);
        else printImport(file, result, Boolean(opts.dryRun), out);
      });
    });

  issue
    .command('list')
    .option('--json', 'print JSON')
    .description('list the issues in the store, newest first')
    .action(async (opts: { json?: boolean }, command: Command) => {
      await withStore(command, (store) => {
        const issues = store.listIssues();
        if (opts.json) out(`${JSON.stringify(issues, null, 2)}\n`);
        else if (issues.length === 0) out('no issues in the store\n');
        else for (const i of issues) out(`#${i.id}  ${i.date}  ${i.number}  ${i.articleCount} articles${i.rate ? `  rate ${i.rate}` : ''}\n`);
      });
    });

  issue
    .command('export')
    .argument('<issue>', 'issue id, date or number')
    .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices([...ISSUE_FORMATS]))
    .requiredOption('--out <file>', 'where to write the issue')
    .description('export an issue in the house layout as DOCX, PDF, HTML or Markdown')
    .action(async (ref: string, opts: { format?: IssueFormat; out: string }, command: Command) => {
      const format = formatOf(opts.out, opts.format);
      const { bulletinFromStore } = await lib();
      const bulletin = await withStore(command, (store) => bulletinFromStore(store, resolveIssue(store, ref).id));
      writeFileAtomic(opts.out, await render(bulletin, format));
      const articles = bulletin.sections.reduce((n, s) => n + s.articles.length, 0);
      out(`${opts.out}: issue ${bulletin.date} written as ${format.toUpperCase()} (${articles} articles, ${bulletin.shortItems.length} short items)\n`);
    });

  issue
    .command('pairs')
    .argument('<issue>', 'issue id, date or number')
    .option('--json', 'print JSON')
    .description("the issue's 한글(漢字) pairs against the glossary: proposed, confirmed, conflicting")
    .action(async (ref: string, opts: { json?: boolean }, command: Command) => {
      const { bulletinFromStore, extractPairs, glossaryLookup, mergePairs } = await lib();
      await withStore(command, (store) => {
        const bulletin = bulletinFromStore(store, resolveIssue(store, ref).id);
        const merge = mergePairs(extractPairs(bulletin), glossaryLookup(store));
        if (opts.json) {
          out(`${JSON.stringify(merge, null, 2)}\n`);
          return;
        }
        out(`issue ${bulletin.date}: ${merge.proposed.length} proposed, ${merge.confirmed.length} confirmed, ${merge.conflicts.length} conflicts\n`);
        mergeLines(merge, out);
      });
    });

  registerIssueAdminCommands(issue, out, withStore, resolveIssue);
}
