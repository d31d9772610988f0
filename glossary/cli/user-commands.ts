// `donghyang user add|list|set-role|disable|enable|reset-password`: team accounts in the database
// the team server uses. Passwords come from standard input (--password-stdin, first line) or a
// hidden prompt; they are never taken as an argument (shell history, ps) and never printed.
import readline from 'node:readline';
import { Command, Option } from 'commander';
import { ROLES } from '../api.ts';
import type { Accounts, UserInfo } from '../team/accounts.ts';
import { dbPathOf } from './context.ts';

type Out = (text: string) => void;

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stderr.write(question);
    output._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

async function newPassword(fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) return readStdinLine();
  if (!process.stdin.isTTY) throw new Error('give the password on standard input with --password-stdin');
  const first = await askHidden('new password: ');
  const again = await askHidden('again: ');
  if (first !== again) throw new Error('the two passwords differ');
  return first;
}

async function withAccounts<T>(command: Command, work: (accounts: Accounts) => Promise<T> | T): Promise<T> {
  // Loaded when the command runs, so `donghyang --help` stays fast (scripts/cli-build.test.ts).
  const [{ openStore }, { Accounts }] = await Promise.all([import('../store/index.ts'), import('../team/accounts.ts')]);
  const store = openStore(dbPathOf(command));
  try {
    return await work(new Accounts(store.connection));
  } finally {
    store.close();
  }
}

const line = (u: UserInfo) => `${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`;

export function registerUserCommands(program: Command, out: Out): void {
  const user = program.command('user').description('team accounts (for `serve --team`)');
  const roleOption = () => new Option('--role <role>', 'what the user may do').choices([...ROLES]).makeOptionMandatory();

  user
    .command('add')
    .argument('<name>', 'the user name (letters, digits, . _ @ -)')
    .addOption(roleOption())
    .option('--password-stdin', 'read the password from standard input')
    .description('add an account')
    .action(async (name: string, opts: { role: string; passwordStdin?: boolean }, command: Command) => {
      const password = await newPassword(opts.passwordStdin);
      const added = await withAccounts(command, (accounts) => accounts.add(name, opts.role, password));
      out(`added ${added.name} (${added.role})\n`);
    });

  user
    .command('list')
    .option('--json', 'print JSON')
    .description('list the accounts')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const users = await withAccounts(command, (accounts) => accounts.list());
      if (opts.json) out(`${JSON.stringify(users, null, 2)}\n`);
      else if (users.length === 0) out('no accounts yet: add one with `donghyang user add NAME --role admin`\n');
      else users.forEach((u) => out(line(u)));
    });

  user
    .command('set-role')
    .argument('<name>')
    .argument('<role>', ROLES.join(' | '))
    .description("change a user's role (open sessions follow at once)")
    .action(async (name: string, role: string, _opts: unknown, command: Command) => {
      out(line(await withAccounts(command, (accounts) => accounts.setRole(name, role))));
    });

  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    user
      .command(verb)
      .argument('<name>')
      .description(disabled ? 'disable an account and end its sessions' : 'enable a disabled account')
      .action(async (name: string, _opts: unknown, command: Command) => {
        out(line(await withAccounts(command, (accounts) => accounts.setDisabled(name, disabled))));
      });
  }

  user
    .command('reset-password')
    .argument('<name>')
    .option('--password-stdin', 'read the new password from standard input')
    .description("set a new password and end the user's sessions")
    .action(async (name: string, opts: { passwordStdin?: boolean }, command: Command) => {
      const password = await newPassword(opts.passwordStdin);
      await withAccounts(command, (accounts) => accounts.resetPassword(name, password));
      out(`new password set for ${name}; their sessions ended\n`);
    });
}
