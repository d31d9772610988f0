// "Print / PDF" in the desktop app: the page that asks (the print view) is rendered to an A4 PDF
// by its own webContents, the user picks where to save it, and the file is written atomically
// (a temporary file renamed into place, so a crash never leaves half a PDF under the chosen name).
// Only the app's own main frame may ask: the same gate as every service call (ipc.ts).
import type { IpcMain } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ApiErrorPayload } from '../glossary/api.ts';
import { PRINT_PDF_CHANNEL, type PrintPdfResult } from './bridge.ts';
import { errorPayload, senderRefusal, type CallEvent } from './ipc.ts';

/** The parts of Electron's WebContents the handler uses. */
export interface PrintingContents {
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>;
  getTitle(): string;
}

export interface PrintEvent extends CallEvent {
  readonly sender: CallEvent['sender'] & PrintingContents;
}

export interface PrintDeps {
  /** dialog.showSaveDialog for the window of `contents`. */
  askWhereToSave(contents: PrintingContents, defaultPath: string): Promise<{ canceled: boolean; filePath?: string }>;
  /** The folder offered first (the user's documents). */
  defaultFolder(): string;
}

export type PrintReply = { ok: true; value: PrintPdfResult } | { ok: false; error: ApiErrorPayload };

/** The page title as a file name: no path separators or characters Windows refuses. */
export function pdfFileName(title: string): string {
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${cleaned || 'donghyang'}.pdf`;
}

async function writeAtomically(filePath: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}-${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export function createPrintHandler(deps: PrintDeps): (event: PrintEvent) => Promise<PrintReply> {
  return async (event) => {
    const refusal = senderRefusal(event);
    if (refusal !== null) return { ok: false, error: { name: 'RefusedError', message: `refused: ${refusal}` } };
    try {
      const contents = event.sender;
      const data = await contents.printToPDF({ pageSize: 'A4', printBackground: true });
      const target = await deps.askWhereToSave(contents, path.join(deps.defaultFolder(), pdfFileName(contents.getTitle())));
      if (target.canceled || !target.filePath) return { ok: true, value: { saved: false } };
      const filePath = target.filePath.toLowerCase().endsWith('.pdf') ? target.filePath : `${target.filePath}.pdf`;
      await writeAtomically(filePath, data);
      return { ok: true, value: { saved: true, path: filePath } };
    } catch (error) {
      return { ok: false, error: errorPayload(error) };
    }
  };
}

/** Installs the PDF handler on PRINT_PDF_CHANNEL. */
export function registerPrintToPdf(ipcMain: Pick<IpcMain, 'handle'>, deps: PrintDeps): void {
  const handler = createPrintHandler(deps);
  // Electron's event carries the real WebContents, which has printToPDF and getTitle.
  ipcMain.handle(PRINT_PDF_CHANNEL, (event) => handler(event as unknown as PrintEvent));
}
