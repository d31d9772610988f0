// `donghyang issue set|delete|trash|restore`: what the issue view's settings and trash do, from the
// command line (the store checks every field; a refused change writes nothing).
import { Option, type Command } from 'commander';
import type { IssuePatch } from '../model.ts';
import type { GlossaryStore } from '../store/index.ts';

type Out = (text: string) => void;
type WithStore = <T>(command: Command, work: (store: GlossaryStore) => Promise<T> | T) => Promise<T>;
type Resolve = (store: GlossaryStore, ref: string) => { id: number };

interface SetOptions {
  name?: string;
  title?: string;
  subtitle?: string;
  publisher?: string;
  style?: 'house-2024' | 'kostec-2025';
  number?: string;
  date?: string;
  rate?: string;
}

function patchOf(opts: SetOptions): IssuePatch {
  const patch: IssuePatch = {};
  for (const key of ['name', 'title', 'subtitle', 'publisher', 'number', 'date'] as const) {
    if (opts[key] !== undefined) patch[key] = opts[key];
  }
  if (opts.style !== undefined) patch.style = opts.style;
  if (opts.rate !== undefined) {
    const rate = opts.rate === 'none' ? null : Number(opts.rate.replace(/,/g, ''));
    if (rate !== null && !(Number.isFinite(rate) && rate > 0)) throw new Error(`--rate "${opts.rate}" is not a positive number of won per yuan (or "none")`);
    patch.rate = rate;
  }
  if (Object.keys(patch).length === 0) throw new Error('nothing to set: give at least one of --name, --title, --subtitle, --publisher, --style, --number, --date, --rate');
  return patch;
}

export function registerIssueAdminCommands(issue: Command, out: Out, withStore: WithStore, resolveIssue: Resolve): void {
  issue
    .command('set')
    .argument('<issue>', 'issue id, date or number')
    .option('--name <text>', "the issue's name in the app's lists")
    .option('--title <text>', 'the title on the cover')
    .option('--subtitle <text>', 'the subtitle under it ("" for none)')
    .option('--publisher <text>', 'the publisher on the cover')
    .addOption(new Option('--style <style>', 'the layout style of every export').choices(['house-2024', 'kostec-2025']))
    .option('--number <number>', 'the issue number (2024-23)')
    .option('--date <date>', 'the issue date (2024-06-21)')
    .option('--rate <won-per-yuan>', 'the CNY→KRW rate, or "none"')
    .description("change an issue's name, title page, style, number, date or rate")
    .action(async (ref: string, opts: SetOptions, command: Command) => {
      const patch = patchOf(opts);
      await withStore(command, (store) => {
        const updated = store.updateIssue(resolveIssue(store, ref).id, patch);
        out(`issue #${updated.id} (${updated.number}, ${updated.date}): set ${Object.keys(patch).join(', ')}\n`);
      });
    });

  issue
    .command('delete')
    .argument('<issue>', 'issue id, date or number')
    .description('move an issue to the trash (restorable for 30 days, then purged)')
    .action(async (ref: string, _opts: unknown, command: Command) => {
      await withStore(command, (store) => {
        const deleted = store.deleteIssue(resolveIssue(store, ref).id);
        const until = store.issueTrash().find((i) => i.id === deleted.id)!.purgeAt.slice(0, 10);
        out(`issue #${deleted.id} (${deleted.number}) moved to the trash; "donghyang issue restore ${deleted.id}" brings it back until ${until}\n`);
      });
    });

  issue
    .command('trash')
    .option('--json', 'print JSON')
    .description('the issues in the trash and when each is purged')
    .action(async (opts: { json?: boolean }, command: Command) => {
      await withStore(command, (store) => {
        const trash = store.issueTrash();
        if (opts.json) out(`${JSON.stringify(trash, null, 2)}\n`);
        else if (trash.length === 0) out('the trash is empty\n');
        else for (const i of trash) out(`#${i.id}  ${i.date}  ${i.number}  deleted ${i.deletedAt.slice(0, 10)}, purged ${i.purgeAt.slice(0, 10)}\n`);
      });
    });

  issue
    .command('restore')
    .argument('<id>', 'the id of an issue in the trash')
    .description('bring an issue back from the trash')
    .action(async (id: string, _opts: unknown, command: Command) => {
      if (!/^\d+$/.test(id)) throw new Error(`"${id}" is not an issue id: see "donghyang issue trash"`);
      await withStore(command, (store) => {
        const restored = store.restoreIssue(Number(id));
        out(`issue #${restored.id} (${restored.number}, ${restored.date}) restored with ${restored.articles.length} articles\n`);
      });
    });
}
