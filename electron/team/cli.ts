// The `donghyang` command line with the server commands: the core's commands (glossary/cli.ts)
// plus `serve --team`, which needs the web server of this folder.
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { main as coreMain } from '../../glossary/cli.ts';
import { dbPathOf } from '../../glossary/cli/context.ts';

interface ServeOptions {
  team?: boolean;
  host: string;
  port: string;
  tlsCert?: string;
  tlsKey?: string;
  insecureHttp?: boolean;
  backupDir?: string;
  keep: string;
  backupEvery: string;
}

function wholeNumber(text: string, what: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${what} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

function readPem(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new Error(`${what} ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .option('--team', 'serve the app to a team: accounts, roles, live updates (required)')
    .option('--host <addr>', 'address to listen on (other than loopback: needs TLS or --insecure-http)', '127.0.0.1')
    .option('--port <n>', 'port to listen on', '8270')
    .option('--tls-cert <file>', 'TLS certificate (PEM)')
    .option('--tls-key <file>', 'TLS private key (PEM)')
    .option('--insecure-http', 'allow plain HTTP on a non-loopback address (passwords cross the network readable)')
    .option('--backup-dir <dir>', 'write online backups of the database here')
    .option('--keep <n>', 'how many backups to keep', '7')
    .addOption(new Option('--backup-every <minutes>', 'minutes between backups').default('60'))
    .description('run the team server: one database, many editors (see `user add` for accounts)')
    .action(async (opts: ServeOptions, command: Command) => {
      if (!opts.team) throw new Error('serve: only the team server is served from the command line; add --team');
      if (Boolean(opts.tlsCert) !== Boolean(opts.tlsKey)) throw new Error('serve: --tls-cert and --tls-key go together');
      const dbPath = dbPathOf(command);
      // Loaded here: the rest of the command line starts without the server and its packages.
      const { startTeamServer } = await import('./server.ts');
      const server = await startTeamServer({
        dbPath,
        host: opts.host,
        port: wholeNumber(opts.port, '--port', 0),
        tls: opts.tlsCert && opts.tlsKey ? { cert: readPem(opts.tlsCert, '--tls-cert'), key: readPem(opts.tlsKey, '--tls-key') } : undefined,
        insecureHttp: opts.insecureHttp,
        backup: opts.backupDir
          ? { dir: opts.backupDir, keep: wholeNumber(opts.keep, '--keep', 1), everyMs: wholeNumber(opts.backupEvery, '--backup-every', 1) * 60_000 }
          : undefined,
      });
      if (server.service.team.accounts.count() === 0) {
        console.log('No accounts yet: add the first with `donghyang user add NAME --role admin`.');
      }
      console.log(`Donghyang team server: ${server.url} (database ${dbPath})`);
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

export function main(argv: string[]): Promise<number> {
  return coreMain(argv, registerServeCommand);
}
