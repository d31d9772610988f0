// A headless Chromium kept running between PDF exports, driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: NUL-separated JSON on file descriptors 3 and 4). The first
// export pays for the browser's start; later ones only load the page and print it. The browser
// quits after a minute without work, and with this process.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface PrintOptions {
  timeoutMs: number;
  onPhase?: (phase: 'start' | 'load' | 'print') => void;
}

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--mute-audio',
  '--remote-debugging-pipe', 'about:blank',
];
const IDLE_MS = 60_000;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

class Browser {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private events: { method: string; sessionId?: string; resolve: () => void }[] = [];
  private buffer = '';
  private failure: Error | null = null;
  readonly exited: Promise<void>;

  constructor(private child: ChildProcess, readonly profile: string, readonly executable: string) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code) => this.fail(new Error(`Chromium quit (exit code ${code})`)));
    child.once('error', (error) => this.fail(error));
    // A broken pipe means the browser is gone: its exit (with the code) is what gets reported.
    for (const pipe of [child.stdio[3], child.stdio[4]] as (Readable | Writable)[]) pipe.on('error', () => undefined);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; sessionId?: string };
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`Chromium: ${message.error.message}`));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        const i = this.events.findIndex((e) => e.method === message.method && e.sessionId === message.sessionId);
        if (i >= 0) this.events.splice(i, 1)[0]!.resolve();
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Resolves at the next event `method` of the session (register before causing it). */
  once(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => this.events.push({ method, sessionId, resolve }));
  }

  /** While idle the browser must not keep this process alive (a CLI export exits when done). */
  hold(busy: boolean): void {
    for (const handle of [this.child, this.child.stdio[3], this.child.stdio[4]] as { ref(): void; unref(): void }[]) {
      if (busy) handle.ref();
      else handle.unref();
    }
  }

  get alive(): boolean {
    return this.failure === null && this.child.exitCode === null;
  }

  close(): void {
    this.child.kill();
    // Chromium's helper processes may still write into the profile just after the browser exits:
    // retry, and never let the clean-up of a temporary folder fail anything.
    void this.exited
      .then(() => fs.promises.rm(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }))
      .catch(() => undefined);
  }
}

let browser: Browser | null = null;
let idle: NodeJS.Timeout | null = null;
let running = Promise.resolve();

function launch(executable: string): Browser {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-chromium-'));
  const child = spawn(executable, [...ARGS, `--user-data-dir=${profile}`], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  return new Browser(child, profile, executable);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`chromium could not make the PDF: timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

async function printOnce(executable: string, htmlFile: string, options: PrintOptions): Promise<Uint8Array> {
  if (!browser?.alive) {
    options.onPhase?.('start');
    browser = launch(executable);
  }
  const b = browser;
  b.hold(true);
  const { targetId } = (await b.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  try {
    const { sessionId } = (await b.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await b.send('Page.enable', {}, sessionId);
    options.onPhase?.('load');
    const loaded = b.once('Page.loadEventFired', sessionId);
    await b.send('Page.navigate', { url: `file://${htmlFile}` }, sessionId);
    await loaded;
    options.onPhase?.('print');
    const { data } = (await b.send('Page.printToPDF', {
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
    }, sessionId)) as { data: string };
    return new Uint8Array(Buffer.from(data, 'base64'));
  } finally {
    await b.send('Target.closeTarget', { targetId }).catch(() => undefined);
    b.hold(false);
  }
}

/** Print an HTML file to PDF with a Chromium that stays warm for the next export. One at a time. */
export function printHtmlToPdf(executable: string, htmlFile: string, options: PrintOptions): Promise<Uint8Array> {
  const work = running.then(async () => {
    useExecutable(executable);
    if (idle) clearTimeout(idle);
    try {
      return await withTimeout(printOnce(executable, htmlFile, options), options.timeoutMs);
    } catch (error) {
      browser?.close();
      browser = null;
      throw error;
    } finally {
      idle = setTimeout(closePrinter, IDLE_MS);
      idle.unref();
    }
  });
  running = work.then(() => undefined, () => undefined);
  return work;
}

/** A browser started from another executable (the setting changed) is replaced. */
function useExecutable(executable: string): void {
  if (browser && browser.executable !== executable) closePrinter();
}

/** Quit the warm browser (tests, shutdown). */
export function closePrinter(): void {
  browser?.close();
  browser = null;
}

process.once('exit', closePrinter);
