// The desktop "Print / PDF" handler with plain objects standing in for Electron's webContents and
// save dialog (its binary cannot run here), writing real files in a temp folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PRINT_PDF_CHANNEL } from './bridge.ts';
import type { CallerFrame } from './ipc.ts';
import { createPrintHandler, pdfFileName, registerPrintToPdf, type PrintDeps, type PrintEvent } from './print-pdf.ts';

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-print-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

function eventFrom(url: string, printed: unknown[], options: { subframe?: boolean; fail?: boolean } = {}): PrintEvent {
  const mainFrame: CallerFrame = { url: options.subframe ? 'app://donghyang/index.html' : url, parent: null };
  const senderFrame: CallerFrame = options.subframe ? { url, parent: mainFrame } : mainFrame;
  return {
    senderFrame,
    sender: {
      mainFrame,
      getTitle: () => '중국 과학기술 정책 주간동향 2024-06-21',
      printToPDF: async (opts) => {
        printed.push(opts);
        if (options.fail) throw new Error('printing failed: no renderer');
        return PDF;
      },
    },
  };
}

function deps(answer: { canceled: boolean; filePath?: string }, asked: string[] = []): PrintDeps {
  return {
    askWhereToSave: async (_contents, defaultPath) => {
      asked.push(defaultPath);
      return answer;
    },
    defaultFolder: () => dir,
  };
}

test('the app page gets an A4 PDF with backgrounds, saved where the user chose', async () => {
  const printed: unknown[] = [];
  const asked: string[] = [];
  const target = path.join(dir, 'issue.pdf');
  const reply = await createPrintHandler(deps({ canceled: false, filePath: target }, asked))(eventFrom('app://donghyang/index.html', printed));
  assert.deepEqual(reply, { ok: true, value: { saved: true, path: target } });
  assert.deepEqual(printed, [{ pageSize: 'A4', printBackground: true }]);
  assert.deepEqual(asked, [path.join(dir, '중국 과학기술 정책 주간동향 2024-06-21.pdf')], 'the page title is offered as the file name');
  assert.equal(fs.readFileSync(target, 'utf8'), '%PDF-1.7 fake');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
});

test('a name typed without .pdf gets it', async () => {
  const reply = await createPrintHandler(deps({ canceled: false, filePath: path.join(dir, 'no-extension') }))(eventFrom('app://donghyang/index.html', []));
  assert.deepEqual(reply, { ok: true, value: { saved: true, path: path.join(dir, 'no-extension.pdf') } });
  assert.ok(fs.existsSync(path.join(dir, 'no-extension.pdf')));
});

test('cancelling the save dialog saves nothing', async () => {
  const before = fs.readdirSync(dir).length;
  const reply = await createPrintHandler(deps({ canceled: true }))(eventFrom('app://donghyang/index.html', []));
  assert.deepEqual(reply, { ok: true, value: { saved: false } });
  assert.equal(fs.readdirSync(dir).length, before);
});

const refusals: [string, PrintEvent, RegExp][] = [
  ['another origin', eventFrom('https://evil.example/', []), /refused: calls from https:\/\/evil\.example are not allowed/],
  ['a subframe of the app', eventFrom('app://donghyang/frame.html', [], { subframe: true }), /refused: calls from subframes are not allowed/],
];
for (const [name, event, message] of refusals) {
  test(`refused: ${name}, without printing or asking`, async () => {
    const asked: string[] = [];
    const reply = await createPrintHandler(deps({ canceled: false, filePath: path.join(dir, 'evil.pdf') }, asked))(event);
    assert.equal(reply.ok, false);
    assert.match(reply.ok ? '' : reply.error.message, message);
    assert.deepEqual(asked, []);
    assert.equal(fs.existsSync(path.join(dir, 'evil.pdf')), false);
  });
}

test('a failure comes back as an error message, not a crash', async () => {
  const reply = await createPrintHandler(deps({ canceled: false, filePath: path.join(dir, 'x.pdf') }))(eventFrom('app://donghyang/index.html', [], { fail: true }));
  assert.deepEqual(reply, { ok: false, error: { name: 'Error', message: 'printing failed: no renderer' } });
});

test('a folder that does not exist: the error names it and nothing is written', async () => {
  const missing = path.join(dir, 'missing', 'x.pdf');
  const reply = await createPrintHandler(deps({ canceled: false, filePath: missing }))(eventFrom('app://donghyang/index.html', []));
  assert.equal(reply.ok, false);
  assert.match(reply.ok ? '' : reply.error.message, /ENOENT.*missing/);
});

const names: [string, string][] = [
  ['중국 과학기술 정책 주간동향 2024-06-21', '중국 과학기술 정책 주간동향 2024-06-21.pdf'],
  ['a/b\\c:d*e?"<>|', 'a b c d e.pdf'],
  ['   ', 'donghyang.pdf'],
];
for (const [title, expected] of names) {
  test(`pdfFileName(${JSON.stringify(title)})`, () => assert.equal(pdfFileName(title), expected));
}

test('registerPrintToPdf installs the handler on its own channel', async () => {
  const handlers = new Map<string, (event: unknown) => unknown>();
  registerPrintToPdf({ handle: (channel: string, listener: (event: never) => unknown) => void handlers.set(channel, listener as (event: unknown) => unknown) } as never, deps({ canceled: true }));
  assert.deepEqual([...handlers.keys()], [PRINT_PDF_CHANNEL]);
  assert.deepEqual(await handlers.get(PRINT_PDF_CHANNEL)!(eventFrom('app://donghyang/index.html', [])), { ok: true, value: { saved: false } });
});
