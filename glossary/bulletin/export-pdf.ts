// PDF of an issue for the CLI and the hosts: the HTML export (the house layout, the same page the
// print view shows) printed by a headless Chromium kept warm between exports (chromium-printer.ts),
// with bookmarks from the headings; or else the DOCX export converted by LibreOffice.
// Each run works in its own temp folder (LibreOffice with its own profile), so two exports at once
// (or an open LibreOffice) do not collide, and the folder is removed afterwards.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from './export-docx.ts';
import { exportHtml } from './export-html.ts';
import type { BulletinIssue } from './model.ts';
import { printHtmlToPdf } from './chromium-printer.ts';

export type PdfEngine = 'libreoffice' | 'chromium';

export interface PdfOptions {
  /** Use this engine only (default: Chromium, then LibreOffice). */
  engine?: PdfEngine;
  /** Told what is happening: 'layout', 'start' (the browser starts), 'load', 'print', 'convert'. */
  onPhase?: (phase: string) => void;
  /** Per engine run (default 120 s: a cold LibreOffice start on a busy machine is slow). */
  timeoutMs?: number;
}

const CANDIDATES: Record<PdfEngine, { env: string; names: string[] }> = {
  libreoffice: { env: 'DONGHYANG_SOFFICE', names: ['soffice', 'libreoffice'] },
  chromium: { env: 'DONGHYANG_CHROMIUM', names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] },
};

/** The engine's executable: from its environment variable, else the first name found on PATH. */
export function findEngine(engine: PdfEngine): string | null {
  const { env, names } = CANDIDATES[engine];
  const configured = process.env[env];
  if (configured) return fs.existsSync(configured) ? configured : null;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) {
        const why = error.killed ? `timed out after ${Math.round(timeoutMs / 1000)} s` : (stderr.trim().split('\n').pop() ?? error.message);
        reject(new Error(`${path.basename(file)} could not make the PDF: ${why}`));
      } else resolve();
    });
  });
}

function readPdf(file: string, engine: string): Uint8Array {
  if (!fs.existsSync(file)) throw new Error(`${engine} finished but wrote no PDF`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (new TextDecoder().decode(bytes.subarray(0, 5)) !== '%PDF-') throw new Error(`${engine} wrote a file that is not a PDF`);
  return bytes;
}

async function withLibreOffice(executable: string, issue: BulletinIssue, dir: string, timeoutMs: number, options: PdfOptions): Promise<Uint8Array> {
  options.onPhase?.('layout');
  const docx = path.join(dir, 'issue.docx');
  fs.writeFileSync(docx, await exportDocx(issue));
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  options.onPhase?.('convert');
  await run(executable, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], timeoutMs);
  return readPdf(path.join(dir, 'issue.pdf'), 'LibreOffice');
}

async function withChromium(executable: string, issue: BulletinIssue, dir: string, timeoutMs: number, options: PdfOptions): Promise<Uint8Array> {
  options.onPhase?.('layout');
  const html = path.join(dir, 'issue.html');
  fs.writeFileSync(html, exportHtml(issue));
  const pdf = await printHtmlToPdf(executable, html, { timeoutMs, onPhase: options.onPhase });
  if (new TextDecoder().decode(pdf.subarray(0, 5)) !== '%PDF-') throw new Error('Chromium wrote a file that is not a PDF');
  return pdf;
}

const MAKERS: Record<PdfEngine, typeof withLibreOffice> = { libreoffice: withLibreOffice, chromium: withChromium };

export async function exportPdf(issue: BulletinIssue, options: PdfOptions = {}): Promise<Uint8Array> {
  const engines: PdfEngine[] = options.engine ? [options.engine] : ['chromium', 'libreoffice'];
  const timeoutMs = options.timeoutMs ?? 120_000;
  const failures: string[] = [];
  for (const engine of engines) {
    const executable = findEngine(engine);
    if (!executable) continue;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'donghyang-pdf-'));
    try {
      return await MAKERS[engine](executable, issue, dir, timeoutMs, options);
    } catch (error) {
      failures.push((error as Error).message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (failures.length > 0) throw new Error(`PDF export failed: ${failures.join('; ')}`);
  throw new Error(
    'PDF export needs LibreOffice or Chromium, and neither was found: install the Debian package ' +
      '"libreoffice-writer-nogui" (or "chromium"), plus "fonts-noto-cjk" for Korean and Chinese glyphs; ' +
      'or point DONGHYANG_SOFFICE / DONGHYANG_CHROMIUM at the executable',
  );
}
